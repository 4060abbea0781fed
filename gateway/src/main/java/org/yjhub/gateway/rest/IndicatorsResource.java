package org.yjhub.gateway.rest;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.gateway.service.AggregateModels;
import org.yjhub.gateway.service.ReferenceQuery;
import org.yjhub.gateway.service.SeriesQuery;
import org.yjhub.kit.http.CachedRead;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@NonBlocking // every answer is prepared bytes of the read model or the catalogue
public class IndicatorsResource {

    @Inject
    ReferenceQuery reference;

    @Inject
    SeriesQuery seriesQuery;

    @GET
    @Tag(name = "Reference data", description = "The teams and the KPI catalogue, as every service knows them")
    @Operation(operationId = "listIndicators", summary = "The KPI catalogue",
            description = "Every indicator: id, name, unit, multiplier (rate = numerator × multiplier ÷ denominator), "
                    + "polarity (LOWER_IS_BETTER, HIGHER_IS_BETTER, or NONE for a context indicator that is never "
                    + "ranked), measurement window, definition version and what the numerator and denominator count.")
    @APIResponse(responseCode = "200", description = "The indicators",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Indicator.class)))
    public Response list(@Valid @BeanParam CachedRead conditions) {
        return Cached.respond(reference.indicators(), conditions.ifNoneMatch());
    }

    @GET
    @Path("/{indicator}")
    @Tag(name = "Reference data")
    @Operation(operationId = "getIndicator", summary = "One indicator",
            description = "One indicator of the catalogue, as GET /api/v1/indicators lists it.")
    @APIResponse(responseCode = "200", description = "The indicator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Indicator.class)))
    @APIResponse(responseCode = "404", description = "Unknown indicator")
    public Response get(@Parameter(example = "custody-rate") @Size(max = Bounds.CODE_LENGTH, message = Bounds.LENGTH_MESSAGE) @Pattern(regexp = Bounds.SLUG, message = Bounds.SLUG_MESSAGE)
                        @PathParam("indicator") String indicator,
                        @Valid @BeanParam CachedRead conditions) {
        return Cached.respond(reference.indicator(indicator), conditions.ifNoneMatch());
    }

    @GET
    @Path("/{indicator}/series")
    @Tag(name = "Aggregates", description = "Served by the gateway from its read model")
    @Operation(operationId = "getIndicatorSeries", summary = "One team's values for an indicator over time",
            description = "Every quarter the team has a value for, oldest first, with the national pooled rate of "
                    + "the same quarter. An empty list when the team has none. synthetic is true for a value generated "
                    + "by ./yj load-synthetic (never an official figure); nationalSyntheticTeams counts the synthetic "
                    + "values pooled in nationalRate. Each point's statistics give its 95% and 99.8% intervals, "
                    + "low-count flag and significance against ?comparator= (England and Wales by default); its trend "
                    + "is the recent trend of the five points ending there (one quarter apart, or one year apart for a "
                    + "value counted over the 12 months ending each quarter), NOT_COMPUTED with the reason before five "
                    + "points (docs/statistics.md).")
    @APIResponse(responseCode = "200", description = "The series",
            headers = @Header(name = "X-Data-As-Of", description = Cached.DATA_AS_OF_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AggregateModels.SeriesPoint.class),
                    examples = @ExampleObject(name = "custody-rate", value = """
                            [{"quarter":"2019-20-Q3","rate":0.31,"numerator":6,"denominator":19230,"nationalRate":0.35,
                              "synthetic":false,"nationalSyntheticTeams":0},
                             {"quarter":"2019-20-Q4","rate":0.26,"numerator":5,"denominator":19230,"nationalRate":0.31,
                              "synthetic":true,"nationalSyntheticTeams":1}]""")))
    @APIResponse(responseCode = "400", description = "team is missing, or comparator is malformed")
    @APIResponse(responseCode = "404", description = "Unknown indicator, team or comparator group")
    public Response series(@Parameter(example = "custody-rate") @Size(max = Bounds.CODE_LENGTH, message = Bounds.LENGTH_MESSAGE) @Pattern(regexp = Bounds.SLUG, message = Bounds.SLUG_MESSAGE)
                           @PathParam("indicator") String indicator,
                           @Parameter(example = "milton-keynes", required = true) @Size(max = Bounds.CODE_LENGTH, message = Bounds.LENGTH_MESSAGE)
                           @Pattern(regexp = Bounds.SLUG, message = Bounds.SLUG_MESSAGE)
                           @QueryParam("team") String team,
                           @Parameter(description = Cached.COMPARATOR_DESCRIPTION, example = "region")
                           @Size(max = Cached.COMPARATOR_LENGTH, message = Bounds.LENGTH_MESSAGE)
                           @Pattern(regexp = Cached.COMPARATOR, message = Cached.COMPARATOR_MESSAGE)
                           @QueryParam("comparator") String comparator,
                           @Valid @BeanParam CachedRead conditions) {
        return Cached.respond(seriesQuery.series(indicator, team, comparator), conditions.ifNoneMatch());
    }
}
