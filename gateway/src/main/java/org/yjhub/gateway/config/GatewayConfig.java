package org.yjhub.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Where the owning services are, and how long the gateway waits for them. */
@ConfigMapping(prefix = "yj.gateway")
public interface GatewayConfig {

    /** inspection-service base URL (env INSPECTION_URL). */
    @WithDefault("http://localhost:8081")
    String inspectionUrl();

    /** performance-service base URL (env PERFORMANCE_URL). */
    @WithDefault("http://localhost:8082")
    String performanceUrl();

    /** budget-service base URL (env BUDGET_URL). */
    @WithDefault("http://localhost:8083")
    String budgetUrl();

    /** How long to wait for a service to accept the connection. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long to wait for a service's answer (a bulk load of returns may take a while). */
    @WithDefault("30s")
    Duration readTimeout();

    /** Seconds a 503 (service down) tells the client to wait before retrying. */
    @WithDefault("5")
    int retryAfterSeconds();
}
