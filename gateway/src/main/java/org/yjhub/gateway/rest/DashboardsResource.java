package org.yjhub.gateway.rest;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.gateway.service.AggregateModels;
import org.yjhub.gateway.service.DashboardQuery;
import org.yjhub.kit.http.CachedRead;

/** A comparator group's dashboard: the region's dashboard, for the teams an analyst grouped. */
@Path("/api/v1/dashboards")
@Tag(name = "Aggregates", description = "Served by the gateway from its read model")
public class DashboardsResource {

    @Inject
    DashboardQuery dashboards;

    @GET
    @Path("/groups/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @NonBlocking
    @Operation(operationId = "getGroupDashboard", summary = "Every team of a comparator group for one quarter",
            description = "The regional dashboard for the members of a comparator group (PUT /api/v1/groups/{code}): "
                    + "for the quarter (?quarter=, default the newest with data), each indicator's pooled figure over "
                    + "the group (group) and England and Wales (national), and every member team (by name) with its "
                    + "newest inspection, each indicator's value with its statistics against ?comparator= (England "
                    + "and Wales by default; group:{code} compares each member with the group), its newest budget "
                    + "total and its open actions. region is null.")
    @APIResponse(responseCode = "200", description = "The dashboard",
            headers = @Header(name = "X-Data-As-Of", description = Cached.DATA_AS_OF_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AggregateModels.Dashboard.class),
                    examples = @ExampleObject(name = "kent-and-medway", value = """
                            {"region":null,"group":{"code":"kent-and-medway","name":"Kent and Medway"},
                             "quarter":"2019-20-Q4",
                             "indicators":[],
                             "teams":[{"team":"kent","name":"Kent","inspection":null,"indicators":[],"budget":null,
                               "openActions":0}]}""")))
    @APIResponse(responseCode = "400", description = "Malformed quarter or comparator")
    @APIResponse(responseCode = "404", description = "Unknown comparator group")
    public Response groupDashboard(@Parameter(example = "kent-and-medway") @Size(max = Bounds.CODE_LENGTH, message = Bounds.LENGTH_MESSAGE) @Pattern(regexp = Bounds.SLUG, message = Bounds.SLUG_MESSAGE)
                                   @PathParam("code") String code,
                                   @Parameter(example = "2019-20-Q4",
                                           schema = @Schema(type = SchemaType.STRING, pattern = Bounds.QUARTER, maxLength = Bounds.QUARTER_LENGTH))
                                   @QueryParam("quarter") String quarter,
                                   @Parameter(description = Cached.COMPARATOR_DESCRIPTION, example = "group:kent-and-medway")
                                   @Size(max = Cached.COMPARATOR_LENGTH, message = Bounds.LENGTH_MESSAGE)
                                   @Pattern(regexp = Cached.COMPARATOR, message = Cached.COMPARATOR_MESSAGE)
                                   @QueryParam("comparator") String comparator,
                                   @Valid @BeanParam CachedRead conditions) {
        return Cached.respond(dashboards.groupDashboard(code, quarter, comparator), conditions.ifNoneMatch());
    }
}
