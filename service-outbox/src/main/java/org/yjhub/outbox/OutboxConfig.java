package org.yjhub.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "yj.outbox")
public interface OutboxConfig {

    /** The topic this service publishes to ({@code org.yjhub.common.events.Topics}). */
    String topic();

    /** CloudEvents source, e.g. {@code /performance-service}. */
    String source();

    /** Whether this instance runs the relay thread. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows published per round trip. */
    @WithDefault("500")
    int batchSize();

    /** How long the relay sleeps when nothing woke it; also the longest time between two of its claims of pending rows. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Longest back-off while Kafka is unreachable. */
    @WithDefault("5s")
    Duration maxBackoff();

    /** How long one send may wait for the broker's acknowledgement. */
    @WithDefault("15s")
    Duration sendTimeout();
}
