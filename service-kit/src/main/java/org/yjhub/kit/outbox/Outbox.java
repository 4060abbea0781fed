package org.yjhub.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.yjhub.common.events.EventEnvelope;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records a change event in the caller's transaction. The event is published by {@link OutboxRelay} once the
 * transaction commits (the relay is woken at commit, so publication normally follows within milliseconds); if the
 * transaction rolls back, so does the event.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper mapper;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry registry;

    /**
     * @param aggregateType e.g. {@code kpi-return}
     * @param aggregateId   e.g. {@code milton-keynes/2019-20-Q4}; the Kafka key
     * @param eventType     CloudEvents type, e.g. {@code yjhub.performance.return-submitted.v1}
     * @param version       the aggregate's new version (1, 2, …)
     * @param data          the aggregate's full new state (a record)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String aggregateType, String aggregateId, String eventType, long version, Object data) {
        Instant now = Instant.now();
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), eventType, config.source(),
                aggregateType, aggregateId, version, now, mapper.valueToTree(data));
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.fromString(envelope.id());
        row.topic = config.topic();
        row.aggregateType = aggregateType;
        row.aggregateId = aggregateId;
        row.eventType = eventType;
        row.version = version;
        row.occurredAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        row.payload = write(envelope);
        row.persist();
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
        return envelope;
    }

    private String write(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event cannot be serialised", e);
        }
    }

    /** Reads an envelope back (for tests and tools). */
    public EventEnvelope read(String json) {
        try {
            return mapper.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not an event envelope", e);
        }
    }
}
