package org.yjhub.inspection.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjhub.inspection.service.ActionService;
import org.yjhub.inspection.service.InspectionService;
import org.yjhub.inspection.service.InspectionState;
import org.yjhub.inspection.service.InspectionState.PlanState;
import org.yjhub.inspection.service.InspectionState.RecommendationState;
import org.yjhub.inspection.service.PlanService;
import org.yjhub.inspection.service.RecommendationService;
import org.yjhub.kit.auth.Caller;
import org.yjhub.kit.auth.Roles;
import org.yjhub.kit.http.EntityTags;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.http.RevisionResponses;
import org.yjhub.kit.problem.Problem;

import java.net.URI;
import java.util.List;

@Path("/api/v1/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections")
public class InspectionsResource {

    private static final String PROBLEM = Problem.MEDIA_TYPE;

    static final String DATE_RULES = "Dates: each is a full date (2021-08-10) or, when the published paper gives only "
            + "the month, a year-month (2021-08), returned in the form given; nothing is made up. fieldworkStart and "
            + "fieldworkEnd are optional under every framework, but come as a pair in one form (both days or both "
            + "months); publishedOn is optional when the paper gives none (Merton 2011: fieldwork in July 2011, no "
            + "publication date), but an inspection needs the publication date, the fieldwork dates or both. "
            + "fieldworkStart ≤ fieldworkEnd ≤ publishedOn, compared by month when either date is a month; none in "
            + "the future (a month: not after the current month). One inspection per team and publication date at "
            + "its precision: a second one on the same day, or in the same month when dated by month, is a 409 "
            + "(correct the existing one); a month-only date and a full date never collide. Without a publication "
            + "date, an inspection is the same as another of the team with the same fieldwork dates (409).";

    static final String ETAG = RevisionResponses.ETAG_DESCRIPTION;

    static final String CONDITIONAL_WRITE = "If-Match with the ETag you last saw makes sure nobody changed it "
            + "meanwhile: 412 naming the current revision (currentRevision, currentETag) when it is stale or a weak tag "
            + "(W/\"2\"), as If-Match compares strongly; a header that is not * or a list of quoted entity tags (a bare "
            + "2) is a 400. Nothing is stored either way.";

    static final String CONDITIONAL_READ = "If-None-Match naming the current ETag (weak or strong, or *) answers 304 "
            + "with the ETag and no body; a header that is not * or a list of quoted entity tags is a 400.";

    @Inject
    Caller caller;

    @Inject
    InspectionService inspections;

    @Inject
    ActionService actions;

    @Inject
    RecommendationService recommendations;

