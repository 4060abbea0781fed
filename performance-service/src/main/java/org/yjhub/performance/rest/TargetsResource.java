package org.yjhub.performance.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import org.yjhub.common.period.FinancialYear;
import org.yjhub.kit.auth.Caller;
import org.yjhub.kit.http.Bodies;
import org.yjhub.kit.http.ConditionalRead;
import org.yjhub.kit.http.ConditionalWrite;
import org.yjhub.kit.http.RevisionResponses;
import org.yjhub.kit.http.TeamYear;
import org.yjhub.performance.domain.KpiTargets;
import org.yjhub.performance.domain.TargetInput;
import org.yjhub.performance.rest.ApiModels.TargetsRequest;
import org.yjhub.performance.rest.ApiModels.TargetsRevisionView;
import org.yjhub.performance.rest.ApiModels.TargetsView;
import org.yjhub.performance.service.TargetService;

import java.util.List;


@Path("/api/v1/teams/{team}/targets/{year}")
@Tag(name = "KPI targets", description = "A team's targets per financial year, so that outturns can be read as met or missed")
public class TargetsResource {

    static final String EXAMPLE_REQUEST = """
            {"targets":[{"indicator":"custody-rate","value":0.2},{"indicator":"reoffending-rate","value":35}]}""";
    static final String EXAMPLE_VIEW = """
            {"team":"milton-keynes","year":"2019-20","revision":1,"targets":[\
            {"indicator":"reoffending-rate","value":35},{"indicator":"custody-rate","value":0.2}],\
            "setAt":"2019-04-02T10:00:00Z","setBy":"mk-data-officer"}""";
    static final String EXAMPLE_422 = """
            {"type":"https://yjhub.org/problems/validation","title":"Validation failed","status":422,\
            "detail":"the targets for milton-keynes 2019-20 are invalid: 1 problem; see errors. Nothing was stored.",\
            "errors":[{"field":"targets[0].indicator","message":"kpi-wider-services is a context indicator (polarity NONE, \
            no better direction), so it cannot have a target"}]}""";

    @Inject
    TargetService service;

    @Inject
    Caller caller;

    @PUT
    @Operation(operationId = "putTargets", summary = "Set a team's targets for a financial year",
            description = """
                    Stores a new revision holding the full set of targets (an empty list withdraws them all). A target \
                    is a rate in the indicator's unit. 201 for the first revision, 200 for a new one; identical targets (any \
                    order) answer 200 with the current revision and store nothing. Targets may be set for past years, the \
                    current one and the next one (plans are written ahead), not further. Rejected with 422: an unknown \
                    indicator, an indicator twice, a context indicator (polarity NONE), a negative value, more than 6 \
                    decimals, above 100 for a percentage, a year too far ahead. Publishes `yjhub.performance.targets-set.v1` \
                    (version = revision). If-Match / If-None-Match as for returns: a stale or weak If-Match tag is a 412 \
                    naming the current revision, a header that is not an entity-tag list a 400. Needs the authority role \
                    for this team, or admin.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TargetsRequest.class),
            examples = @ExampleObject(name = "milton-keynes", summary = "Custody and reoffending targets", value = EXAMPLE_REQUEST)))
    @APIResponse(responseCode = "201", description = "First revision stored",
            headers = @Header(name = "Location", description = "These targets"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetsView.class),
                    examples = @ExampleObject(name = "created", value = EXAMPLE_VIEW)))
    @APIResponse(responseCode = "200", description = "New revision stored, or identical targets (same revision, nothing stored)")
    @APIResponse(responseCode = "404", description = "Unknown team")
    @APIResponse(responseCode = "422", description = "Invalid content; every failing field is listed in errors",
            content = @Content(mediaType = Http.PROBLEM, examples = @ExampleObject(name = "context indicator", value = EXAMPLE_422)))
    public RestResponse<TargetsView> put(@Valid @BeanParam TeamYear at, @Valid @BeanParam ConditionalWrite conditions, @Valid TargetsRequest body) {
        FinancialYear fy = at.year();
        caller.requireTeamWriter(at.team());
        List<TargetInput> input = ApiMapper.targets(Bodies.require(body).targets());
        return conditions.write(preconditions -> service.set(at.team(), fy, input, preconditions, caller.subject()),
                ApiMapper::view);
    }

    @GET
    @Operation(operationId = "getTargets", summary = "The latest targets of a team for a financial year",
            description = "ETag = revision; `If-None-Match` naming it (weak or strong, or *) answers 304 without a body. Any role.")
    @APIResponse(responseCode = "200", description = "The latest revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetsView.class),
                    examples = @ExampleObject(name = "targets", value = EXAMPLE_VIEW)))
    @APIResponse(responseCode = "404", description = "Unknown team, or no targets for the year")
    public RestResponse<TargetsView> get(@Valid @BeanParam TeamYear at, @Valid @BeanParam ConditionalRead conditions) {
        FinancialYear fy = at.year();
        return conditions.read(() -> service.latest(at.team(), fy), KpiTargets::revision, ApiMapper::view);
    }

    @GET
    @Path("/revisions")
    @Operation(operationId = "listTargetsRevisions", summary = "Every revision of a team's targets for a financial year, oldest first",
            description = RevisionResponses.REVISIONS_DESCRIPTION + " Any role.")
    @APIResponse(responseCode = "200", description = "The revisions, oldest first")
    @APIResponse(responseCode = "404", description = "Unknown team, or no targets for the year")
    public RestResponse<List<TargetsRevisionView>> revisions(@Valid @BeanParam TeamYear at, @Valid @BeanParam ConditionalRead conditions) {
        FinancialYear fy = at.year();
        return conditions.revisions(() -> service.history(at.team(), fy), KpiTargets::revision, ApiMapper::revision);
    }
}
