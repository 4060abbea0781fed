package org.yjhub.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjhub.gateway.service.AggregateModels.RebuildReport;
import org.yjhub.gateway.service.RebuildService;
import org.yjhub.kit.auth.Roles;

@Path("/api/v1/admin")
@Tag(name = "Administration", description = "Operating the gateway's read model; admin only")
public class AdminResource {

    @Inject
    RebuildService rebuild;

    @POST
    @Path("/rebuild")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rebuildReadModel", summary = "Rebuild the read model from the topics",
            description = "Admin only. Empties the gateway's read-model tables, reads every service topic from the "
                    + "beginning to its current end and applies each event (version-guarded, as the live consumer "
                    + "does), then reloads the in-memory model. Answers keep being served from the previous model "
                    + "until the reload. Not needed after a restart: the read model is persisted.")
    @APIResponse(responseCode = "200", description = "The rebuild's counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuildReport.class),
                    examples = @ExampleObject(name = "rebuilt", value = """
                            {"records":3120,"applied":3100,"notNewer":20,"malformed":0,
                             "topics":{"yjhub.inspection.events":40,"yjhub.performance.events":2900,"yjhub.budget.events":180},
                             "durationMs":8420}""")))
    @APIResponse(responseCode = "409", description = "A rebuild is already running")
    @APIResponse(responseCode = "503", description = "Kafka cannot be reached; nothing was changed")
    public RebuildReport rebuild() {
        return rebuild.rebuild();
    }
}
