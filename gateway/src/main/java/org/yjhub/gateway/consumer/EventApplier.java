package org.yjhub.gateway.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.yjhub.common.events.EventEnvelope;
import org.yjhub.gateway.readmodel.Projection;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/**
 * Applies an event to the read model if, and only if, its version is newer than the one held for its aggregate.
 * The version check (an upsert guarded by {@code version < excluded.version}) and every projection's update run in
 * one transaction — per event, or for a whole consumer batch (events in order, each checked on its own), which saves
 * a commit per event when a bulk load arrives.
 */
@ApplicationScoped
public class EventApplier {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    @All
    List<Projection> projections;

    /** @return true when the event was newer and has been applied, false when it was a duplicate or older. */
    @Transactional
    public boolean apply(EventEnvelope event) {
        return applyInTransaction(event);
    }

    /**
     * Applies the events in order in one transaction (a consumer batch), each version-guarded as {@link #apply} does.
     *
     * @return for each event, whether it was newer and has been applied
     */
    @Transactional
    public boolean[] applyAll(List<EventEnvelope> events) {
        boolean[] applied = new boolean[events.size()];
        for (int i = 0; i < applied.length; i++) {
            applied[i] = applyInTransaction(events.get(i));
        }
        return applied;
    }

    private boolean applyInTransaction(EventEnvelope event) {
        int changed = em.createNativeQuery("""
                        INSERT INTO aggregate_state (aggregate_type, aggregate_id, version, event_id, event_type, event_time, data, applied_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS jsonb), now())
                        ON CONFLICT (aggregate_type, aggregate_id) DO UPDATE
                          SET version = excluded.version, event_id = excluded.event_id, event_type = excluded.event_type,
                              event_time = excluded.event_time, data = excluded.data, applied_at = now()
                          WHERE aggregate_state.version < excluded.version
                        """)
                .setParameter(1, event.aggregateType())
                .setParameter(2, event.aggregateId())
                .setParameter(3, event.version())
                .setParameter(4, UUID.fromString(event.id()))
                .setParameter(5, event.type())
                .setParameter(6, Timestamp.from(event.time()))
                .setParameter(7, json(event))
                .executeUpdate();
        if (changed == 0) {
            return false;
        }
        for (Projection projection : projections) {
            if (projection.handles(event.aggregateType())) {
                projection.apply(event);
            }
        }
        return true;
    }

    private String json(EventEnvelope event) {
        try {
            return mapper.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
