package org.yjhub.kit.ratelimit;

import org.junit.jupiter.api.Test;
import org.yjhub.kit.ratelimit.RateLimitPolicies.Limit;
import org.yjhub.kit.ratelimit.RateLimiter.Decision;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    private final Limit threePerMinute = new Limit("default", 3, Duration.ofMinutes(1));
    private final RateLimiter limiter = new RateLimiter(Duration.ofMinutes(1), 1000);

    @Test
    void aCallerMayMakeTheLimitsWorthOfCallsThenIsRefusedUntilTheWindowEnds() {
        assertThat(limiter.take("a", threePerMinute).remaining()).isEqualTo(2);
        assertThat(limiter.take("a", threePerMinute).remaining()).isEqualTo(1);
        Decision third = limiter.take("a", threePerMinute);
        assertThat(third.allowed()).isTrue();
        assertThat(third.remaining()).isZero();
        Decision fourth = limiter.take("a", threePerMinute);
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.resetSeconds()).isBetween(1L, 60L);
    }

    @Test
    void callersAndPoliciesAreCountedApart() {
        for (int i = 0; i < 3; i++) {
            limiter.take("a", threePerMinute);
        }
        assertThat(limiter.take("a", threePerMinute).allowed()).isFalse();
        assertThat(limiter.take("b", threePerMinute).allowed()).isTrue();
        assertThat(limiter.take("a", new Limit("bulk", 3, Duration.ofMinutes(1))).allowed()).isTrue();
    }

    @Test
    void theFieldsNameThePolicyTheQuotaAndWhatIsLeft() {
        Decision d = limiter.take("c", threePerMinute);
        assertThat(RateLimitHeaders.policy(d)).isEqualTo("\"default\";q=3;w=60");
        assertThat(RateLimitHeaders.remaining(d)).matches("\"default\";r=2;t=([1-9]|[1-5][0-9]|60)");
    }
}
