package org.yjhub.kit.reference;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjhub.common.reference.Team;

import java.util.List;

@Path("/api/v1/teams")
@Tag(name = "Reference data")
@SecurityRequirement(name = "jwt")
public class TeamsResource {

    @Inject
    Teams teams;

    @GET
    @Operation(summary = "Every youth offending team in England and Wales",
            description = "Reference data: code (a slug), name, region and the local authorities served with their ONS GSS codes.")
    @APIResponse(responseCode = "200", description = "The teams, by name")
    @APIResponse(responseCode = "401", description = "No valid token")
    public List<Team> list() {
        return teams.all();
    }

    @GET
    @Path("/{team}")
    @Operation(summary = "One team")
    @APIResponse(responseCode = "200", description = "The team")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "Unknown team code")
    public Team get(@PathParam("team") String code) {
        return teams.require(code);
    }
}
