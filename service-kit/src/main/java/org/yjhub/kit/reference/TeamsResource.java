package org.yjhub.kit.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.common.reference.Team;
import org.yjhub.kit.http.Body;
import org.yjhub.kit.http.CachedRead;
import org.yjhub.kit.http.PreparedBodies;
import org.yjhub.kit.http.PreparedResponses;

import java.util.function.Supplier;

/** The teams, as every service knows them: reference data, serialised once and served as bytes with their ETag. */
@Path("/api/v1/teams")
@Tag(name = "Reference data")
@SecurityRequirement(name = "jwt")
public class TeamsResource {

    @Inject
    Teams teams;

    @Inject
    ObjectMapper json;

    private final PreparedBodies prepared = new PreparedBodies();

    @GET
    @NonBlocking
    @Operation(summary = "Every youth offending team in England and Wales",
            description = "Reference data: code (a slug), name, region and the local authorities served with their ONS GSS codes.")
    @APIResponse(responseCode = "200", description = "The teams, by name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Team.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    public Response list(@Valid @BeanParam CachedRead conditions) {
        return PreparedResponses.respond(prepared("", teams::all), conditions.ifNoneMatch()).build();
    }

    @GET
    @Path("/{team}")
    @NonBlocking
    @Operation(summary = "One team")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Team.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "Unknown team code")
    public Response get(@Size(max = Bounds.CODE_LENGTH, message = Bounds.LENGTH_MESSAGE)
                        @Pattern(regexp = Bounds.SLUG, message = Bounds.SLUG_MESSAGE)
                        @PathParam("team") String code, @Valid @BeanParam CachedRead conditions) {
        Team team = teams.require(code);
        return PreparedResponses.respond(prepared(team.code(), () -> team), conditions.ifNoneMatch()).build();
    }

    /** Reference data never changes while the service runs: each answer is serialised on first use and kept. */
    private Body prepared(String key, Supplier<Object> view) {
        return prepared.get(key, () -> Body.json(json, view.get()));
    }
}
