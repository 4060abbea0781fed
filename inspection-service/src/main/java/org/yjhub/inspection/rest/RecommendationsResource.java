package org.yjhub.inspection.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.inspection.service.InspectionState.RecommendationState;
import org.yjhub.inspection.service.RecommendationService;
import org.yjhub.kit.auth.Caller;
import org.yjhub.kit.auth.Roles;
import org.yjhub.kit.http.Bodies;
import org.yjhub.kit.revision.Written;

import java.net.URI;

@Path("/api/v1/recommendations")
@Tag(name = "Inspections")
public class RecommendationsResource {

    @Inject
    Caller caller;

    @Inject
    RecommendationService recommendations;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRecommendation", summary = "One recommendation",
            description = """
                    A recommendation of an inspection, with its addressee and/or owner and the progress \
                    reported against it, oldest first. It carries no ETag: a recommendation has no revision of its \
                    own and its progress is appended without If-Match; the inspection's ETag (GET \
                    /api/v1/inspections/{id}, 304 while unchanged) moves with every change to it. Any role.""")
    @APIResponse(responseCode = "200", description = "The recommendation")
    @APIResponse(responseCode = "404", description = "No recommendation with this id")
    public RecommendationView get(@Size(max = Bounds.UUID_LENGTH, message = Bounds.LENGTH_MESSAGE)
            @Pattern(regexp = Bounds.UUID, message = Bounds.UUID_MESSAGE) @PathParam("id") String id) {
        return ApiMapper.view(recommendations.get(id));
    }

    @POST
    @Path("/{id}/progress")
    @Operation(operationId = "addRecommendationProgress", summary = "Report progress against a recommendation",
            description = """
                    Appends progress reported against the recommendation, dated to the report that gave it \
                    (reportedOn: not in the future, not before the inspection's fieldwork start, or its \
                    publication when it has no fieldwork dates). Nothing earlier is changed. Sending an entry with \
                    the reportedOn and text of one already recorded appends nothing (200; the first entry's \
                    source is kept). The inspected team's authority, an inspector or an admin.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationProgressRequest.class), examples = @ExampleObject(
            name = "progress", summary = "Buckinghamshire, 25 January 2024: progress against recommendation 1",
            value = Examples.RECOMMENDATION_PROGRESS)))
    @APIResponse(responseCode = "201", description = "Appended; the recommendation with all its progress",
            headers = @Header(name = "Location", description = "the recommendation"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "200", description = "Already recorded (same reportedOn and text): nothing appended")
    @APIResponse(responseCode = "404", description = "No recommendation with this id")
    @APIResponse(responseCode = "422", description = "No or malformed reportedOn, a reportedOn in the future or "
            + "before the inspection, no text, or a field too long")
    public RestResponse<RecommendationView> addProgress(@Size(max = Bounds.UUID_LENGTH, message = Bounds.LENGTH_MESSAGE)
            @Pattern(regexp = Bounds.UUID, message = Bounds.UUID_MESSAGE) @PathParam("id") String id,
            @Valid RecommendationProgressRequest body) {
        caller.requireAny(Roles.AUTHORITY, Roles.INSPECTOR, Roles.ADMIN);
        RecommendationProgressRequest p = Bodies.require(body);
        Written<RecommendationState> written = recommendations.addProgress(id, p.reportedOn(), p.text(), p.source());
        RecommendationView view = ApiMapper.view(written.current());
        return written.changed()
                ? RestResponse.ResponseBuilder.<RecommendationView>created(URI.create("/api/v1/recommendations/" + view.id()))
                        .entity(view).build()
                : RestResponse.ok(view);
    }
}
