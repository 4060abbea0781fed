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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.inspection.service.InspectionService;
import org.yjhub.inspection.service.InspectionState;
import org.yjhub.kit.auth.Caller;
import org.yjhub.kit.auth.Roles;
import org.yjhub.kit.http.Bodies;
import org.yjhub.kit.http.ConditionalRead;
import org.yjhub.kit.http.ConditionalUpdate;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.http.RevisionResponses;
import org.yjhub.kit.revision.Written;

import java.net.URI;
import java.util.List;

@Path("/api/v1/inspections")
@Tag(name = "Inspections")
public class InspectionsResource {

    static final String DATE_RULES = """
            Dates: each is a full date (2021-08-10) or, when the published paper gives only \
            the month, a year-month (2021-08), returned in the form given; nothing is made up. fieldworkStart and \
            fieldworkEnd are optional under every framework, but come as a pair in one form (both days or both \
            months); publishedOn is optional when the paper gives none (Merton 2011: fieldwork in July 2011, no \
            publication date), but an inspection needs the publication date, the fieldwork dates or both. \
            fieldworkStart ≤ fieldworkEnd ≤ publishedOn, compared by month when either date is a month; none in \
            the future (a month: not after the current month). One inspection per team and publication date at \
            its precision: a second one on the same day, or in the same month when dated by month, is a 409 \
            (correct the existing one); a month-only date and a full date never collide. Without a publication \
            date, an inspection is the same as another of the team with the same fieldwork dates (409).""";

    static final String CONDITIONAL_WRITE = """
            If-Match with the ETag you last saw makes sure nobody changed it \
            meanwhile: 412 naming the current revision (currentRevision, currentETag) when it is stale or a weak tag \
            (W/\"2\"), as If-Match compares strongly; a header that is not * or a list of quoted entity tags (a bare \
            2) is a 400. Nothing is stored either way.""";

    static final String CONDITIONAL_READ = "If-None-Match naming the current ETag (weak or strong, or *) answers 304 "
            + "with the ETag and no body; a header that is not * or a list of quoted entity tags is a 400.";

    @Inject
    Caller caller;

    @Inject
    InspectionService inspections;

    @POST
    @Operation(operationId = "createInspection", summary = "Record an inspection",
            description = """
                    Records an inspection under a framework (GET /api/v1/frameworks). Every standard of the \
                    framework must be rated (each missing one is listed); score, overall and pointsToNextBand are \
                    computed by the framework's rule, and a supplied overall that disagrees is rejected with the \
                    computed one (computedScore, computedOverall).\s""" + DATE_RULES + " Inspector or admin.")
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
            headers = {@Header(name = "Location", description = "The inspection"),
                    @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "409", description = """
            The team already has an inspection with this publication date \
            at this precision (the same day, or the same month for a month-only date), or, where either has no \
            publication date, with the same fieldwork dates (member existing)""")
    @APIResponse(responseCode = "422", description = """
            Invalid content: unknown team or framework, missing or unknown \
            standards, unknown rating values, a date in neither accepted form (2021-08-10 or 2021-08), fieldwork \
            dates of different forms or only one of them, neither a publication date nor fieldwork dates, dates \
            out of order or in the future, or an overall that disagrees with the computed one""")
    public RestResponse<InspectionView> create(@Valid InspectionRequest body) {
        caller.requireAny(Roles.INSPECTOR, Roles.ADMIN);
        InspectionState state = inspections.create(ApiMapper.input(Bodies.require(body)));
        return RevisionResponses.written(true, URI.create("/api/v1/inspections/" + state.id()), state.version(),
                ApiMapper.view(state));
    }

