package org.yjhub.gateway.rest;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.yjhub.gateway.service.AggregatesService;
import org.yjhub.kit.problem.Problem;

@Path("/api/v1/teams/{team}/profile")
@Tag(name = "Aggregates", description = "Served by the gateway from its read model")
public class ProfileResource {

    @Inject
    AggregatesService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @NonBlocking
    @Operation(summary = "A team at a glance",
            description = "The newest inspection (by publication date), the newest quarter per indicator with the "
                    + "previous quarter's rate, the target for that quarter's financial year and whether it was met "
                    + "(lower is better: rate ≤ target; higher is better: rate ≥ target; the rate as shown, 2 dp), the "
                    + "national pooled rate, national rank and quartile; the newest budget year; the newest staffing "
                    + "year; and the count of improvement-plan actions not COMPLETE across the team's inspections. "
                    + "A team without data gives nulls and an empty list.")
    @APIResponse(responseCode = "200", description = "The profile",
            headers = {@Header(name = "ETag"), @Header(name = "X-Data-As-Of")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AggregateModels.Profile.class),
                    examples = @ExampleObject(name = "milton-keynes", value = """
                            {"team":{"code":"milton-keynes","name":"Milton Keynes","region":"South East",
                              "localAuthorities":[{"name":"Milton Keynes","onsCode":"E06000042"}]},
                             "inspection":{"id":"3f0c…","framework":"hmip-youth-2018","publishedOn":"2021-05-04",
                              "overall":"GOOD","score":23,"ratings":{"1.1":"GOOD"}},
                             "indicators":[{"indicator":"custody-rate","quarter":"2019-20-Q4","rate":0.26,"numerator":5,
                              "denominator":19230,"previous":{"quarter":"2019-20-Q3","rate":0.31},"target":0.2,
                              "targetMet":false,"nationalRate":0.31,"rank":1,"quartile":2}],
                             "budget":{"year":"2019-20","total":1234757,"staffTotal":108921,"delegatedTotal":1125836,
                              "previousYearTotal":null,"contributions":[]},
                             "staffing":null,"openActions":3}""")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response profile(@Parameter(example = "milton-keynes") @PathParam("team") String team,
                            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return Cached.respond(service.profile(team), ifNoneMatch);
    }
}
