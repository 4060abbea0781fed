package org.yjhub.inspection.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.inspection.domain.FrameworkCatalog;
import org.yjhub.kit.problem.ProblemException;

import java.util.List;

@Path("/api/v1/frameworks")
@Tag(name = "Inspections", description = "HMIP inspections, their frameworks, recommendations and improvement plans")
public class FrameworksResource {

    @Inject
    FrameworkCatalog frameworks;

    @GET
    @Operation(operationId = "listFrameworks", summary = "Inspection frameworks",
            description = """
                    Every framework an inspection may be recorded under, as versioned data: domains and \
                    standards, rating values with points, whether it has a score, the score bands and the overall \
                    rating each gives. hmip-youth-2018: 12 standards, 0–36, bands 0–6 Inadequate, 7–18 Requires \
                    improvement, 19–30 Good, 31–36 Outstanding. hmip-cci-2009: three areas with improvement \
                    judgements, no overall. hmip-headline: the published overall rating alone. Any role.""")
    @APIResponse(responseCode = "200", description = "The frameworks, by id")
    public List<FrameworkView> list() {
        return frameworks.all().stream().map(ApiMapper::view).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getFramework", summary = "One inspection framework", description = "The framework with this id. Any role.")
    @APIResponse(responseCode = "200", description = "The framework")
    @APIResponse(responseCode = "404", description = "No framework with this id")
    public FrameworkView get(@Size(max = Bounds.CODE_LENGTH, message = Bounds.LENGTH_MESSAGE)
            @Pattern(regexp = Bounds.SLUG, message = Bounds.SLUG_MESSAGE) @PathParam("id") String id) {
        return frameworks.find(id).map(ApiMapper::view).orElseThrow(() -> ProblemException.notFound(
                "no framework with id '" + (id.length() > 60 ? id.substring(0, 60) + "…" : id) + "'; one of "
                        + frameworks.ids()));
    }
}
