package org.yjhub.performance.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.kit.auth.Caller;
import org.yjhub.kit.auth.Roles;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.ratelimit.RateLimited;
import org.yjhub.performance.rest.ApiModels.BulkResultView;
import org.yjhub.performance.service.BulkService;

@Path("/api/v1/returns/bulk")
@Tag(name = "KPI returns")
public class BulkResource {

    /**
     * The longest file: quarkus.http.limits.max-body-size (20M, application.properties; 413 beyond it), as the document
     * declares it. BulkResourceTest keeps the two equal.
     */
    static final int MAX_CSV_LENGTH = 20 * 1024 * 1024;

    static final String EXAMPLE_CSV = """
            team,quarter,indicator,numerator,denominator,source
            milton-keynes,2019-20-Q4,custody-rate,5,19230,Youth Justice Plan 2019/20
            milton-keynes,2019-20-Q4,fte-rate,42,19230,Youth Justice Plan 2019/20
            medway,2019-20-Q4,custody-rate,12,26500,Youth Justice Plan 2020/21
            """;
    static final String EXAMPLE_422 = """
            {"type":"https://yjhub.org/problems/validation","title":"Validation failed","status":422,\
            "detail":"the file is invalid: 2 problems; see errors. Nothing was stored.",\
            "errors":[{"row":2,"field":"denominator","message":"must be above zero (a rate cannot be computed over a zero denominator)"},\
            {"row":3,"field":"indicator","message":"duplicate of row 1: the file may hold one row per team, quarter and indicator \
            (milton-keynes, 2019-20-Q4, custody-rate)"}]}""";

    @Inject
    BulkService service;

    @Inject
    Caller caller;

    @POST
    @RateLimited("bulk")
    @Consumes(Http.CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Load many KPI values from CSV, all or nothing",
            description = """
                    Header row `team,quarter,indicator,numerator,denominator`, optionally also `rate` (checked like a \
                    JSON rate), `source` and `synthetic` (true/false), in any order; one value per row; RFC 4180 quoting; UTF-8. \
                    Rows are grouped into one return per team and quarter; each return becomes a new revision holding exactly \
                    the file's rows for it (a full replacement, as with PUT), or stays as it is when identical (counted in \
                    `unchanged`). All rows of one return must carry the same source and synthetic flag. Everything is checked \
                    first and stored in one transaction: if any row is bad, the answer is 422 listing every bad row and \
                    nothing is stored. **Row numbers count data rows from 1, after the header** (blank lines are skipped and \
                    not counted). One event per new revision, as for PUT. An authority may only load its own team's rows \
                    (403 naming the first foreign row, nothing stored); admin any team. Sized for a national load \
                    (155 teams × 4 quarters × 14 indicators); the body limit is 20 MB.""")
    @RequestBody(required = true, content = @Content(mediaType = Http.CSV, schema = @Schema(type = SchemaType.STRING,
            maxLength = MAX_CSV_LENGTH, pattern = Bounds.PLAIN_TEXT),
            examples = @ExampleObject(name = "two teams", value = EXAMPLE_CSV)))
    @APIResponse(responseCode = "200", description = "Stored: new revisions, their values, and the returns that were unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResultView.class),
                    examples = @ExampleObject(name = "loaded", value = "{\"returns\":2,\"values\":3,\"unchanged\":0}")))
    @APIResponse(responseCode = "400", description = "Not readable as CSV (e.g. an unterminated quote); errors names the row")
    @APIResponse(responseCode = "403", description = "Neither admin nor authority, or an authority loading another team's rows")
    @APIResponse(responseCode = "413", description = "Body over 20 MB")
    @APIResponse(responseCode = "415", description = "Body is not text/csv",
            content = @Content(mediaType = Http.PROBLEM, examples = @ExampleObject(name = "not csv", value = Http.PROBLEM_415)))
    @APIResponse(responseCode = "422", description = "Bad header or rows: errors lists every bad row as {row, field, message}",
            content = @Content(mediaType = Http.PROBLEM, examples = @ExampleObject(name = "bad rows", value = EXAMPLE_422)))
    public BulkResultView load(String csv) {
        String onlyTeam;
        if (caller.has(Roles.ADMIN)) {
            onlyTeam = null;
        } else if (caller.has(Roles.AUTHORITY) && caller.team() != null) {
            onlyTeam = caller.team();
        } else {
            throw ProblemException.forbidden("loading returns needs the authority role (for the team's own rows) or admin");
        }
        BulkService.Result result = service.load(csv, onlyTeam, caller.subject());
        return new BulkResultView(result.returns(), result.values(), result.unchanged());
    }
}
