package org.yjhub.kit.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/**
 * How many requests a caller may make in each window ({@code yj.rate-limit.*}). The kit's defaults are in its
 * {@code microprofile-config.properties}; a deployment overrides any of them, e.g.
 * {@code YJ_RATE_LIMIT_POLICIES_BULK_AUTHORITY=10}.
 */
@ConfigMapping(prefix = "yj.rate-limit")
public interface RateLimitConfig {

    /** Off only where a run measures throughput (the bench) or in tests that are not about limits. */
    @WithDefault("true")
    boolean enabled();

    /** The window the limits count over; a caller's count starts again at the end of each. */
    @WithDefault("PT1M")
    Duration window();

    /**
     * Requests per window, by policy ({@code default}; {@code bulk}, {@code changes}, … for the operations marked
     * {@link RateLimited}) and by caller: {@code anonymous} (by client address), {@code authenticated} (any valid
     * token), or a role ({@code authority}, {@code analyst}, {@code inspector}, {@code admin}; the caller's largest
     * applies).
     */
    Map<String, Map<String, Integer>> policies();

    /** At most this many callers' counts are held at once; the least recently seen go first. */
    @WithDefault("100000")
    int maxCallers();
}
