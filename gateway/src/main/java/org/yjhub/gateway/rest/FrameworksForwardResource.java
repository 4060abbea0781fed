package org.yjhub.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjhub.gateway.service.Forwarder;
import org.yjhub.gateway.service.Upstream;
import org.yjhub.kit.problem.Problem;

/** Inspection frameworks: forwarded to the inspection-service. */
@Path("/api/v1/frameworks")
@Tag(name = "Inspections (forwarded to inspection-service)")
public class FrameworksForwardResource {

    @Inject
    Forwarder forwarder;

    @GET
    @Operation(summary = "The inspection frameworks",
            description = "Forwarded to the inspection-service: each framework with its domains, standards, rating "
                    + "values and scoring bands.")
    @APIResponse(responseCode = "200", description = "The frameworks")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The inspection-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.INSPECTION, "GET", uri, headers, null);
    }

    @GET
    @Path("/{framework}")
    @Operation(summary = "One inspection framework", description = "Forwarded to the inspection-service.")
    @APIResponse(responseCode = "200", description = "The framework")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown framework", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The inspection-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@Parameter(example = "hmip-youth-2018") @PathParam("framework") String framework,
                             @Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.INSPECTION, "GET", uri, headers, null);
    }
}
