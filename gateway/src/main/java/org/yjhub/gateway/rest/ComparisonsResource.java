package org.yjhub.gateway.rest;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.yjhub.gateway.service.AggregatesService;
import org.yjhub.kit.problem.Problem;
import org.yjhub.kit.problem.ProblemException;

@Path("/api/v1/comparisons")
@Tag(name = "Aggregates", description = "Served by the gateway from its read model")
public class ComparisonsResource {

    static final String CSV_TYPE = "text/csv";

    @Inject
    AggregatesService service;

    @GET
    @Path("/{indicator}")
    @Produces({MediaType.APPLICATION_JSON, CSV_TYPE})
    @NonBlocking
    @Operation(summary = "Every team's value for an indicator and quarter, ranked, with pooled national and regional figures",
            description = "Rows are the teams with a value for the quarter, sorted by national rank: 1 = best by the "
                    + "indicator's polarity, ties share a rank (1, 2, 2, 4), quartile = ceil(4 × rank ÷ n) with n the "
                    + "teams ranked. A context indicator (polarity NONE) has no rank or quartile and is sorted by team "
                    + "code. National and regional rates are pooled: Σ numerators × multiplier ÷ Σ denominators, never "
                    + "a mean of rates. ?region= keeps only that region's rows (ranks stay national) and adds the "
                    + "region's pooled figure. Rates are rounded to 2 decimals for display; ranks use full precision. "
                    + "A valid quarter with no returns yet gives 200 with no rows. Accept: text/csv (or ?format=csv) "
                    + "gives the rows as CSV with the header line team,name,region,rate,numerator,denominator,rank,quartile. "
                    + "Precomputed when the data changes; send If-None-Match with the ETag to get 304.")
    @APIResponse(responseCode = "200", description = "The comparison",
            headers = {@Header(name = "ETag", description = "strong validator of this representation"),
                    @Header(name = "X-Data-As-Of", description = "time of the newest event the read model applied")},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AggregateModels.ComparisonView.class),
                    examples = @ExampleObject(name = "custody-rate", value = """
                            {"indicator":"custody-rate","name":"Use of custody","polarity":"LOWER_IS_BETTER",
                             "unit":"custodial sentences per 1,000 children aged 10-17","quarter":"2019-20-Q4",
                             "national":{"rate":0.31,"numerator":9,"denominator":29230,"teams":2},
                             "region":{"code":"south-east","name":"South East","rate":0.26,"numerator":5,"denominator":19230,"teams":1},
                             "rows":[{"team":"milton-keynes","name":"Milton Keynes","region":"South East","rate":0.26,
                                      "numerator":5,"denominator":19230,"rank":1,"quartile":2}]}""")),
                    @Content(mediaType = CSV_TYPE, examples = @ExampleObject(name = "csv", value = """
                            team,name,region,rate,numerator,denominator,rank,quartile
                            milton-keynes,Milton Keynes,South East,0.26,5,19230,1,2
                            """))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    @APIResponse(responseCode = "400", description = "quarter missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown indicator or region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "Accept names neither JSON nor CSV",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response compare(
            @Parameter(description = "indicator id", example = "custody-rate") @PathParam("indicator") String indicator,
            @Parameter(description = "financial-year quarter (required)", example = "2019-20-Q4", required = true)
            @QueryParam("quarter") String quarter,
            @Parameter(description = "region slug or name: keep only its teams' rows and add its pooled figure",
                    example = "south-east") @QueryParam("region") String region,
            @Parameter(description = "csv or json: overrides Accept", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"json", "csv"})) @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context HttpHeaders headers) {
        boolean csv = wantsCsv(format, headers);
        return Cached.respond(service.comparison(indicator, quarter, region, csv), ifNoneMatch);
    }

    static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ProblemException.badRequest("format must be csv or json, not '"
                        + (format.length() > 20 ? format.substring(0, 20) + "…" : format) + "'");
            };
        }
        MediaType csvType = MediaType.valueOf(CSV_TYPE);
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return false;
            }
            if (accepted.isCompatible(csvType)) {
                return true;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