    @Inject
    PlanService plans;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createInspection", summary = "Record an inspection",
            description = "Records an inspection under a framework (GET /api/v1/frameworks). Every standard of the "
                    + "framework must be rated (each missing one is listed); score, overall and pointsToNextBand are "
                    + "computed by the framework's rule, and a supplied overall that disagrees is rejected with the "
                    + "computed one (computedScore, computedOverall). " + DATE_RULES + " Inspector or admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InspectionRequest.class), examples = {
            @ExampleObject(name = "hmip-youth-2018", summary = "Milton Keynes 2021: scores 23, Good; dated to the "
                    + "month (published August 2021, fieldwork in May 2021)", value = Examples.MILTON_KEYNES_2021),
            @ExampleObject(name = "hmip-cci-2009", summary = "Merton 2011: three area judgements, no overall; "
                    + "inspected in July 2011, no publication date given", value = Examples.MERTON_2011),
            @ExampleObject(name = "hmip-headline", summary = "Medway 2020: the published overall only, dated to the day",
                    value = Examples.MEDWAY_HEADLINE),
            @ExampleObject(name = "hmip-headline-by-month", summary = "Buckinghamshire 2022: the published overall, "
                    + "inspected in September 2022, published in January 2023", value = Examples.BUCKINGHAMSHIRE_HEADLINE),
            @ExampleObject(name = "without-fieldwork", summary = "The paper does not state the fieldwork: leave both "
                    + "fieldwork dates out", value = Examples.WITHOUT_FIELDWORK)}))
    @APIResponse(responseCode = "201", description = "Recorded; Location names it, ETag is its version",
            headers = {@Header(name = "Location", description = "The inspection",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or no body",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an inspector or admin",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The team already has an inspection with this publication date "
            + "at this precision (the same day, or the same month for a month-only date), or, where either has no "
            + "publication date, with the same fieldwork dates (member existing)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not application/json",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid content: unknown team or framework, missing or unknown "
            + "standards, unknown rating values, a date in neither accepted form (2021-08-10 or 2021-08), fieldwork "
            + "dates of different forms or only one of them, neither a publication date nor fieldwork dates, dates "
            + "out of order or in the future, or an overall that disagrees with the computed one",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(InspectionRequest body) {
        caller.requireAny(Roles.INSPECTOR, Roles.ADMIN);
        InspectionState state = inspections.create(ApiMapper.command(Bodies.require(body)));
        return RevisionResponses.written(true, URI.create("/api/v1/inspections/" + state.id()), state.version(),
                ApiMapper.view(state));
    }

    @GET
    @Operation(operationId = "listInspections", summary = "A team's inspections",
            description = "Every inspection of the team, newest first by publication date, or by the last fieldwork "
                    + "date (fieldworkEnd) when it has none (a month-only date counts as the month's first day), each "
                    + "with its latest record, recommendations, plan and actions. "
                    + "Dates in the form recorded (2021-08-10, or 2021-08 when known only to the month). The list "
                    + "carries no ETag: each inspection has its own version, and no single revision covers them all "
                    + "(GET an inspection with If-None-Match to learn cheaply whether it changed). Any role.")
    @APIResponse(responseCode = "200", description = "The inspections (empty when there are none)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = InspectionView.class)))
    @APIResponse(responseCode = "400", description = "No team parameter",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown team",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<InspectionView> ofTeam(@Parameter(description = "Team code", required = true, example = "milton-keynes")
                                       @QueryParam("team") String team) {
        return inspections.ofTeam(team).stream().map(ApiMapper::view).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInspection", summary = "One inspection",
            description = "The inspection's latest record (after any corrections) with its recommendations (each with "
                    + "its progress), its improvement plan's record (null until one is recorded) and its actions (each "
                    + "with its history). ETag is the inspection's version, which every change to the inspection, its "
                    + "recommendations, plan or actions raises. " + CONDITIONAL_READ + " Any role.")
    @APIResponse(responseCode = "200", description = "The inspection",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current version; no body",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "An If-None-Match that is not * or a list of entity tags",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No inspection with this id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id,
                        @Parameter(in = ParameterIn.HEADER, name = EntityTags.IF_NONE_MATCH, description = "ETag last seen",
                                example = "\"1\"") @HeaderParam(EntityTags.IF_NONE_MATCH) String ifNoneMatch) {
        Preconditions preconditions = Preconditions.of(null, ifNoneMatch);
        InspectionState state = inspections.get(id);
        return RevisionResponses.read(preconditions, state.version(), () -> ApiMapper.view(state));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctInspection", summary = "Correct an inspection",
            description = "Records the full corrected record as a new version (correction n+1); earlier versions "
                    + "are kept (GET …/versions). The same rules as recording apply; the team cannot change. "
                    + "Identical content creates no new version and publishes nothing. " + CONDITIONAL_WRITE + " "
                    + DATE_RULES + " Inspector or admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InspectionRequest.class), examples = @ExampleObject(
            name = "correction", summary = "Milton Keynes 2021 with its full record", value = Examples.MILTON_KEYNES_2021)))
    @APIResponse(responseCode = "200", description = "The corrected inspection (or unchanged, for identical content)",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or no body, or an If-Match that is not * or a "
            + "list of quoted entity tags (a bare 2); nothing stored",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bare number", value = Examples.PROBLEM_400_IF_MATCH)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an inspector or admin",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No inspection with this id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The new publication date (at its precision), or the fieldwork "
            + "dates where either has no publication date, are another inspection's of the team",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the inspection's current version with a "
            + "strong tag (a weak W/ tag never matches); currentRevision and currentETag name it; nothing stored",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "415", description = "Not application/json",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid content (as for recording, and a changed team)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response correct(@PathParam("id") String id,
                            @Parameter(in = ParameterIn.HEADER, name = EntityTags.IF_MATCH,
                                    description = "The ETag of the version being corrected, or *", example = "\"1\"")
                            @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
                            InspectionRequest body) {
        caller.requireAny(Roles.INSPECTOR, Roles.ADMIN);
        Preconditions preconditions = Preconditions.ifMatch(ifMatch);
        InspectionService.Corrected corrected = inspections.correct(id, ApiMapper.command(Bodies.require(body)),
                preconditions);
        return RevisionResponses.written(false, null, corrected.state().version(), ApiMapper.view(corrected.state()));
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listInspectionVersions", summary = "Every version of an inspection's record",
            description = "Correction 0 (as first recorded) and every correction, oldest first, each with its dates "
                    + "in the form recorded (2021-08-10, or 2021-08 when known only to the month). ETag is the "
                    + "inspection's version (as on GET /api/v1/inspections/{id}): it moves with every change to the "
                    + "inspection, so a 304 never hides a new correction. " + CONDITIONAL_READ + " Any role.")
    @APIResponse(responseCode = "200", description = "The versions",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = InspectionVersionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the inspection's current "
            + "version; no body", headers = @Header(name = "ETag", description = ETAG,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "An If-None-Match that is not * or a list of entity tags",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No inspection with this id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response versions(@PathParam("id") String id, @Parameter(in = ParameterIn.HEADER,
            name = EntityTags.IF_NONE_MATCH, description = "ETag last seen", example = "\"1\"")
                             @HeaderParam(EntityTags.IF_NONE_MATCH) String ifNoneMatch) {
        Preconditions preconditions = Preconditions.of(null, ifNoneMatch);
        InspectionService.Versions versions = inspections.versions(id);
        return RevisionResponses.read(preconditions, versions.version(),
                () -> versions.records().stream().map(r -> ApiMapper.view(id, r)).toList());
    }

    @POST
    @Path("/{id}/recommendations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addRecommendation", summary = "Add a recommendation",
            description = "Adds a recommendation as the report writes it, numbered in order: addressed to a body (the "
                    + "YOS, its management board, a partner), owned by a role (Merton 2011: \"(YJS Manager)\"), or "
                    + "both. Progress is reported against it later (POST /api/v1/recommendations/{id}/progress). "
                    + "Optional If-Match with the inspection's ETag (its version). " + CONDITIONAL_WRITE + " The "
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
            content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or no body, or an If-Match that is not * or a "
            + "list of quoted entity tags (a bare 2); nothing stored",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bare number", value = Examples.PROBLEM_400_IF_MATCH)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an inspector or admin",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No inspection with this id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the inspection's current version with a "
            + "strong tag (a weak W/ tag never matches); currentRevision and currentETag name it; nothing stored",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "415", description = "Not application/json",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Neither addressee nor owner, no text, or a field too long",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response addRecommendation(@PathParam("id") String id,
                                      @Parameter(in = ParameterIn.HEADER, name = EntityTags.IF_MATCH,
                                              description = "The inspection's ETag, or *", example = "\"1\"")
                                      @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
                                      RecommendationRequest body) {
        caller.requireAny(Roles.INSPECTOR, Roles.ADMIN);
        Preconditions preconditions = Preconditions.ifMatch(ifMatch);
        RecommendationRequest r = Bodies.require(body);
        RecommendationState added = recommendations.add(id, r.addressee(), r.owner(), r.text(), preconditions);
        return Response.created(URI.create("/api/v1/recommendations/" + added.id())).entity(ApiMapper.view(added))
                .build();
    }

    @POST
    @Path("/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addAction", summary = "Add an improvement-plan action",
            description = "Adds an action to the inspection's improvement plan, as the plan writes it: text; owners "
                    + "(1 to 10, or owner for one; not both); due as written (a date, a meeting, or both in words) "
                    + "and/or dueDate (an ISO date; a due that is an ISO date is also the dueDate and must agree with "
                    + "a dueDate given beside it); the plan's section and reference (unique within the inspection: "
                    + "409 naming the action that has it); refersTo, the references of other actions it refers to "
                    + "(they may not exist yet); RAG status (GREEN, AMBER — YELLOW is accepted and stored as AMBER, "
                    + "the submitted word kept in the history — RED, COMPLETE; absent or blank = not rated); optional "
                    + "progress and an optional link to one of the inspection's recommendations. Only dated actions "
                    + "can be overdue. Optional If-Match with the inspection's ETag (its version). " + CONDITIONAL_WRITE
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
            headers = {@Header(name = "Location", description = "The action",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or no body, or an If-Match that is not * or a "
            + "list of quoted entity tags (a bare 2); nothing stored",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bare number", value = Examples.PROBLEM_400_IF_MATCH)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the inspected team's authority, an inspector or an admin",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No inspection with this id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another action of the inspection has this reference (member "
            + "existing)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the inspection's current version with a "
            + "strong tag (a weak W/ tag never matches); currentRevision and currentETag name it; nothing stored",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "415", description = "Not application/json",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Missing text, owners or due; owner and owners both given; too "
            + "many, blank, long or repeated owners; a due that looks like a date but is not one, a dueDate that is "
            + "not an ISO date or disagrees with due; an unknown status; refersTo too long, repeated or naming the "
            + "action itself; or a recommendation that is not this inspection's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response addAction(@PathParam("id") String id,
                              @Parameter(in = ParameterIn.HEADER, name = EntityTags.IF_MATCH,
                                      description = "The inspection's ETag, or *", example = "\"1\"")
                              @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
                              ActionRequest body) {
        caller.requireAny(Roles.AUTHORITY, Roles.INSPECTOR, Roles.ADMIN);
        Preconditions preconditions = Preconditions.ifMatch(ifMatch);
        ActionService.Written written = actions.create(id, ApiMapper.command(Bodies.require(body)), preconditions);
        return RevisionResponses.written(true, URI.create("/api/v1/actions/" + written.action().id()),
                written.action().revision(), ApiMapper.view(written.action()));
    }

    @PUT
    @Path("/{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putPlan", summary = "Record the improvement plan's own record",
            description = "Records the plan's title, status (IN_PREPARATION, DRAFT or AGREED), due (as written and/or "
                    + "dueDate, both optional, with the actions' rules) and source, in full: 201 for the first "
                    + "revision, 200 with a new revision after; identical content is 200 with the same revision and "
                    + "changes nothing. Every revision is kept. If-Match with the plan's ETag (its revision): before "
                    + "the first revision any If-Match, * too, is a 412 (there is nothing to match). "
                    + CONDITIONAL_WRITE + " If-None-Match: * records only the first revision (412 when the plan exists). The inspected "
                    + "team's authority, an inspector or an admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanRequest.class), examples = {
            @ExampleObject(name = "draft", summary = "Milton Keynes 2021: the draft Youth Offending Team Action Plan "
                    + "before the scrutiny committee", value = Examples.PLAN_DRAFT),
            @ExampleObject(name = "in-preparation", summary = "Merton 2011: being prepared, due to HMIP on 3 October",
                    value = Examples.PLAN_IN_PREPARATION),
            @ExampleObject(name = "agreed", summary = "Buckinghamshire 2023: agreed by the partnership board and "
                    + "approved by HMIP", value = Examples.PLAN_AGREED)}))
    @APIResponse(responseCode = "200", description = "A new revision (or unchanged, for identical content)",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "201", description = "The first revision; Location names the plan",
            headers = {@Header(name = "Location", description = "The plan", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or no body, or an If-Match or If-None-Match that "
            + "is not * or a list of quoted entity tags (a bare 2); nothing stored",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bare number", value = Examples.PROBLEM_400_IF_MATCH)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the inspected team's authority, an inspector or an admin",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No inspection with this id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the plan's current revision with a strong "
            + "tag (a weak W/ tag never matches; with no plan yet nothing matches), or If-None-Match: * finds a plan; "
            + "currentRevision and currentETag name the current revision, if any; nothing stored",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "415", description = "Not application/json",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No or unknown status, a field too long, a due that looks like "
            + "a date but is not one, or a dueDate that is not an ISO date or disagrees with due",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response putPlan(@PathParam("id") String id,
                            @Parameter(in = ParameterIn.HEADER, name = EntityTags.IF_MATCH,
                                    description = "The ETag of the plan's revision being replaced, or *",
                                    example = "\"1\"") @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
                            @Parameter(in = ParameterIn.HEADER, name = EntityTags.IF_NONE_MATCH,
                                    description = "* to record only the first revision",
                                    example = "*") @HeaderParam(EntityTags.IF_NONE_MATCH) String ifNoneMatch,
                            PlanRequest body) {
        caller.requireAny(Roles.AUTHORITY, Roles.INSPECTOR, Roles.ADMIN);
        Preconditions preconditions = Preconditions.of(ifMatch, ifNoneMatch);
        PlanService.Written written = plans.put(id, ApiMapper.command(Bodies.require(body)), preconditions);
        return RevisionResponses.written(written.created(),
                URI.create("/api/v1/inspections/" + written.plan().inspection() + "/plan"), written.plan().revision(),
                ApiMapper.view(written.plan()));
    }

    @GET
    @Path("/{id}/plan")
    @Operation(operationId = "getPlan", summary = "The improvement plan's own record",
            description = "The plan's record at its latest revision. ETag is the revision. " + CONDITIONAL_READ
                    + " Any role.")
    @APIResponse(responseCode = "200", description = "The plan",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current revision; no body",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "An If-None-Match that is not * or a list of entity tags",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No inspection with this id, or it has no plan recorded yet",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response getPlan(@PathParam("id") String id, @Parameter(in = ParameterIn.HEADER,
            name = EntityTags.IF_NONE_MATCH, description = "ETag last seen", example = "\"1\"")
                            @HeaderParam(EntityTags.IF_NONE_MATCH) String ifNoneMatch) {
        Preconditions preconditions = Preconditions.of(null, ifNoneMatch);
        PlanState plan = plans.get(id);
        return RevisionResponses.read(preconditions, plan.revision(), () -> ApiMapper.view(plan));
    }
}
