package org.yjhub.budget.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjhub.budget.domain.StaffingInput;
import org.yjhub.budget.domain.StaffingSnapshot;
import org.yjhub.budget.rest.StaffingApi.StaffingRequest;
import org.yjhub.budget.rest.StaffingApi.StaffingView;
import org.yjhub.budget.service.StaffingService;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.kit.auth.Caller;
import org.yjhub.kit.http.ConditionalRead;
import org.yjhub.kit.http.ConditionalWrite;
import org.yjhub.kit.http.TeamYear;
import org.yjhub.kit.problem.Problem;
import org.yjhub.kit.problem.ProblemException;


@Path("/api/v1/teams/{team}/staffing/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staffing", description = "FTE by role and contract type, and headcount, per team and financial year")
@SecurityRequirement(name = "jwt")
public class StaffingResource {

    @Inject
    StaffingService service;

    @Inject
    Caller caller;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
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
    @APIResponse(responseCode = "200", description = "A new revision, or identical content (same revision, nothing published)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffingView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or year, or an If-Match or If-None-Match that is not * "
            + "or a list of entity tags (a bare 2); nothing stored")
    @APIResponse(responseCode = "403", description = "Not an authority for this team, nor admin")
    @APIResponse(responseCode = "404", description = "Unknown team")
    @APIResponse(responseCode = "422", description = "Invalid content, every failing field listed; for a total FTE that "
            + "disagrees, statedTotalFte and computedTotalFte are top-level members. Also a year that has not started.",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "stated-total-fte-disagrees", value = Examples.FTE_MISMATCH_PROBLEM)))
    public Response put(@BeanParam TeamYear at, @BeanParam ConditionalWrite conditions, StaffingRequest body) {
        FinancialYear fy = at.year();
        caller.requireTeamWriter(at.team());
        if (body == null) {
            throw ProblemException.badRequest("a JSON body with fte lines is required");
        }
        StaffingInput input = ApiMapper.input(body);
        return conditions.write(preconditions -> service.submit(at.team(), fy, input, preconditions, caller.subject()),
                ApiMapper::view);
    }

    @GET
    @Operation(summary = "A team's latest staffing for a financial year",
            description = "ETag = revision; If-None-Match naming it (weak or strong, or *) answers 304 without a body.")
    @APIResponse(responseCode = "200", description = "The latest revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffingView.class),
                    examples = @ExampleObject(name = "milton-keynes", value = Examples.STAFFING_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Malformed year, or an If-None-Match that is not * or a list of entity tags")
    @APIResponse(responseCode = "404", description = "Unknown team, or no staffing for that year")
    public Response get(@BeanParam TeamYear at, @BeanParam ConditionalRead conditions) {
        FinancialYear fy = at.year();
        return conditions.read(() -> service.latest(at.team(), fy), StaffingSnapshot::revision, ApiMapper::view);
    }

    @GET
    @Path("/revisions")
    @Operation(summary = "Every revision of a team's staffing for a financial year, oldest first",
            description = "Revisions are never changed, so the list changes only with a new revision: its ETag is the latest "
                    + "revision's, and If-None-Match naming it answers 304 without a body.")
    @APIResponse(responseCode = "200", description = "All revisions, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StaffingView.class)))
    @APIResponse(responseCode = "400", description = "Malformed year, or an If-None-Match that is not * or a list of entity tags")
    @APIResponse(responseCode = "404", description = "Unknown team, or no staffing for that year")
    public Response revisions(@BeanParam TeamYear at, @BeanParam ConditionalRead conditions) {
        FinancialYear fy = at.year();
        return conditions.revisions(() -> service.revisions(at.team(), fy), StaffingSnapshot::revision, ApiMapper::view);
    }
}
