package org.yjhub.performance.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.yjhub.kit.auth.Caller;
import org.yjhub.kit.auth.Roles;
import org.yjhub.kit.http.Bodies;
import org.yjhub.kit.http.ConditionalRead;
import org.yjhub.kit.http.ConditionalWrite;
import org.yjhub.kit.http.RevisionResponses;
import org.yjhub.performance.domain.ComparatorGroup;
import org.yjhub.performance.domain.GroupInput;
import org.yjhub.performance.rest.ApiModels.GroupRequest;
import org.yjhub.performance.rest.ApiModels.GroupRevisionView;
import org.yjhub.performance.rest.ApiModels.GroupView;
import org.yjhub.performance.service.GroupService;

import java.util.List;

@Path("/api/v1/groups")
@Tag(name = "Comparator groups", description = "Named sets of teams an analyst defines (statistical neighbours, the YJB's YOT "
        + "families, a consortium), for comparing a team with its peers")
public class GroupsResource {

    static final String EXAMPLE_REQUEST = """
            {"name":"Thames Valley","description":"The nine youth offending teams of the Thames Valley police force area",\
            "teams":["milton-keynes","buckinghamshire","oxfordshire","reading","slough","west-berkshire","wokingham",\
            "bracknell-forest","windsor-and-maidenhead"],"source":"Milton Keynes Youth Justice Plan 2019/20"}""";
    static final String EXAMPLE_VIEW = """
            {"code":"thames-valley","revision":1,"name":"Thames Valley",\
            "description":"The nine youth offending teams of the Thames Valley police force area",\
            "teams":["bracknell-forest","buckinghamshire","milton-keynes","oxfordshire","reading","slough","west-berkshire",\
            "windsor-and-maidenhead","wokingham"],"source":"Milton Keynes Youth Justice Plan 2019/20",\
            "definedAt":"2026-12-05T10:00:00Z","definedBy":"user-analyst"}""";
    static final String EXAMPLE_REVISIONS = "[" + """
            {"revision":1,"name":"Thames Valley",\
            "description":"The nine youth offending teams of the Thames Valley police force area",\
            "teams":["bracknell-forest","buckinghamshire","milton-keynes","oxfordshire","reading","slough","west-berkshire",\
            "windsor-and-maidenhead","wokingham"],"source":"Milton Keynes Youth Justice Plan 2019/20",\
            "definedAt":"2026-12-05T10:00:00Z","definedBy":"user-analyst"}""" + "]";
    static final String EXAMPLE_422 = """
            {"type":"https://yjhub.org/problems/validation","title":"Validation failed","status":422,\
            "detail":"the group thames-valley is invalid: 2 problems; see errors. Nothing was stored.",\
            "errors":[{"field":"teams[2]","message":"'oxford' is not a known team code; GET /api/v1/teams lists them"},\
            {"field":"teams[3]","message":"'reading' appears more than once (first at teams[1]); list each team once"}]}""";
    static final String EXAMPLE_400_CODE = """
            {"type":"https://yjhub.org/problems/bad-request","title":"Malformed request","status":400,\
            "detail":"group code 'Thames Valley' is not a slug: lower-case letters and digits in words joined by single \
            hyphens, as in thames-valley"}""";
    static final String EXAMPLE_403 = """
            {"type":"https://yjhub.org/problems/forbidden","title":"Forbidden","status":403,\
            "detail":"this operation needs one of the roles [admin, analyst]"}""";
    static final String EXAMPLE_404 = """
            {"type":"https://yjhub.org/problems/not-found","title":"Not found","status":404,\
            "detail":"no comparator group with code 'thames-valley'; GET /api/v1/groups lists them, and PUT \
            /api/v1/groups/thames-valley defines it"}""";

    @Inject
    GroupService service;

    @Inject
    Caller caller;

