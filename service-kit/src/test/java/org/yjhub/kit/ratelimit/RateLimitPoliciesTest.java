package org.yjhub.kit.ratelimit;

import org.junit.jupiter.api.Test;
import org.yjhub.kit.ratelimit.RateLimitPolicies.Limit;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitPoliciesTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final RateLimitPolicies policies = new RateLimitPolicies(Map.of(
            "default", Map.of("anonymous", 120, "authenticated", 1200, "admin", 12000),
            "bulk", Map.of("authenticated", 30, "admin", 600),
            "changes", Map.of("analyst", 90)), MINUTE);

    @Test
    void aCallWithoutATokenCountsAsAnonymous() {
        assertThat(policies.limit("default", null)).contains(new Limit("default", 120, MINUTE));
    }

    @Test
    void aTokenWithoutANamedRoleGetsTheAuthenticatedLimit() {
        assertThat(policies.limit("default", Set.of("authority"))).contains(new Limit("default", 1200, MINUTE));
        assertThat(policies.limit("default", Set.of())).contains(new Limit("default", 1200, MINUTE));
    }

    @Test
    void theCallersLargestRoleLimitApplies() {
        assertThat(policies.limit("default", Set.of("analyst", "admin"))).contains(new Limit("default", 12000, MINUTE));
    }

    @Test
    void anOperationsOwnPolicyIsStricterAndCountedApart() {
        assertThat(policies.limit("bulk", Set.of("authority"))).contains(new Limit("bulk", 30, MINUTE));
        assertThat(policies.limit("bulk", Set.of("admin"))).contains(new Limit("bulk", 600, MINUTE));
    }

    @Test
    void aPolicyThatDoesNotNameTheCallerFallsBackToTheDefaultPolicy() {
        assertThat(policies.limit("bulk", null)).contains(new Limit("default", 120, MINUTE));
        assertThat(policies.limit("changes", Set.of("authority"))).contains(new Limit("default", 1200, MINUTE));
        assertThat(policies.limit("changes", Set.of("analyst"))).contains(new Limit("changes", 90, MINUTE));
        assertThat(policies.limit("unknown", Set.of("analyst"))).contains(new Limit("default", 1200, MINUTE));
    }

    @Test
    void aCallerNoPolicyNamesIsNotLimited() {
        RateLimitPolicies onlyTokens = new RateLimitPolicies(Map.of("default", Map.of("authenticated", 10)), MINUTE);
        assertThat(onlyTokens.limit("default", null)).isEmpty();
    }
}
