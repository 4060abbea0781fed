package org.yjhub.gateway.service;

import org.yjhub.gateway.config.GatewayConfig;

import java.util.List;
import java.util.Optional;

/**
 * The route table: the services the gateway forwards to, and the path prefixes each owns. A request whose path starts
 * with one of a service's prefixes (segment by segment; {@code *} is any one segment) goes to that service, whatever
 * its method or the rest of its path; the service answers what it does not serve. Everything else under
 * {@code /api/v1} (teams, indicators, regions, comparisons, profiles, dashboards, series, changes, admin) is the
 * gateway's own. The gateway's OpenAPI document lists, from each service's own document, the operations on these
 * prefixes.
 */
public enum Upstream {
    INSPECTION("inspection-service", "inspections, recommendations, improvement-plan actions and frameworks",
            "/api/v1/inspections", "/api/v1/recommendations", "/api/v1/actions", "/api/v1/frameworks"),
    PERFORMANCE("performance-service", "KPI returns, targets and comparator groups",
            "/api/v1/teams/*/returns", "/api/v1/teams/*/targets", "/api/v1/returns", "/api/v1/groups"),
    BUDGET("budget-service", "budgets and staffing",
            "/api/v1/teams/*/budgets", "/api/v1/teams/*/staffing");

    private final String service;
    private final String owns;
    private final List<String[]> prefixes;

    Upstream(String service, String owns, String... prefixes) {
        this.service = service;
        this.owns = owns;
        this.prefixes = java.util.Arrays.stream(prefixes).map(p -> p.substring(1).split("/")).toList();
    }

    public String service() {
        return service;
    }

    public String owns() {
        return owns;
    }

    /** The prefixes this service owns, as written in the table. */
    public List<String> prefixes() {
        return prefixes.stream().map(p -> "/" + String.join("/", p)).toList();
    }

    /** The service that owns {@code path} (a raw request path, or an OpenAPI path template), if any. */
    public static Optional<Upstream> owning(String path) {
        String[] segments = (path.startsWith("/") ? path.substring(1) : path).split("/", -1);
        for (Upstream upstream : values()) {
            for (String[] prefix : upstream.prefixes) {
                if (matches(prefix, segments)) {
                    return Optional.of(upstream);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String[] prefix, String[] segments) {
        if (segments.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (!(prefix[i].equals("*") ? !segments[i].isEmpty() : prefix[i].equals(segments[i]))) {
                return false;
            }
        }
        return true;
    }

    public String baseUrl(GatewayConfig config) {
        String url = switch (this) {
            case INSPECTION -> config.inspectionUrl();
            case PERFORMANCE -> config.performanceUrl();
            case BUDGET -> config.budgetUrl();
        };
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
