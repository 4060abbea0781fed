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

/** Staffing: forwarded to the budget-service, which validates and stores it. */
@Path("/api/v1/teams/{team}/staffing")
@Tag(name = "Budgets and staffing (forwarded to budget-service)")
public class StaffingForwardResource {

    @Inject
    Forwarder forwarder;

    @PUT
    @Path("/{year}")
    @Operation(summary = "Submit a team's staffing for a financial year",
            description = "Forwarded unchanged to the budget-service with the caller's token, which validates and stores "
                    + "it. 201 for the first revision, 200 for a new one or an identical re-send; If-Match with an "
                    + "older revision → 412. Writable by the team's authority or an admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "example", value = """
                    {"fte":[{"role":"Case manager","contractType":"PERMANENT","fte":16.59},
                             {"role":"Police officer","contractType":"SECONDED_POLICE","fte":1}],
                     "headcount":[{"dimension":"gender","category":"Female","count":14}]}""")))
    @APIResponse(responseCode = "200", description = "A new revision, or the same content re-sent", headers = @Header(name = "ETag", description = "\"<revision>\""))
    @APIResponse(responseCode = "201", description = "The first revision", headers = @Header(name = "ETag", description = "\"<revision>\""))
    @APIResponse(responseCode = "400", description = "Malformed JSON or year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not this team's authority nor an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown team", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older revision", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid staffing figures (every failing field listed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The budget-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> put(@Parameter(example = "milton-keynes") @PathParam("team") String team,
                             @Parameter(example = "2019-20") @PathParam("year") String year,
                             byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.BUDGET, "PUT", uri, headers, body);
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "A team's latest staffing for a financial year", description = "Forwarded to the budget-service.")
    @APIResponse(responseCode = "200", description = "The latest revision", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "400", description = "Malformed year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown team or no staffing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The budget-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@PathParam("team") String team, @PathParam("year") String year,
                             @Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.BUDGET, "GET", uri, headers, null);
    }

    @GET
    @Path("/{year}/revisions")
    @Operation(summary = "Every revision of a team's staffing for a financial year, oldest first",
            description = "Forwarded to the budget-service.")
    @APIResponse(responseCode = "200", description = "The revisions")
    @APIResponse(responseCode = "400", description = "Malformed year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown team or no staffing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The budget-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> revisions(@PathParam("team") String team, @PathParam("year") String year,
                                   @Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.BUDGET, "GET", uri, headers, null);
    }
}
