package org.yjhub.kit.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which limit applies to a call: the operation's policy (or {@code default}), and within it the caller's largest role
 * limit, else {@code authenticated} for any valid token, or {@code anonymous} for a call without one. A policy that
 * does not name the caller's kind falls back to {@code default}'s; a caller no policy names is not limited.
 */
public final class RateLimitPolicies {

    public static final String DEFAULT = "default";
    public static final String ANONYMOUS = "anonymous";
    public static final String AUTHENTICATED = "authenticated";

    /** A limit: {@code requests} per {@code window}, counted under {@code policy}. */
    public record Limit(String policy, long requests, Duration window) {
    }

    private final Map<String, Map<String, Integer>> policies;
    private final Duration window;

    public RateLimitPolicies(Map<String, Map<String, Integer>> policies, Duration window) {
        this.policies = Map.copyOf(policies);
        this.window = window;
    }

    /**
     * @param policy the operation's policy ({@link #DEFAULT} when it names none)
     * @param roles  the caller's roles; null for a call without a valid token
     */
    public Optional<Limit> limit(String policy, Set<String> roles) {
        Integer requests = requests(policies.get(policy), roles);
        if (requests != null) {
            return Optional.of(new Limit(policy, requests, window));
        }
        requests = requests(policies.get(DEFAULT), roles);
        return requests == null ? Optional.empty() : Optional.of(new Limit(DEFAULT, requests, window));
    }

    private static Integer requests(Map<String, Integer> policy, Set<String> roles) {
        if (policy == null) {
            return null;
        }
        if (roles == null) {
            return policy.get(ANONYMOUS);
        }
        return roles.stream().map(policy::get).filter(Objects::nonNull).max(Integer::compare)
                .orElse(policy.get(AUTHENTICATED));
    }
}
