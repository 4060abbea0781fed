package org.yjhub.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.yjhub.common.events.EventEnvelope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records change events in the caller's transaction; if the transaction rolls back, so do they. Once it commits, the
 * events of {@link #publish} are handed straight to {@link OutboxRelay}'s producer (or, when that cannot be done at
 * once, published by the relay's next round), and those of {@link #publishAll} (bulk writes) are left to the relay's
 * batches, which it is asked to claim at once: the request that wrote hundreds of events does not wait while they are
 * sent.
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

    @Inject
    EntityManager em;

    /** The key of a transaction's {@link AtCommit} in the transaction's resources. */
    private static final Object AT_COMMIT = new Object();

    private ObjectWriter envelopeWriter;

    @PostConstruct
    void init() {
        envelopeWriter = mapper.writerFor(Envelope.class);
    }

    /**
     * @param aggregateType e.g. {@code kpi-return}
     * @param aggregateId   e.g. {@code milton-keynes/2019-20-Q4}; the Kafka key
     * @param eventType     CloudEvents type, e.g. {@code yjhub.performance.return-submitted.v1}
     * @param version       the aggregate's new version (1, 2, …)
     * @param data          the aggregate's full new state (a record)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String aggregateType, String aggregateId, String eventType, long version, Object data) {
        Instant now = now();
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
        atCommit().rows.add(new OutboxTable.Row(row.id, row.topic, aggregateId, eventType, now, row.payload));
        return envelope;
    }

    /**
     * Records many events in the caller's transaction, as {@link #publish} does for one, with one JDBC batch on the
     * transaction's connection: for bulk writes, where hundreds of events would otherwise cost an entity each. Each
     * payload is the same envelope {@link #publish} writes, with {@code data} serialised straight from the record
     * (no intermediate tree). The events take the list's order in the outbox (and so on the topic), after any event
     * this transaction recorded before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        Instant now = now();
        List<UUID> ids = new ArrayList<>(messages.size());
        List<String> payloads = new ArrayList<>(messages.size());
        for (OutboxMessage m : messages) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            payloads.add(write(new Envelope(id.toString(), m.eventType(), config.source(), m.aggregateType(), m.aggregateId(),
                    m.version(), now, m.data())));
        }
        OffsetDateTime occurredAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        Session session = em.unwrap(Session.class);
        session.flush(); // rows of earlier publish calls in this transaction take their sequence numbers first
        session.doWork(c -> insert(c, messages, ids, payloads, occurredAt));
        atCommit().leftToRelay = true;
    }

    /** The time an event occurred, to the microsecond: what the database keeps, so the stored row and the event agree. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** {@link EventEnvelope} with {@code data} as the record itself: the same properties, in the same order. */
    record Envelope(String id, String type, String source, String aggregateType, String aggregateId, long version,
                    Instant time, Object data) {
    }

    private void insert(Connection c, List<OutboxMessage> messages, List<UUID> ids, List<String> payloads,
                        OffsetDateTime occurredAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_event (id, topic, aggregate_type, aggregate_id, "
                + "event_type, version, occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
            for (int i = 0; i < messages.size(); i++) {
                OutboxMessage m = messages.get(i);
                ps.setObject(1, ids.get(i));
                ps.setString(2, config.topic());
                ps.setString(3, m.aggregateType());
                ps.setString(4, m.aggregateId());
                ps.setString(5, m.eventType());
                ps.setLong(6, m.version());
                ps.setObject(7, occurredAt);
                ps.setString(8, payloads.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** What a transaction hands over when it commits: rows to send at once, and whether the relay has rows to claim. */
    private static final class AtCommit {
        final List<OutboxTable.Row> rows = new ArrayList<>();
        boolean leftToRelay;
    }

    /**
     * The transaction's {@link AtCommit}. The first call of a transaction registers what happens at its end: just
     * before the commit the rows to send are reserved (so the relay, which skips them, cannot send them too); once
     * committed they are sent in the order they were recorded and the relay is asked to claim the rest; otherwise the
     * reservation is released.
     */
    private AtCommit atCommit() {
        AtCommit recorded = (AtCommit) registry.getResource(AT_COMMIT);
        if (recorded != null) {
            return recorded;
        }
        AtCommit created = new AtCommit();
        registry.putResource(AT_COMMIT, created);
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                relay.reserve(created.rows);
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    relay.abandon(created.rows);
                    return;
                }
                if (!created.rows.isEmpty()) {
                    relay.sendCommitted(created.rows);
                }
                if (created.leftToRelay) {
                    relay.claimNow();
                }
            }
        });
        return created;
    }

    private String write(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event cannot be serialised", e);
        }
    }

    private String write(Envelope envelope) {
        try {
            return envelopeWriter.writeValueAsString(envelope);
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
