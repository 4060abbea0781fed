package org.yjhub.gateway.rest;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjhub.common.reference.Regions;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.gateway.rest.AggregateModels.RegionView;
import org.yjhub.gateway.service.AggregatesService;
import org.yjhub.kit.problem.Problem;

import java.util.List;

@Path("/api/v1/regions")
@Tag(name = "Aggregates", description = "Served by the gateway from its read model")
public class RegionsResource {

    @Inject
    AggregatesService service;

    @Inject
    TeamCatalog teams;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The nine English regions and Wales",
            description = "Reference data: the slug used in paths, the name, and how many teams the region has.")
    @APIResponse(responseCode = "200", description = "The regions")
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RegionView> list() {
        return Regions.NAMES.stream().map(n -> new RegionView(Regions.slug(n), n, teams.inRegion(n).size())).toList();
    }

    @GET
    @Path("/{region}/dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    @NonBlocking
    @Operation(summary = "Every team of a region for one quarter",
            description = "For the quarter (?quarter=, default the newest quarter any team has data for): each "
                    + "indicator's regional and national pooled figures, and every team of the region (by name) with "
                    + "its newest inspection, each indicator's rate, national rank and quartile for the quarter, its "
                    + "newest budget total and its open actions. The region is a slug (south-east) or a name.")
    @APIResponse(responseCode = "200", description = "The dashboard",
            headers = {@Header(name = "ETag"), @Header(name = "X-Data-As-Of")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AggregateModels.Dashboard.class),
                    examples = @ExampleObject(name = "south-east", value = """
                            {"region":{"code":"south-east","name":"South East"},"quarter":"2019-20-Q4",
                             "indicators":[{"indicator":"custody-rate","name":"Use of custody","polarity":"LOWER_IS_BETTER",
                               "region":{"rate":0.26,"numerator":5,"denominator":19230,"teams":1},
                               "national":{"rate":0.31,"numerator":9,"denominator":29230,"teams":2}}],
                             "teams":[{"team":"milton-keynes","name":"Milton Keynes",
                               "inspection":{"id":"3f0c…","framework":"hmip-youth-2018","publishedOn":"2021-05-04","overall":"GOOD"},
                               "indicators":[{"indicator":"custody-rate","rate":0.26,"numerator":5,"denominator":19230,"rank":1,"quartile":2}],
                               "budget":{"year":"2019-20","total":1234757},"openActions":3}]}""")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", description = "Malformed quarter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response dashboard(@Parameter(example = "south-east") @PathParam("region") String region,
                              @Parameter(example = "2019-20-Q4") @QueryParam("quarter") String quarter,
                              @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return Cached.respond(service.dashboard(region, quarter), ifNoneMatch);
    }
}
