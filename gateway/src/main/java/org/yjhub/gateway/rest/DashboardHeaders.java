package org.yjhub.gateway.rest;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.yjhub.gateway.config.DashboardConfig;

import java.util.regex.Pattern;

/**
 * The dashboard page's security headers, on the page and its assets (/, /index.html, /dashboard/*): a strict
 * Content-Security-Policy — scripts, styles and connections from this origin only (plus the identity provider's token
 * endpoint when sign-in through it is configured), no inline script or style, nothing framed — and no Referer sent
 * anywhere. Set on every answer of those paths, static files included, at run time (so the provider's origin is
 * configuration).
 */
@ApplicationScoped
public class DashboardHeaders {

    static final Pattern PAGE = Pattern.compile("/|/index\\.html|/dashboard/.*");

    @Inject
    DashboardConfig config;

    void install(@Observes Router router) {
        String policy = policy(config.oidc().origin().orElse(""));
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (PAGE.matcher(context.normalizedPath()).matches()) {
                context.addHeadersEndHandler(ignored -> context.response().headers()
                        .set("Content-Security-Policy", policy)
                        .set("Referrer-Policy", "no-referrer")
                        .set("X-Content-Type-Options", "nosniff")
                        .set("X-Frame-Options", "DENY"));
            }
            context.next();
        });
    }

    static String policy(String providerOrigin) {
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'"
                + (providerOrigin.isBlank() ? "" : " " + providerOrigin.trim())
                + "; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }
}
