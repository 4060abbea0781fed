package org.yjhub.performance.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.performance.rest.ApiModels.IndicatorView;

import java.util.List;

@Path("/api/v1/indicators")
@Tag(name = "Reference data")
public class IndicatorsResource {

    static final String EXAMPLE = """
            {"id":"custody-rate","name":"Use of custody","unit":"custodial sentences per 1,000 children aged 10-17",\
            "multiplier":1000,"polarity":"LOWER_IS_BETTER","window":"12 months ending the quarter","definitionVersion":"2011",\
            "numerator":"custodial sentences given to children living in the area when sentenced","denominator":"10-17 population",\
            "percentage":false,"ranked":true,"source":"YJB national KPI; DOMAIN.md"}""";

    @Inject
    IndicatorCatalog catalog;

    @GET
    @Operation(summary = "The KPI catalogue",
            description = """
                    Every indicator a return may hold: the four long-standing KPIs (fte-rate, reoffending-rate, \
                    reoffending-frequency, custody-rate) and the ten KPIs of April 2023 (kpi-…), each with its unit, \
                    multiplier (rate = numerator × multiplier ÷ denominator), polarity, measurement window and definition \
                    version. Reference data; any role.""")
    @APIResponse(responseCode = "200", description = "The indicators in catalogue order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = IndicatorView.class)))
    public List<IndicatorView> list() {
        return catalog.all().stream().map(ApiMapper::view).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One indicator", description = "Reference data; any role.")
    @APIResponse(responseCode = "200", description = "The indicator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class),
                    examples = @ExampleObject(name = "custody-rate", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "Unknown indicator id")
    public IndicatorView get(@Parameter(description = "Indicator id", example = "custody-rate")
                             @Size(max = Bounds.CODE_LENGTH)
                             @Pattern(regexp = Bounds.SLUG, message = Bounds.SLUG_MESSAGE)
                             @PathParam("id") String id) {
        return catalog.find(id).map(ApiMapper::view).orElseThrow(() -> ProblemException.notFound("no indicator with id '"
                + (id.length() > 60 ? id.substring(0, 60) + "…" : id) + "'; GET /api/v1/indicators lists them"));
    }
}
