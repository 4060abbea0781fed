package org.yjhub.inspection.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.yjhub.inspection.service.InspectionState.PlanState;
import org.yjhub.inspection.service.InspectionState.RecommendationState;
import org.yjhub.inspection.service.PlanService;
import org.yjhub.inspection.service.RecommendationService;
import org.yjhub.kit.auth.Caller;
import org.yjhub.kit.auth.Roles;
import org.yjhub.kit.http.Bodies;
import org.yjhub.kit.http.ConditionalRead;
import org.yjhub.kit.http.ConditionalUpdate;
import org.yjhub.kit.http.ConditionalWrite;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.http.RevisionResponses;
import org.yjhub.kit.revision.Written;

import java.net.URI;

/**
 * An inspection's improvement plan: the recommendations and actions added to it, and the plan's own record. Reading
 * and updating a recommendation or an action is {@link RecommendationsResource}'s and {@link ActionsResource}'s.
 */
@Path("/api/v1/inspections/{id}")
@Tag(name = "Inspections")
public class ImprovementPlanResource {

    @Inject
    Caller caller;

    @Inject
    ActionService actions;

    @Inject
    RecommendationService recommendations;

    @Inject
    PlanService plans;

    @POST
    @Path("/recommendations")
    @Operation(operationId = "addRecommendation", summary = "Add a recommendation",
            description = """
                    Adds a recommendation as the report writes it, numbered in order: addressed to a body (the \
                    YOS, its management board, a partner), owned by a role (Merton 2011: \"(YJS Manager)\"), or \
                    both. Progress is reported against it later (POST /api/v1/recommendations/{id}/progress). \
                    Optional If-Match with the inspection's ETag (its version).\s""" + InspectionsResource.CONDITIONAL_WRITE + " The "
                    + "recommendation itself carries no ETag (it has no revision of its own). Inspector or admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationRequest.class), examples = {
            @ExampleObject(name = "recommendation", summary = "Milton Keynes 2021, recommendation 2: addressed to the "
                    + "management board", value = Examples.RECOMMENDATION),
            @ExampleObject(name = "owned-by-a-role", summary = "Merton 2011, recommendation 1: owned by the YJS "
                    + "Manager, no addressee", value = Examples.RECOMMENDATION_OWNED),
            @ExampleObject(name = "buckinghamshire", summary = "Buckinghamshire 2023, recommendation 1",
                    value = Examples.RECOMMENDATION_BUCKINGHAMSHIRE)}))
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            headers = @Header(name = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "404", description = "No inspection with this id")
    @APIResponse(responseCode = "422", description = "Neither addressee nor owner, no text, or a field too long")
    public RestResponse<RecommendationView> addRecommendation(@Size(max = Bounds.UUID_LENGTH, message = Bounds.LENGTH_MESSAGE)
            @Pattern(regexp = Bounds.UUID, message = Bounds.UUID_MESSAGE) @PathParam("id") String id,
            @Valid @BeanParam ConditionalUpdate conditions,
            @Valid RecommendationRequest body) {
        caller.requireAny(Roles.INSPECTOR, Roles.ADMIN);
        Preconditions preconditions = conditions.preconditions();
        RecommendationRequest r = Bodies.require(body);
        RecommendationState added = recommendations.add(id, r.addressee(), r.owner(), r.text(), preconditions);
        return RestResponse.ResponseBuilder.<RecommendationView>created(URI.create("/api/v1/recommendations/" + added.id()))
                .entity(ApiMapper.view(added)).build();
    }

    @POST
    @Path("/actions")
    @Operation(operationId = "addAction", summary = "Add an improvement-plan action",
            description = """
                    Adds an action to the inspection's improvement plan, as the plan writes it: text; owners \
                    (1 to 10, or owner for one; not both); due as written (a date, a meeting, or both in words) \
                    and/or dueDate (an ISO date; a due that is an ISO date is also the dueDate and must agree with \
                    a dueDate given beside it); the plan's section and reference (unique within the inspection: \
                    409 naming the action that has it); refersTo, the references of other actions it refers to \
                    (they may not exist yet); RAG status (GREEN, AMBER — YELLOW is accepted and stored as AMBER, \
                    the submitted word kept in the history — RED, COMPLETE; absent or blank = not rated); optional \
                    progress and an optional link to one of the inspection's recommendations. Only dated actions \
                    can be overdue. Optional If-Match with the inspection's ETag (its version).\s""" + InspectionsResource.CONDITIONAL_WRITE
                    + " The inspected team's authority, an inspector or an admin. The answer's ETag is the action's "
                    + "revision (1).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequest.class), examples = {
            @ExampleObject(name = "action", summary = "Milton Keynes 2021, action 7: one owner, a target written in "
                    + "words with its date", value = Examples.ACTION),
            @ExampleObject(name = "due-at-a-meeting", summary = "Action 2: two owners, due at a board meeting, not "
                    + "rated", value = Examples.ACTION_MEETING),
            @ExampleObject(name = "due-onwards", summary = "Action 3: due \"30th June 2021 onwards\"",
                    value = Examples.ACTION_ONWARDS),
            @ExampleObject(name = "referring-to-others", summary = "Action A, from the Youth Justice Plan: \"See "
                    + "points 2 & 3\"", value = Examples.ACTION_REFERRING),
            @ExampleObject(name = "yellow", summary = "Action 13: rated Yellow, stored as AMBER",
                    value = Examples.ACTION_YELLOW)}))
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            headers = {@Header(name = "Location", description = "The action"),
                    @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "404", description = "No inspection with this id")
    @APIResponse(responseCode = "409", description = "Another action of the inspection has this reference (member "
            + "existing)")
    @APIResponse(responseCode = "422", description = """
            Missing text, owners or due; owner and owners both given; too \
            many, blank, long or repeated owners; a due that looks like a date but is not one, a dueDate that is \
            not an ISO date or disagrees with due; an unknown status; refersTo too long, repeated or naming the \
            action itself; or a recommendation that is not this inspection's""")
    public RestResponse<ActionView> addAction(@Size(max = Bounds.UUID_LENGTH, message = Bounds.LENGTH_MESSAGE)
            @Pattern(regexp = Bounds.UUID, message = Bounds.UUID_MESSAGE) @PathParam("id") String id,
            @Valid @BeanParam ConditionalUpdate conditions,
            @Valid ActionRequest body) {
        caller.requireAny(Roles.AUTHORITY, Roles.INSPECTOR, Roles.ADMIN);
        Preconditions preconditions = conditions.preconditions();
        ActionRequest action = Bodies.require(body);
        Written<ActionState> written = actions.create(id, action.recommendation(), ApiMapper.input(action), preconditions);
        return RevisionResponses.written(true, URI.create("/api/v1/actions/" + written.current().id()),
                written.version(), ApiMapper.view(written.current()));
    }

    @PUT
    @Path("/plan")
    @Operation(operationId = "putPlan", summary = "Record the improvement plan's own record",
            description = """
                    Records the plan's title, status (IN_PREPARATION, DRAFT or AGREED), due (as written and/or \
                    dueDate, both optional, with the actions' rules) and source, in full: 201 for the first \
                    revision, 200 with a new revision after; identical content is 200 with the same revision and \
                    changes nothing. Every revision is kept. If-Match with the plan's ETag (its revision): before \
                    the first revision any If-Match, * too, is a 412 (there is nothing to match).\s"""
                    + InspectionsResource.CONDITIONAL_WRITE + " If-None-Match: * records only the first revision (412 when the plan exists). The inspected "
                    + "team's authority, an inspector or an admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanRequest.class), examples = {
            @ExampleObject(name = "draft", summary = "Milton Keynes 2021: the draft Youth Offending Team Action Plan "
                    + "before the scrutiny committee", value = Examples.PLAN_DRAFT),
            @ExampleObject(name = "in-preparation", summary = "Merton 2011: being prepared, due to HMIP on 3 October",
                    value = Examples.PLAN_IN_PREPARATION),
            @ExampleObject(name = "agreed", summary = "Buckinghamshire 2023: agreed by the partnership board and "
                    + "approved by HMIP", value = Examples.PLAN_AGREED)}))
    @APIResponse(responseCode = "200", description = "A new revision (or unchanged, for identical content)")
    @APIResponse(responseCode = "201", description = "The first revision; Location names the plan",
            headers = @Header(name = "Location", description = "The plan"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "No inspection with this id")
    @APIResponse(responseCode = "422", description = "No or unknown status, a field too long, a due that looks like "
            + "a date but is not one, or a dueDate that is not an ISO date or disagrees with due")
    public RestResponse<PlanView> putPlan(@Size(max = Bounds.UUID_LENGTH, message = Bounds.LENGTH_MESSAGE)
            @Pattern(regexp = Bounds.UUID, message = Bounds.UUID_MESSAGE) @PathParam("id") String id,
            @Valid @BeanParam ConditionalWrite conditions,
            @Valid PlanRequest body) {
        caller.requireAny(Roles.AUTHORITY, Roles.INSPECTOR, Roles.ADMIN);
        Preconditions preconditions = conditions.preconditions();
        Written<PlanState> written = plans.put(id, ApiMapper.input(Bodies.require(body)), preconditions);
        return RevisionResponses.written(written.created(),
                URI.create("/api/v1/inspections/" + written.current().inspection() + "/plan"), written.version(),
                ApiMapper.view(written.current()));
    }

    @GET
    @Path("/plan")
    @Operation(operationId = "getPlan", summary = "The improvement plan's own record",
            description = "The plan's record at its latest revision. ETag is the revision. " + InspectionsResource.CONDITIONAL_READ
                    + " Any role.")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", description = "No inspection with this id, or it has no plan recorded yet")
    public RestResponse<PlanView> getPlan(@Size(max = Bounds.UUID_LENGTH, message = Bounds.LENGTH_MESSAGE)
            @Pattern(regexp = Bounds.UUID, message = Bounds.UUID_MESSAGE) @PathParam("id") String id,
            @Valid @BeanParam ConditionalRead conditions) {
        return conditions.read(() -> plans.get(id), PlanState::revision, ApiMapper::view);
    }
}
