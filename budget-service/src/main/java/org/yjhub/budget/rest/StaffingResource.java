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
import org.yjhub.budget.domain.StaffingInput;
import org.yjhub.budget.domain.StaffingSnapshot;
import org.yjhub.budget.rest.StaffingApi.StaffingRequest;
import org.yjhub.budget.rest.StaffingApi.StaffingView;
import org.yjhub.budget.service.StaffingService;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.kit.auth.Caller;
import org.yjhub.kit.http.Bodies;
import org.yjhub.kit.http.ConditionalRead;
import org.yjhub.kit.http.ConditionalWrite;
import org.yjhub.kit.http.RevisionResponses;
import org.yjhub.kit.http.TeamYear;
import org.yjhub.kit.problem.Problem;
import org.yjhub.kit.problem.ProblemException;

import java.util.List;


@Path("/api/v1/teams/{team}/staffing/{year}")
@Tag(name = "Staffing", description = "FTE by role and contract type, and headcount, per team and financial year")
@SecurityRequirement(name = "jwt")
public class StaffingResource {

    @Inject
    StaffingService service;

    @Inject
    Caller caller;

    @PUT
    @Operation(summary = "Submit a team's staffing for a financial year",
            description = """
                    FTE by role and contract type (PERMANENT, FIXED_TERM, SECONDED, AGENCY, VACANT, VOLUNTEER, \
                    OTHER; at most 2 decimals) and, optionally, headcount by dimension (gender, ethnicity, …), \
                    category and role. The service computes the total FTE, FTE per contract type and the headcount \
                    per dimension. A statedTotalFte that differs from the sum of the lines is rejected with both \
                    figures. Revisions, If-Match / If-None-Match (400 malformed, 412 stale or weak naming currentRevision) \
                    and identical re-sends work as for budgets; the ETag is the revision. Writers: an \
                    authority for its own team, or admin. Publishes yjhub.budget.staffing-submitted.v1 \
                    (version = revision).""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StaffingRequest.class),
            examples = @ExampleObject(name = "milton-keynes-2019-20",
                    summary = "Milton Keynes 2019/20 appendix FTE (total 19.79; the narrative's 17.46 would be rejected)",
                    value = Examples.MILTON_KEYNES_STAFFING)))
    @APIResponse(responseCode = "201", description = "The first revision was stored",
            headers = @Header(name = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffingView.class),
                    examples = @ExampleObject(name = "milton-keynes", value = Examples.STAFFING_RESPONSE)))
    @APIResponse(responseCode = "200", description = "A new revision, or identical content (same revision, nothing published)")
    @APIResponse(responseCode = "404", description = "Unknown team")
    @APIResponse(responseCode = "422", description = "Invalid content, every failing field listed; for a total FTE that "
            + "disagrees, statedTotalFte and computedTotalFte are top-level members. Also a year that has not started.",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "stated-total-fte-disagrees", value = Examples.FTE_MISMATCH_PROBLEM)))
    public RestResponse<StaffingView> put(@Valid @BeanParam TeamYear at, @Valid @BeanParam ConditionalWrite conditions,
                                          @Valid StaffingRequest body) {
        FinancialYear fy = at.year();
        caller.requireTeamWriter(at.team());
        StaffingInput input = ApiMapper.input(Bodies.require(body));
        return conditions.write(preconditions -> service.submit(at.team(), fy, input, preconditions, caller.subject()),
                ApiMapper::view);
    }

    @GET
    @Operation(summary = "A team's latest staffing for a financial year",
            description = "ETag = revision; If-None-Match naming it (weak or strong, or *) answers 304 without a body.")
    @APIResponse(responseCode = "200", description = "The latest revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffingView.class),
                    examples = @ExampleObject(name = "milton-keynes", value = Examples.STAFFING_RESPONSE)))
    @APIResponse(responseCode = "404", description = "Unknown team, or no staffing for that year")
    public RestResponse<StaffingView> get(@Valid @BeanParam TeamYear at, @Valid @BeanParam ConditionalRead conditions) {
        FinancialYear fy = at.year();
        return conditions.read(() -> service.latest(at.team(), fy), StaffingSnapshot::revision, ApiMapper::view);
    }

    @GET
    @Path("/revisions")
    @Operation(summary = "Every revision of a team's staffing for a financial year, oldest first",
            description = RevisionResponses.REVISIONS_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "All revisions, oldest first")
    @APIResponse(responseCode = "404", description = "Unknown team, or no staffing for that year")
    public RestResponse<List<StaffingView>> revisions(@Valid @BeanParam TeamYear at, @Valid @BeanParam ConditionalRead conditions) {
        FinancialYear fy = at.year();
        return conditions.revisions(() -> service.revisions(at.team(), fy), StaffingSnapshot::revision, ApiMapper::view);
    }
}
