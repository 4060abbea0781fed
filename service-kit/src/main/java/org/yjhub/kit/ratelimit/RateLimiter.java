package org.yjhub.kit.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.yjhub.kit.ratelimit.RateLimitPolicies.Limit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per caller and policy (Bucket4j), refilled in full at the end of each window, held in memory and
 * forgotten two windows after the caller's last call. The counts are this instance's: behind several instances a
 * caller may make the limit's worth of calls at each (docs/operations.md says why and what to do about it).
 */
public final class RateLimiter {

    /** What a call was allowed: the limit, whether it was within it, what is left and when the window ends. */
    public record Decision(Limit limit, boolean allowed, long remaining, long resetSeconds) {
    }

    private final Cache<String, Bucket> buckets;

    public RateLimiter(Duration window, int maxCallers) {
        this.buckets = Caffeine.newBuilder().expireAfterAccess(window.multipliedBy(2)).maximumSize(maxCallers).build();
    }

    /** Counts one call of {@code caller} against {@code limit}. */
    public Decision take(String caller, Limit limit) {
        Bucket bucket = buckets.get(limit.policy() + '|' + limit.requests() + '|' + caller, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests())
                        .refillIntervally(limit.requests(), limit.window()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long reset = probe.isConsumed() ? probe.getNanosToWaitForReset() : probe.getNanosToWaitForRefill();
        return new Decision(limit, probe.isConsumed(), probe.getRemainingTokens(), seconds(reset));
    }

    /** Whole seconds, rounded up, at least 1: a client that waits that long finds the window begun again. */
    private static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }
}