    @PUT
    @Path("/{code}")
    @Operation(operationId = "putGroup", summary = "Define or revise a comparator group",
            description = """
                    Stores a new revision holding the full definition: a name, an optional description and source, and \
                    2 to 200 distinct team codes (any order; stored and returned sorted). 201 for the first revision, 200 \
                    for a new one; an identical definition (the same teams in any order, the same text after trimming) \
                    answers 200 with the current revision and stores and publishes nothing. Rejected with 422, every \
                    failing field listed: a missing or over-long name, an over-long description or source, control \
                    characters, fewer than 2 or more than 200 teams, an unknown team code, a team twice. Publishes \
                    `yjhub.performance.group-defined.v1` (version = revision). If-Match / If-None-Match as for returns: a \
                    stale or weak If-Match tag is a 412 naming the current revision, If-None-Match: * creates only, a \
                    header that is not an entity-tag list a 400. Needs the admin or analyst role.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GroupRequest.class),
            examples = @ExampleObject(name = "thames-valley", summary = "The nine youth offending teams of the Thames Valley",
                    value = EXAMPLE_REQUEST)))
    @APIResponse(responseCode = "201", description = "First revision stored",
            headers = @Header(name = "Location", description = "This group"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GroupView.class),
                    examples = @ExampleObject(name = "created", value = EXAMPLE_VIEW)))
    @APIResponse(responseCode = "200", description = "New revision stored, or an identical definition (same revision, nothing "
            + "stored)")
    @APIResponse(responseCode = "400", description = "Malformed JSON, a code that is not a lower-case slug of at most 60 "
            + "characters, or an If-Match or If-None-Match that is not * or a list of entity tags; nothing stored",
            content = @Content(mediaType = Http.PROBLEM, examples = @ExampleObject(name = "bad code", value = EXAMPLE_400_CODE)))
    @APIResponse(responseCode = "403", description = "Neither admin nor analyst",
            content = @Content(mediaType = Http.PROBLEM, examples = @ExampleObject(name = "authority", value = EXAMPLE_403)))
    @APIResponse(responseCode = "415", description = "Body is not application/json",
            content = @Content(mediaType = Http.PROBLEM, examples = @ExampleObject(name = "not json", value = Http.PROBLEM_415)))
    @APIResponse(responseCode = "422", description = "Invalid content; every failing field is listed in errors",
            content = @Content(mediaType = Http.PROBLEM,
                    examples = @ExampleObject(name = "unknown and repeated teams", value = EXAMPLE_422)))
    public RestResponse<GroupView> put(
            @Parameter(description = "Group code: a lower-case slug of at most 60 characters", example = "thames-valley",
                    schema = @Schema(type = SchemaType.STRING, pattern = Bounds.SLUG, maxLength = Bounds.CODE_LENGTH))
            @PathParam("code") String code,
            @Valid @BeanParam ConditionalWrite conditions,
            @Valid GroupRequest body) {
        caller.requireAny(Roles.ADMIN, Roles.ANALYST);
        GroupInput input = ApiMapper.group(Bodies.require(body));
        return conditions.write(preconditions -> service.define(code, input, preconditions, caller.subject()),
                ApiMapper::view);
    }

    @GET
    @Operation(operationId = "listGroups", summary = "Every comparator group's latest revision, sorted by code",
            description = "Any role. An empty list when no group is defined.")
    @APIResponse(responseCode = "200", description = "The groups, sorted by code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = GroupView.class),
                    examples = @ExampleObject(name = "groups", value = "[" + EXAMPLE_VIEW + "]")))
    public List<GroupView> list() {
        return service.all().stream().map(ApiMapper::view).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getGroup", summary = "The latest revision of a comparator group",
            description = "ETag = revision; `If-None-Match` naming it (weak or strong, or *) answers 304 without a body. Any role.")
    @APIResponse(responseCode = "200", description = "The latest revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GroupView.class),
                    examples = @ExampleObject(name = "thames-valley", value = EXAMPLE_VIEW)))
    @APIResponse(responseCode = "400", description = "A code that is not a lower-case slug of at most 60 characters, or an "
            + "If-None-Match that is not * or a list of entity tags",
            content = @Content(mediaType = Http.PROBLEM, examples = @ExampleObject(name = "bad code", value = EXAMPLE_400_CODE)))
    @APIResponse(responseCode = "404", description = "No group with this code",
            content = @Content(mediaType = Http.PROBLEM, examples = @ExampleObject(name = "unknown", value = EXAMPLE_404)))
    public RestResponse<GroupView> get(@Parameter(description = "Group code", example = "thames-valley",
                                               schema = @Schema(type = SchemaType.STRING, pattern = Bounds.SLUG,
                                                       maxLength = Bounds.CODE_LENGTH))
                                       @PathParam("code") String code,
                                       @Valid @BeanParam ConditionalRead conditions) {
        return conditions.read(() -> service.latest(code), ComparatorGroup::revision, ApiMapper::view);
    }

    @GET
    @Path("/{code}/revisions")
    @Operation(operationId = "listGroupRevisions", summary = "Every revision of a comparator group, oldest first",
            description = RevisionResponses.REVISIONS_DESCRIPTION + " Any role.")
    @APIResponse(responseCode = "200", description = "The revisions, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = GroupRevisionView.class),
                    examples = @ExampleObject(name = "one revision", value = EXAMPLE_REVISIONS)))
    @APIResponse(responseCode = "400", description = "A code that is not a lower-case slug of at most 60 characters, or an "
            + "If-None-Match that is not * or a list of entity tags")
    @APIResponse(responseCode = "404", description = "No group with this code")
    public RestResponse<List<GroupRevisionView>> revisions(@Parameter(description = "Group code", example = "thames-valley",
                                               schema = @Schema(type = SchemaType.STRING, pattern = Bounds.SLUG,
                                                       maxLength = Bounds.CODE_LENGTH))
                                                           @PathParam("code") String code,
                                                           @Valid @BeanParam ConditionalRead conditions) {
        return conditions.revisions(() -> service.history(code), ComparatorGroup::revision, ApiMapper::revision);
    }
}
