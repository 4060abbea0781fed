package org.yjhub.budget.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjhub.budget.rest.BudgetApi.BudgetRequest;
import org.yjhub.budget.rest.BudgetApi.BudgetResponse;
import org.yjhub.budget.service.BudgetService;
import org.yjhub.budget.service.Outcome;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.kit.auth.Caller;
import org.yjhub.kit.http.EntityTags;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.http.RevisionResponses;
import org.yjhub.kit.problem.Problem;
import org.yjhub.kit.problem.ProblemException;

import java.util.List;

@Path("/api/v1/teams/{team}/budgets/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets", description = "Partner contributions per team and financial year, with checked totals")
@SecurityRequirement(name = "jwt")
public class BudgetResource {

    @Inject
    BudgetService service;

    @Inject
    Caller caller;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a team's budget for a financial year",
            description = "Partner contributions in whole pounds, each split into staff (in kind) and delegated (cash). "
                    + "The service computes the staff, delegated and overall totals, each line's total and share, and "
                    + "the change from the previous year's latest budget. A statedTotal (or a line total) that differs "
                    + "from the computed one is rejected with both figures. Every revision is kept; re-sending "
                    + "identical content (lines in any order) returns the current revision with 200 and publishes "
                    + "nothing. If-Match with the ETag you last read guards against overwriting someone else's change (412 "
                    + "naming currentRevision and currentETag otherwise; a weak W/\"2\" never matches); If-None-Match: * "
                    + "creates only; a header that is not an entity-tag list is a 400. The ETag carries the budget's event "
                    + "version, which equals the revision until the previous year's budget changes this one's year-on-year "
                    + "figures (then it runs ahead, as the figures have changed). "
                    + "Writers: an authority for its own team, or admin. Publishes yjhub.budget.budget-submitted.v1; "
                    + "a change that alters the next year's year-on-year figures republishes that year's budget too "
                    + "(same revision, higher event version).")
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
            headers = {@Header(name = "ETag", description = RevisionResponses.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Location", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetResponse.class),
                    examples = @ExampleObject(name = "medway", value = Examples.BUDGET_RESPONSE)))
    @APIResponse(responseCode = "200", description = "A new revision was stored, or the content was identical to the "
            + "current revision (same revision returned, nothing published)",
            headers = @Header(name = "ETag", description = RevisionResponses.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or year, or an If-Match or If-None-Match that is not * "
            + "or a list of entity tags (a bare 2); nothing stored", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bare number", value = Examples.IF_MATCH_MALFORMED_PROBLEM)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an authority for this team, nor admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown team", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current ETag with a strong tag (or there is "
            + "no budget yet), or If-None-Match names it (* when a budget exists); currentRevision and currentETag say "
            + "where it stands; nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "stale", value = Examples.STALE_PROBLEM)))
    @APIResponse(responseCode = "415", description = "Body is not application/json", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid content: every failing field is listed; for a total that "
            + "disagrees, statedTotal and computedTotal are top-level members. Also a year that has not started.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stated-total-disagrees", value = Examples.TOTAL_MISMATCH_PROBLEM)))
    public Response put(@Parameter(description = "Team code", example = "milton-keynes") @PathParam("team") String team,
                        @Parameter(description = "Financial year", example = "2019-20") @PathParam("year") String year,
                        @Parameter(in = ParameterIn.HEADER, name = EntityTags.IF_MATCH, description = "The ETag you last read, or *",
                                example = "\"2\"") @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
                        @Parameter(in = ParameterIn.HEADER, name = EntityTags.IF_NONE_MATCH, description = "* to create only",
                                example = "*") @HeaderParam(EntityTags.IF_NONE_MATCH) String ifNoneMatch,
                        @Context UriInfo uri,
                        BudgetRequest body) {
        FinancialYear fy = FinancialYear.parse(year);
        caller.requireTeamWriter(team);
        if (body == null) {
            throw ProblemException.badRequest("a JSON body with contributions is required");
        }
        Preconditions preconditions = Preconditions.of(ifMatch, ifNoneMatch);
        BudgetService.Submission result = service.submit(team, fy, ApiMapper.input(body), preconditions, caller.subject());
        return RevisionResponses.written(result.outcome() == Outcome.CREATED, uri.getRequestUri(), result.version(),
                ApiMapper.response(result.budget()));
    }

    @GET
    @Operation(summary = "A team's latest budget for a financial year",
            description = "The latest revision with its totals, shares and the change from the previous year's latest budget. "
                    + "The ETag carries the budget's event version (see the PUT); If-None-Match naming it (weak or strong, "
                    + "or *) answers 304 without a body.")
    @APIResponse(responseCode = "200", description = "The latest revision",
            headers = @Header(name = "ETag", description = RevisionResponses.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetResponse.class),
                    examples = @ExampleObject(name = "medway", value = Examples.BUDGET_RESPONSE)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag (weak or strong, or *); no body",
            headers = @Header(name = "ETag", description = RevisionResponses.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Malformed year, or an If-None-Match that is not * or a list of entity tags",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown team, or no budget for that year", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "medway") @PathParam("team") String team,
                        @Parameter(example = "2020-21") @PathParam("year") String year,
                        @Parameter(in = ParameterIn.HEADER, name = EntityTags.IF_NONE_MATCH, description = "The ETag last read", example = "\"1\"")
                        @HeaderParam(EntityTags.IF_NONE_MATCH) String ifNoneMatch) {
        FinancialYear fy = FinancialYear.parse(year);
        Preconditions preconditions = Preconditions.of(null, ifNoneMatch);
        BudgetService.Current current = service.latest(team, fy);
        return RevisionResponses.read(preconditions, current.version(), () -> ApiMapper.response(current.budget()));
    }

    @GET
    @Path("/revisions")
    @Operation(summary = "Every revision of a team's budget for a financial year, oldest first",
            description = "Each revision as it was submitted; the previous-year comparison of every revision is against "
                    + "the previous year's latest budget. The list carries no ETag and conditional headers are ignored: "
                    + "those comparisons change with the previous year's budget, which no version of this one tracks for "
                    + "every past revision.")
    @APIResponse(responseCode = "200", description = "All revisions, oldest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = BudgetResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed year", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown team, or no budget for that year", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<BudgetResponse> revisions(@Parameter(example = "milton-keynes") @PathParam("team") String team,
                                          @Parameter(example = "2019-20") @PathParam("year") String year) {
        return service.revisions(team, FinancialYear.parse(year)).stream().map(ApiMapper::response).toList();
    }
}
