package org.yjhub.inspection.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjhub.inspection.service.InspectionService;
import org.yjhub.kit.problem.Problem;

@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections")
public class RecommendationsResource {

    @Inject
    InspectionService inspections;

    @GET
    @Path("/{id}")
    @Operation(summary = "One recommendation", description = "A recommendation of an inspection. Any role.")
    @APIResponse(responseCode = "200", description = "The recommendation",
            content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No recommendation with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecommendationView get(@PathParam("id") String id) {
        return ApiMapper.view(inspections.recommendation(id));
    }
}
