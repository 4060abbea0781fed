package org.yjhub.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjhub.gateway.service.Forwarder;
import org.yjhub.gateway.service.Upstream;
import org.yjhub.kit.problem.Problem;

/** Bulk KPI returns: forwarded to the performance-service. */
@Path("/api/v1/returns")
@Tag(name = "KPI returns (forwarded to performance-service)")
public class BulkReturnsForwardResource {

    @Inject
    Forwarder forwarder;

    @POST
    @Path("/bulk")
    @Operation(summary = "Load many KPI returns from CSV, all or nothing",
            description = "Forwarded unchanged (Content-Type: text/csv) to the performance-service. Header row "
                    + "team,quarter,indicator,numerator,denominator. 200 {returns, values}, or 422 listing every bad "
                    + "row with nothing stored. An authority may only load its own team's rows. The gateway waits up to "
                    + "its read timeout (30 s by default) for the answer.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv",
            examples = @ExampleObject(name = "two rows", value = """
                    team,quarter,indicator,numerator,denominator
                    milton-keynes,2019-20-Q4,custody-rate,5,19230
                    milton-keynes,2019-20-Q4,fte-rate,41,19230
                    """)))
    @APIResponse(responseCode = "200", description = "Loaded: the number of returns and values")
    @APIResponse(responseCode = "400", description = "Malformed CSV", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Rows for another team than the authority's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body too large", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not text/csv", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Bad rows, every one listed with its row number; nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The performance-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> bulk(byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.PERFORMANCE, "POST", uri, headers, body);
    }
}
