package org.yjhub.kit.http;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.common.period.Quarter;
import org.yjhub.kit.openapi.BadRequests;

/**
 * The address of a team's figures for a quarter ({@code …/teams/{team}/…/{quarter}}), for
 * {@code @BeanParam TeamQuarter at}: documented once, here, and the quarter parsed once (400 when it is not one).
 */
public class TeamQuarter {

    @PathParam("team")
    @Parameter(description = "Team code", example = "milton-keynes")
    @Size(max = Bounds.CODE_LENGTH, message = Bounds.LENGTH_MESSAGE)
    @Pattern(regexp = Bounds.SLUG, message = Bounds.SLUG_MESSAGE)
    String team;

    @PathParam("quarter")
    @Parameter(description = "Financial-year quarter; Q1 = April–June", example = "2019-20-Q4", extensions = @Extension(
            name = BadRequests.EXTENSION, value = "a quarter in the path that is not one such as 2019-20-Q4"),
            // the pattern Quarter.parse holds it to (400 otherwise)
            schema = @Schema(type = SchemaType.STRING, pattern = Bounds.QUARTER, maxLength = Bounds.QUARTER_LENGTH))
    String quarter;

    public String team() {
        return team;
    }

    /** The quarter: a 400 problem when the path does not name one. */
    public Quarter quarter() {
        return Quarter.parse(quarter);
    }
}
