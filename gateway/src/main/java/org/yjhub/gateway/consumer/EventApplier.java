package org.yjhub.gateway.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.yjhub.common.events.EventEnvelope;
import org.yjhub.gateway.readmodel.Change;
import org.yjhub.gateway.readmodel.Change.BudgetChange;
import org.yjhub.gateway.readmodel.Change.InspectionChange;
import org.yjhub.gateway.readmodel.Change.ReturnChange;
import org.yjhub.gateway.readmodel.Change.StaffingChange;
import org.yjhub.gateway.readmodel.Change.TargetsChange;
import org.yjhub.gateway.repository.ReadModelRepository;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes mapped events to the tables if, and only if, each is newer than the version held for its aggregate. The
 * version check (an upsert guarded by {@code version < excluded.version}) and the rows of every event of a consumer
 * batch commit in one transaction (events in order, each checked on its own), which saves a commit per event when a
 * bulk load arrives.
 */
@ApplicationScoped
public class EventApplier {

    /** An event and its change, mapped once; the change is null for an aggregate type the read model does not hold. */
    public record Mapped(EventEnvelope event, Change change) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    ReadModelRepository repository;

    /** @return the events that were newer and have been written, in order */
    @Transactional
    public List<Mapped> applyAll(List<Mapped> events) {
        List<Mapped> newer = new ArrayList<>(events.size());
        for (Mapped mapped : events) {
            if (advance(mapped.event())) {
                if (mapped.change() != null) {
                    write(mapped.change());
                }
                newer.add(mapped);
            }
        }
        return newer;
    }

    private boolean advance(EventEnvelope event) {
        return em.createNativeQuery("""
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
                .executeUpdate() > 0;
    }

    private void write(Change change) {
        if (change instanceof ReturnChange r) {
            repository.replaceReturn(r.team(), r.quarter(), r.values());
        } else if (change instanceof TargetsChange t) {
            repository.replaceTargets(t.team(), t.year(), t.targets());
        } else if (change instanceof InspectionChange i) {
            repository.putInspection(i.inspection());
        } else if (change instanceof BudgetChange b) {
            repository.putBudget(b.budget());
        } else if (change instanceof StaffingChange s) {
            repository.putStaffing(s.staffing());
        }
        // a GroupChange has no table of its own: the group's full state is its event's data, which advance() has
        // just stored in aggregate_state, and the loader reads it from there
    }

    private String json(EventEnvelope event) {
        try {
            return mapper.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
