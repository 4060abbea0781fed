package org.yjhub.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * The dashboard page's sign-in through the organisation's identity provider (OpenID Connect, authorization code with
 * PKCE, as a public client): unset, the page takes a pasted token only. docs/operations.md describes the set-up.
 */
@ConfigMapping(prefix = "yj.dashboard")
public interface DashboardConfig {

    Oidc oidc();

    interface Oidc {

        /** The provider's origin (https://idp.example.org): the one outside origin the page may connect to. */
        Optional<String> origin();

        /** The provider's authorization endpoint, e.g. https://idp.example.org/realms/yjhub/protocol/openid-connect/auth. */
        Optional<String> authorizationEndpoint();

        /** The provider's token endpoint; its origin must also be in YJ_DASHBOARD_OIDC_ORIGIN (the page's CSP). */
        Optional<String> tokenEndpoint();

        /** The public client registered for the dashboard (no secret: the page proves itself with PKCE). */
        Optional<String> clientId();

        /** The scopes asked for. */
        @WithDefault("openid")
        String scope();

        /** How the sign-in button names the provider. */
        @WithDefault("your organisation")
        String name();
    }
}
