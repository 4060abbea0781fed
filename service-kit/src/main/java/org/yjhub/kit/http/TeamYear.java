package org.yjhub.kit.http;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.kit.openapi.BadRequests;

/**
 * The address of a team's figures for a financial year ({@code …/teams/{team}/…/{year}}), for
 * {@code @BeanParam TeamYear at}: documented once, here, and the year parsed once (400 when it is not one).
 */
public class TeamYear {

    @PathParam("team")
    @Parameter(description = "Team code", example = "milton-keynes")
    @Size(max = Bounds.CODE_LENGTH, message = Bounds.LENGTH_MESSAGE)
    @Pattern(regexp = Bounds.SLUG, message = Bounds.SLUG_MESSAGE)
    String team;

    @PathParam("year")
    @Parameter(description = "Financial year (1 April – 31 March)", example = "2019-20", extensions = @Extension(
            name = BadRequests.EXTENSION, value = "a year in the path that is not a financial year such as 2019-20"),
            // the pattern FinancialYear.parse holds it to (400 otherwise)
            schema = @Schema(type = SchemaType.STRING, pattern = Bounds.FINANCIAL_YEAR, maxLength = Bounds.FINANCIAL_YEAR_LENGTH))
    String year;

    public String team() {
        return team;
    }

    /** The financial year: a 400 problem when the path does not name one. */
    public FinancialYear year() {
        return FinancialYear.parse(year);
    }
}
