package org.yjhub.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjhub.gateway.service.Forwarder;
import org.yjhub.gateway.service.Upstream;
import org.yjhub.kit.problem.Problem;

/** Recommendations and the progress reported against them: forwarded to the inspection-service. */
@Path("/api/v1/recommendations")
@Tag(name = "Inspections (forwarded to inspection-service)")
public class RecommendationsForwardResource {

    @Inject
    Forwarder forwarder;

    @POST
    @Path("/{id}/progress")
    @Operation(operationId = "addRecommendationProgress", summary = "Report progress against a recommendation",
            description = "Forwarded unchanged to the inspection-service: reportedOn (the date of the report that "
                    + "gave the progress: not in the future, not before the inspection), text and source, appended to "
                    + "the recommendation's progress (oldest first); the same reportedOn and text again appends nothing "
                    + "(200). The inspected team's authority, an inspector or an admin. → 201 with the recommendation.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "progress", value = """
                    {"reportedOn":"2024-01-25","text":"The Partnership Board now has oversight of young people open to the YOS who are not in mainstream education.","source":"Buckinghamshire Council, Children's and Education Select Committee, 25 January 2024"}""")))
    @APIResponse(responseCode = "200", description = "Already recorded (same reportedOn and text): nothing appended")
    @APIResponse(responseCode = "201", description = "Appended; the recommendation with all its progress",
            headers = @Header(name = "Location", description = "the recommendation"))
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the inspected team's authority, an inspector or an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown recommendation", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid progress (a date in the future or before the inspection, text missing or too long)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The inspection-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> addProgress(@PathParam("id") String id, byte[] body, @Context UriInfo uri,
                                     @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.INSPECTION, "POST", uri, headers, body);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRecommendation", summary = "One recommendation with its progress",
            description = "Forwarded to the inspection-service.")
    @APIResponse(responseCode = "200", description = "The recommendation with its progress, oldest first")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown recommendation", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The inspection-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.INSPECTION, "GET", uri, headers, null);
    }
}
