package org.yjhub.inspection.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.yjhub.inspection.service.ActionService;
import org.yjhub.inspection.service.InspectionState.ActionState;
import org.yjhub.kit.auth.Caller;
import org.yjhub.kit.auth.Roles;
import org.yjhub.kit.http.Bodies;
import org.yjhub.kit.http.ConditionalRead;
import org.yjhub.kit.http.ConditionalUpdate;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.http.RevisionResponses;
import org.yjhub.kit.revision.Written;

@Path("/api/v1/actions")
@Tag(name = "Inspections")
public class ActionsResource {

    @Inject
    Caller caller;

    @Inject
    ActionService actions;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAction", summary = "One improvement-plan action",
            description = """
                    The action with its current status and progress and its full history, oldest first, \
                    its owners, due (as written and/or dueDate), whether it is overdue, and the actions it refers \
                    to. ETag is the action's revision.\s""" + InspectionsResource.CONDITIONAL_READ + " Any role.")
    @APIResponse(responseCode = "200", description = "The action")
    @APIResponse(responseCode = "404", description = "No action with this id")
    public RestResponse<ActionView> get(@Size(max = Bounds.UUID_LENGTH, message = Bounds.LENGTH_MESSAGE)
            @Pattern(regexp = Bounds.UUID, message = Bounds.UUID_MESSAGE) @PathParam("id") String id,
            @Valid @BeanParam ConditionalRead conditions) {
        return conditions.read(() -> actions.get(id), ActionState::revision, ApiMapper::view);
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "recordActionProgress", summary = "Record progress on an action",
            description = """
                    Appends a new state to the action's history: the given status and/or progress, the \
                    rest unchanged. Nothing earlier is overwritten. An update that changes nothing appends nothing \
                    (200, same revision). YELLOW is stored as AMBER. If-Match with the action's ETag (its \
                    revision).\s""" + InspectionsResource.CONDITIONAL_WRITE + " The inspected team's authority, an "
                    + "inspector or an admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgressRequest.class),
            examples = @ExampleObject(name = "progress", value = Examples.PROGRESS)))
    @APIResponse(responseCode = "200", description = "The action with its full history", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No action with this id")
    @APIResponse(responseCode = "422", description = "Neither field given, unknown status or progress too long")
    public RestResponse<ActionView> progress(@Size(max = Bounds.UUID_LENGTH, message = Bounds.LENGTH_MESSAGE)
            @Pattern(regexp = Bounds.UUID, message = Bounds.UUID_MESSAGE) @PathParam("id") String id,
            @Valid @BeanParam ConditionalUpdate conditions,
            @Valid ProgressRequest body) {
        caller.requireAny(Roles.AUTHORITY, Roles.INSPECTOR, Roles.ADMIN);
        Preconditions preconditions = conditions.preconditions();
        ProgressRequest p = Bodies.require(body);
        Written<ActionState> written = actions.progress(id, p.status(), p.progress(), preconditions);
        return RevisionResponses.written(false, null, written.version(), ApiMapper.view(written.current()));
    }
}
