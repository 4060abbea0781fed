package org.yjhub.budget.rest;

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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.yjhub.budget.domain.BudgetInput;
import org.yjhub.budget.rest.BudgetApi.BudgetRequest;
import org.yjhub.budget.rest.BudgetApi.BudgetView;
import org.yjhub.budget.service.BudgetService;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.kit.auth.Caller;
import org.yjhub.kit.http.Bodies;
import org.yjhub.kit.http.ConditionalRead;
import org.yjhub.kit.http.ConditionalWrite;
import org.yjhub.kit.http.TeamYear;
import org.yjhub.kit.problem.Problem;
import org.yjhub.kit.problem.ProblemException;

import java.util.List;

@Path("/api/v1/teams/{team}/budgets/{year}")
@Tag(name = "Budgets", description = "Partner contributions per team and financial year, with checked totals")
@SecurityRequirement(name = "jwt")
public class BudgetResource {

    @Inject
    BudgetService service;

    @Inject
    Caller caller;

    @PUT
    @Operation(summary = "Submit a team's budget for a financial year",
            description = """
                    Partner contributions in whole pounds, each split into staff (in kind) and delegated (cash). \
                    The service computes the staff, delegated and overall totals, each line's total and share, and \
                    the change from the previous year's latest budget. A statedTotal (or a line total) that differs \
                    from the computed one is rejected with both figures. Every revision is kept; re-sending \
                    identical content (lines in any order) returns the current revision with 200 and publishes \
                    nothing. If-Match with the ETag you last read guards against overwriting someone else's change (412 \
                    naming currentRevision and currentETag otherwise; a weak W/\"2\" never matches); If-None-Match: * \
                    creates only; a header that is not an entity-tag list is a 400. The ETag carries the budget's event \
                    version, which equals the revision until the previous year's budget changes this one's year-on-year \
                    figures (then it runs ahead, as the figures have changed). \
                    Writers: an authority for its own team, or admin. Publishes yjhub.budget.budget-submitted.v1; \
                    a change that alters the next year's year-on-year figures republishes that year's budget too \
                    (same revision, higher event version).""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BudgetRequest.class),
            examples = {
                    @ExampleObject(name = "milton-keynes-2019-20", summary = "Milton Keynes 2019/20 (seed): staff and delegated",
                            value = Examples.MILTON_KEYNES_BUDGET),
                    @ExampleObject(name = "medway-2020-21", summary = "Medway 2020 (seed): delegated funds only, no police line",
                            value = Examples.MEDWAY_BUDGET),
                    @ExampleObject(name = "stated-total-disagrees", summary = "Rejected: the narrative's 1,223,757 is 11,000 short",
                            value = Examples.MILTON_KEYNES_NARRATIVE_TOTAL)}))
    @APIResponse(responseCode = "201", description = "The first revision was stored",
            headers = @Header(name = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class),
                    examples = @ExampleObject(name = "medway", value = Examples.BUDGET_RESPONSE)))
    @APIResponse(responseCode = "200", description = "A new revision was stored, or the content was identical to the "
            + "current revision (same revision returned, nothing published)")
    @APIResponse(responseCode = "404", description = "Unknown team")
    @APIResponse(responseCode = "422", description = "Invalid content: every failing field is listed; for a total that "
            + "disagrees, statedTotal and computedTotal are top-level members. Also a year that has not started.",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "stated-total-disagrees", value = Examples.TOTAL_MISMATCH_PROBLEM)))
    public RestResponse<BudgetView> put(@Valid @BeanParam TeamYear at, @Valid @BeanParam ConditionalWrite conditions,
                                        @Valid BudgetRequest body) {
        FinancialYear fy = at.year();
        caller.requireTeamWriter(at.team());
        BudgetInput input = ApiMapper.input(Bodies.require(body));
        return conditions.write(preconditions -> service.submit(at.team(), fy, input, preconditions, caller.subject()),
                ApiMapper::view);
    }

    @GET
    @Operation(summary = "A team's latest budget for a financial year",
            description = """
                    The latest revision with its totals, shares and the change from the previous year's latest budget. \
                    The ETag carries the budget's event version (see the PUT); If-None-Match naming it (weak or strong, \
                    or *) answers 304 without a body.""")
    @APIResponse(responseCode = "200", description = "The latest revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class),
                    examples = @ExampleObject(name = "medway", value = Examples.BUDGET_RESPONSE)))
    @APIResponse(responseCode = "404", description = "Unknown team, or no budget for that year")
    public RestResponse<BudgetView> get(@Valid @BeanParam TeamYear at, @Valid @BeanParam ConditionalRead conditions) {
        FinancialYear fy = at.year();
        return conditions.read(() -> service.latest(at.team(), fy), BudgetService.Current::version, c -> ApiMapper.view(c.budget()));
    }

    @GET
    @Path("/revisions")
    @Operation(summary = "Every revision of a team's budget for a financial year, oldest first",
            description = """
                    Each revision as it was submitted; the previous-year comparison of every revision is against \
                    the previous year's latest budget. The list carries no ETag and conditional headers are ignored: \
                    those comparisons change with the previous year's budget, which no version of this one tracks for \
                    every past revision.""")
    @APIResponse(responseCode = "200", description = "All revisions, oldest first")
    @APIResponse(responseCode = "404", description = "Unknown team, or no budget for that year")
    public List<BudgetView> revisions(@Valid @BeanParam TeamYear at) {
        return service.revisions(at.team(), at.year()).stream().map(ApiMapper::view).toList();
    }
}
