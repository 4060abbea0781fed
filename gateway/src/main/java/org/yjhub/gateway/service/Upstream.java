package org.yjhub.gateway.service;

import org.yjhub.gateway.config.GatewayConfig;

/** The services the gateway forwards to, and what each owns. */
public enum Upstream {
    INSPECTION("inspection-service", "inspections, recommendations, improvement-plan actions and frameworks"),
    PERFORMANCE("performance-service", "KPI returns and targets"),
    BUDGET("budget-service", "budgets and staffing");

    private final String service;
    private final String owns;

    Upstream(String service, String owns) {
        this.service = service;
        this.owns = owns;
    }

    public String service() {
        return service;
    }

    public String owns() {
        return owns;
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
