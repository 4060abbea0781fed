package org.yjhub.performance.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
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
import org.yjhub.common.period.Quarter;
import org.yjhub.kit.auth.Caller;
import org.yjhub.kit.http.Bodies;
import org.yjhub.kit.http.ConditionalRead;
import org.yjhub.kit.http.ConditionalWrite;
import org.yjhub.kit.http.RevisionResponses;
import org.yjhub.kit.http.TeamQuarter;
import org.yjhub.performance.domain.KpiReturn;
import org.yjhub.performance.domain.ReturnInput;
import org.yjhub.performance.rest.ApiModels.ReturnRequest;
import org.yjhub.performance.rest.ApiModels.ReturnView;
import org.yjhub.performance.rest.ApiModels.RevisionView;
import org.yjhub.performance.service.ReturnService;

import java.util.List;


@Path("/api/v1/teams/{team}/returns/{quarter}")
@Tag(name = "KPI returns", description = "Quarterly KPI returns: numerators and denominators per indicator, every revision kept")
public class ReturnsResource {

    static final String EXAMPLE_RETURN = """
            {"values":[{"indicator":"custody-rate","numerator":5,"denominator":19230},\
            {"indicator":"fte-rate","numerator":42,"denominator":19230},\
            {"indicator":"reoffending-rate","numerator":61,"denominator":170,"rate":35.88}],\
            "source":"Milton Keynes Youth Justice Plan 2019/20, table 3"}""";
    static final String EXAMPLE_VIEW = """
            {"team":"milton-keynes","quarter":"2019-20-Q4","revision":1,"values":[\
            {"indicator":"fte-rate","numerator":42,"denominator":19230,"rate":218.41,"rateExact":218.40873634945397816},\
            {"indicator":"reoffending-rate","numerator":61,"denominator":170,"rate":35.88,"rateExact":35.882352941176470588},\
            {"indicator":"custody-rate","numerator":5,"denominator":19230,"rate":0.26,"rateExact":0.26001040041601664067}],\
            "submittedAt":"2020-04-20T09:15:00Z","submittedBy":"mk-data-officer",\
            "source":"Milton Keynes Youth Justice Plan 2019/20, table 3","synthetic":false}""";
    static final String EXAMPLE_422 = """
            {"type":"https://yjhub.org/problems/validation","title":"Validation failed","status":422,\
            "detail":"the return for milton-keynes 2019-20-Q4 is invalid: 2 problems; see errors. Nothing was stored.",\
            "errors":[{"field":"values[0].rate","message":"stated rate 0.3 disagrees with the computed rate 0.26 \
            (5 × 1000 ÷ 19230, rounded to 2 decimals); send the numerator and denominator alone, or the matching rate"},\
            {"field":"values[1].denominator","message":"must be above zero (a rate cannot be computed over a zero denominator)"}],\
            "computedRates":{"values[0].rate":0.26}}""";

    @Inject
    ReturnService service;

    @Inject
    Caller caller;

    @PUT
    @Operation(summary = "Submit a team's KPI return for a quarter",
            description = """
                    Stores a new revision holding the full set of values (numerator and denominator per indicator); the \
                    service computes each rate as numerator × multiplier ÷ denominator with BigDecimal. A `rate` sent with a \
                    value is only checked: if it differs from the computed rate rounded to 2 decimals the return is rejected. \
                    201 for the first revision, 200 for a new revision; re-sending identical content (the same indicators, \
                    numerators and denominators in any order, with the same source and synthetic flag) answers 200 with the \
                    current revision and stores nothing and publishes nothing. Every change publishes \
                    `yjhub.performance.return-submitted.v1` (version = revision). Send `If-Match` with the ETag you last saw \
                    to make sure nobody changed the return meanwhile (412 naming the current revision otherwise; a weak tag \
                    `W/\"1\"` never matches, as RFC 9110 requires), or `If-None-Match: *` to create only. A header that is \
                    not an entity-tag list (a bare `1`) is a 400. \
                    Rejected with 422 (nothing stored): an unknown indicator, an indicator twice, a negative number, a zero \
                    denominator, a numerator above the denominator for a percentage, more than 6 decimals or more than 10^12, \
                    a stated rate that disagrees, a quarter that has not begun. Needs the authority role for this team, or admin.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReturnRequest.class),
            examples = {@ExampleObject(name = "milton-keynes", summary = "Three indicators, one with a checked rate", value = EXAMPLE_RETURN),
                    @ExampleObject(name = "decimals", summary = "Reoffences per reoffender with a decimal count",
                            value = "{\"values\":[{\"indicator\":\"reoffending-frequency\",\"numerator\":112.5,\"denominator\":61}],\"synthetic\":true}")}))
    @APIResponse(responseCode = "201", description = "First revision stored",
            headers = @Header(name = "Location", description = "This return"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReturnView.class),
                    examples = @ExampleObject(name = "created", value = EXAMPLE_VIEW)))
    @APIResponse(responseCode = "200", description = "New revision stored, or identical content (same revision, nothing stored)")
    @APIResponse(responseCode = "404", description = "Unknown team",
            content = @Content(mediaType = Http.PROBLEM, examples = @ExampleObject(name = "unknown team", value = Http.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Invalid content; every failing field is listed in errors, computed rates in computedRates",
            content = @Content(mediaType = Http.PROBLEM, examples = @ExampleObject(name = "invalid", value = EXAMPLE_422)))
    public RestResponse<ReturnView> put(@Valid @BeanParam TeamQuarter at, @Valid @BeanParam ConditionalWrite conditions, @Valid ReturnRequest body) {
        Quarter q = at.quarter();
        caller.requireTeamWriter(at.team());
        ReturnInput input = ApiMapper.input(Bodies.require(body));
        return conditions.write(preconditions -> service.submit(at.team(), q, input, preconditions, caller.subject()),
                ApiMapper::view);
    }

    @GET
    @Operation(summary = "The latest revision of a team's return for a quarter",
            description = """
                    Values in catalogue order with the rate rounded to 2 decimals (`rate`) and at full precision \
                    (`rateExact`). ETag = revision; `If-None-Match` naming it (weak or strong, or *) answers 304 without a \
                    body. Any role.""")
    @APIResponse(responseCode = "200", description = "The latest revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReturnView.class),
                    examples = @ExampleObject(name = "return", value = EXAMPLE_VIEW)))
    @APIResponse(responseCode = "404", description = "Unknown team, or no return for the quarter",
            content = @Content(mediaType = Http.PROBLEM, examples = @ExampleObject(name = "unknown team", value = Http.PROBLEM_404)))
    public RestResponse<ReturnView> get(@Valid @BeanParam TeamQuarter at, @Valid @BeanParam ConditionalRead conditions) {
        Quarter q = at.quarter();
        return conditions.read(() -> service.latest(at.team(), q), KpiReturn::revision, ApiMapper::view);
    }

    @GET
    @Path("/revisions")
    @Operation(summary = "Every revision of a team's return for a quarter, oldest first",
            description = "The full history: each revision's values, when and by whom it was submitted, and its "
                    + "provenance. " + RevisionResponses.REVISIONS_DESCRIPTION + " Any role.")
    @APIResponse(responseCode = "200", description = "The revisions, oldest first")
    @APIResponse(responseCode = "404", description = "Unknown team, or no return for the quarter")
    public RestResponse<List<RevisionView>> revisions(@Valid @BeanParam TeamQuarter at, @Valid @BeanParam ConditionalRead conditions) {
        Quarter q = at.quarter();
        return conditions.revisions(() -> service.history(at.team(), q), KpiReturn::revision, ApiMapper::revision);
    }
}
