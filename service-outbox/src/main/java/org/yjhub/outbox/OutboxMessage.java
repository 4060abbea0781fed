package org.yjhub.outbox;

/**
 * One event for {@link Outbox#publishAll}: the same arguments as {@link Outbox#publish}.
 *
 * @param aggregateType e.g. {@code kpi-return}
 * @param aggregateId   e.g. {@code milton-keynes/2019-20-Q4}; the Kafka key
 * @param eventType     CloudEvents type, e.g. {@code yjhub.performance.return-submitted.v1}
 * @param version       the aggregate's new version (1, 2, …)
 * @param data          the aggregate's full new state (a record)
 */
public record OutboxMessage(String aggregateType, String aggregateId, String eventType, long version, Object data) {
}
