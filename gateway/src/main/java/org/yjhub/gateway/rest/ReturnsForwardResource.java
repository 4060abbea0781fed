package org.yjhub.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjhub.gateway.service.Forwarder;
import org.yjhub.gateway.service.Upstream;
import org.yjhub.kit.problem.Problem;

/** KPI returns: forwarded to the performance-service, which validates and stores them. */
@Path("/api/v1/teams/{team}/returns")
@Tag(name = "KPI returns (forwarded to performance-service)")
public class ReturnsForwardResource {

    @Inject
    Forwarder forwarder;

    @PUT
    @Path("/{quarter}")
    @Operation(summary = "Submit a team's KPI return for a quarter",
            description = "Forwarded unchanged to the performance-service with the caller's token. One value per "
                    + "indicator as numerator and denominator; the service computes the rate (a stated rate that "
                    + "disagrees at 2 dp is rejected). 201 for the first revision, 200 for a new one or an identical "
                    + "re-send. If-Match with an older revision → 412. Writable by the team's authority or an admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "custody", value = """
                    {"values":[{"indicator":"custody-rate","numerator":5,"denominator":19230},
                               {"indicator":"fte-rate","numerator":41,"denominator":19230,"rate":213.21}],
                     "source":"Milton Keynes Youth Justice Plan 2019/20, table 3"}""")))
    @APIResponse(responseCode = "200", description = "A new revision, or the same content re-sent",
            headers = @Header(name = "ETag", description = "\"<revision>\""))
    @APIResponse(responseCode = "201", description = "The first revision",
            headers = @Header(name = "ETag", description = "\"<revision>\""))
    @APIResponse(responseCode = "400", description = "Malformed JSON or quarter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not this team's authority nor an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown team", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older revision", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid values (every failing field listed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The performance-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> put(@Parameter(example = "milton-keynes") @PathParam("team") String team,
                             @Parameter(example = "2019-20-Q4") @PathParam("quarter") String quarter,
                             byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.PERFORMANCE, "PUT", uri, headers, body);
    }

    @GET
    @Path("/{quarter}")
    @Operation(summary = "A team's latest return for a quarter", description = "Forwarded to the performance-service.")
    @APIResponse(responseCode = "200", description = "The latest revision", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "400", description = "Malformed quarter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown team or no return", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The performance-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@PathParam("team") String team, @PathParam("quarter") String quarter,
                             @Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.PERFORMANCE, "GET", uri, headers, null);
    }

    @GET
    @Path("/{quarter}/revisions")
    @Operation(summary = "Every revision of a team's return for a quarter, oldest first",
            description = "Forwarded to the performance-service.")
    @APIResponse(responseCode = "200", description = "The revisions")
    @APIResponse(responseCode = "400", description = "Malformed quarter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown team or no return", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The performance-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> revisions(@PathParam("team") String team, @PathParam("quarter") String quarter,
                                   @Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.PERFORMANCE, "GET", uri, headers, null);
    }
}
