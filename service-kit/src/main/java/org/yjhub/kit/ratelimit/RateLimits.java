package org.yjhub.kit.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.kit.ratelimit.RateLimiter.Decision;

import java.util.Optional;
import java.util.Set;

/**
 * This instance's limits, as configured ({@link RateLimitConfig}): the policies and the callers' counts. A bean of its
 * own, made on first use, because the REST filters that use it are made before the run-time configuration is read.
 */
@ApplicationScoped
public class RateLimits {

    private final boolean enabled;
    private final RateLimitPolicies policies;
    private final RateLimiter limiter;

    @Inject
    public RateLimits(RateLimitConfig config) {
        this.enabled = config.enabled();
        this.policies = new RateLimitPolicies(config.policies(), config.window());
        this.limiter = new RateLimiter(config.window(), config.maxCallers());
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Counts one call: {@code caller} names who calls ("subject …" or "address …"), {@code roles} are the token's
     * (null without a valid token). Empty when no limit applies to the caller.
     */
    public Optional<Decision> take(String policy, String caller, Set<String> roles) {
        return policies.limit(policy, roles).map(limit -> limiter.take(caller, limit));
    }
}
