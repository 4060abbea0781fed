package org.yjhub.gateway.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.yjhub.gateway.config.DashboardConfig;

/**
 * What the dashboard page needs before anyone signs in: whether, and where, it may send the user to the
 * organisation's identity provider. Public (it holds no secret) and not part of the API.
 */
@Path("/dashboard/config")
public class DashboardConfigResource {

    /** The provider's endpoints and the page's client id; oidc is null when sign-in through a provider is not set up. */
    public record PageConfig(Oidc oidc) {
    }

    public record Oidc(String authorizationEndpoint, String tokenEndpoint, String clientId, String scope, String name) {
    }

    @Inject
    DashboardConfig config;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public PageConfig get() {
        DashboardConfig.Oidc oidc = config.oidc();
        if (oidc.authorizationEndpoint().isEmpty() || oidc.tokenEndpoint().isEmpty() || oidc.clientId().isEmpty()) {
            return new PageConfig(null);
        }
        return new PageConfig(new Oidc(oidc.authorizationEndpoint().get(), oidc.tokenEndpoint().get(),
                oidc.clientId().get(), oidc.scope(), oidc.name()));
    }
}