    @GET
    @Operation(operationId = "listInspections", summary = "A team's inspections",
            description = """
                    Every inspection of the team, newest first by publication date, or by the last fieldwork \
                    date (fieldworkEnd) when it has none (a month-only date counts as the month's first day), each \
                    with its latest record, recommendations, plan and actions. \
                    Dates in the form recorded (2021-08-10, or 2021-08 when known only to the month). The list \
                    carries no ETag: each inspection has its own version, and no single revision covers them all \
                    (GET an inspection with If-None-Match to learn cheaply whether it changed). Any role.""")
    @APIResponse(responseCode = "200", description = "The inspections (empty when there are none)")
    @APIResponse(responseCode = "400", description = "No team parameter")
    @APIResponse(responseCode = "404", description = "Unknown team")
    public List<InspectionView> ofTeam(@Parameter(description = "Team code", required = true, example = "milton-keynes")
                                       @Size(max = Bounds.CODE_LENGTH, message = Bounds.LENGTH_MESSAGE)
            @Pattern(regexp = Bounds.SLUG, message = Bounds.SLUG_MESSAGE) @QueryParam("team") String team) {
        return inspections.ofTeam(team).stream().map(ApiMapper::view).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInspection", summary = "One inspection",
            description = """
                    The inspection's latest record (after any corrections) with its recommendations (each with \
                    its progress), its improvement plan's record (null until one is recorded) and its actions (each \
                    with its history). ETag is the inspection's version, which every change to the inspection, its \
                    recommendations, plan or actions raises.\s""" + CONDITIONAL_READ + " Any role.")
    @APIResponse(responseCode = "200", description = "The inspection")
    @APIResponse(responseCode = "404", description = "No inspection with this id")
    public RestResponse<InspectionView> get(@Size(max = Bounds.UUID_LENGTH, message = Bounds.LENGTH_MESSAGE)
            @Pattern(regexp = Bounds.UUID, message = Bounds.UUID_MESSAGE) @PathParam("id") String id,
            @Valid @BeanParam ConditionalRead conditions) {
        return conditions.read(() -> inspections.get(id), InspectionState::version, ApiMapper::view);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "correctInspection", summary = "Correct an inspection",
            description = """
                    Records the full corrected record as a new version (correction n+1); earlier versions \
                    are kept (GET …/versions). The same rules as recording apply; the team cannot change. \
                    Identical content creates no new version and publishes nothing.\s""" + CONDITIONAL_WRITE + " "
                    + DATE_RULES + " Inspector or admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InspectionRequest.class), examples = @ExampleObject(
            name = "correction", summary = "Milton Keynes 2021 with its full record", value = Examples.MILTON_KEYNES_2021)))
    @APIResponse(responseCode = "200", description = "The corrected inspection (or unchanged, for identical content)",
            headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No inspection with this id")
    @APIResponse(responseCode = "409", description = "The new publication date (at its precision), or the fieldwork "
            + "dates where either has no publication date, are another inspection's of the team")
    @APIResponse(responseCode = "422", description = "Invalid content (as for recording, and a changed team)")
    public RestResponse<InspectionView> correct(@Size(max = Bounds.UUID_LENGTH, message = Bounds.LENGTH_MESSAGE)
            @Pattern(regexp = Bounds.UUID, message = Bounds.UUID_MESSAGE) @PathParam("id") String id,
            @Valid @BeanParam ConditionalUpdate conditions,
            @Valid InspectionRequest body) {
        caller.requireAny(Roles.INSPECTOR, Roles.ADMIN);
        Preconditions preconditions = conditions.preconditions();
        Written<InspectionState> corrected = inspections.correct(id, ApiMapper.input(Bodies.require(body)), preconditions);
        return RevisionResponses.written(false, null, corrected.version(), ApiMapper.view(corrected.current()));
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listInspectionVersions", summary = "Every version of an inspection's record",
            description = """
                    Correction 0 (as first recorded) and every correction, oldest first, each with its dates \
                    in the form recorded (2021-08-10, or 2021-08 when known only to the month). ETag is the \
                    inspection's version (as on GET /api/v1/inspections/{id}): it moves with every change to the \
                    inspection, so a 304 never hides a new correction.\s""" + CONDITIONAL_READ + " Any role.")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", description = "No inspection with this id")
    public RestResponse<List<InspectionVersionView>> versions(@Size(max = Bounds.UUID_LENGTH, message = Bounds.LENGTH_MESSAGE)
            @Pattern(regexp = Bounds.UUID, message = Bounds.UUID_MESSAGE) @PathParam("id") String id,
            @Valid @BeanParam ConditionalRead conditions) {
        return conditions.read(() -> inspections.versions(id), InspectionService.Versions::version,
                versions -> versions.records().stream().map(r -> ApiMapper.view(id, r)).toList());
    }
}
