package org.yjhub.gateway.consumer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.yjhub.common.events.EventEnvelope;
import org.yjhub.gateway.consumer.EventApplier.Mapped;
import org.yjhub.gateway.events.ChangeMapper;
import org.yjhub.gateway.events.MalformedEventException;
import org.yjhub.gateway.readmodel.ChangeFeed;
import org.yjhub.gateway.readmodel.ReadModel;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One event into the read model: parse and check it, map it once to a change, write that to the tables
 * (version-guarded, one transaction), and once committed apply it to the in-memory snapshot and announce it on the
 * change feed. Used by the live consumer and by the rebuild alike.
 */
@Startup
@ApplicationScoped
public class Ingest {

    private static final Logger LOG = Logger.getLogger(Ingest.class);

    /** Counter {@value}, tagged outcome = applied, not-newer or malformed: what the read model made of each event. */
    public static final String EVENTS_METRIC = "yj.gateway.events";

    @Inject
    ObjectMapper objectMapper;

    @Inject
    ChangeMapper changes;

    @Inject
    EventApplier applier;

    @Inject
    ReadModel readModel;

    @Inject
    ChangeFeed feed;

    @Inject
    MeterRegistry registry;

    private Counter applied;
    private Counter notNewer;
    private Counter malformed;

    /** Reads numbers exactly (a full-precision rate must not pass through a double). */
    private ObjectMapper exact;

    @PostConstruct
    void init() {
        exact = objectMapper.copy()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        applied = registry.counter(EVENTS_METRIC, "outcome", "applied");
        notNewer = registry.counter(EVENTS_METRIC, "outcome", "not-newer");
        malformed = registry.counter(EVENTS_METRIC, "outcome", "malformed");
    }

    /** Parses a record value; throws {@link MalformedEventException} for anything that is not a usable envelope. */
    public EventEnvelope parse(String payload) {
        EventEnvelope event;
        try {
            event = exact.readValue(payload, EventEnvelope.class);
        } catch (Exception e) {
            malformed.increment();
            throw new MalformedEventException("not a YJ Hub event envelope: " + e.getMessage(), e);
        }
        if (event == null || event.id() == null || event.aggregateType() == null || event.aggregateId() == null
                || event.type() == null || event.time() == null || event.data() == null) {
            malformed.increment();
            throw new MalformedEventException("the envelope lacks id, type, aggregateType, aggregateId, time or data");
        }
        try {
            UUID.fromString(event.id());
        } catch (IllegalArgumentException e) {
            malformed.increment();
            throw new MalformedEventException("the event id is not a UUID: " + event.id());
        }
        return event;
    }

    /** What became of a list of events. */
    public record Result(int applied, int notNewer, int malformed) {
    }

    /**
     * Maps each event once to its change, writes the changes to the tables in one transaction (each version-guarded as
     * {@link EventApplier} does), then — once committed — applies them to memory and publishes them on the change feed,
     * in that order. An event whose data cannot become rows is logged and skipped. Any other failure (the database is
     * down) leaves nothing changed: retry the whole list.
     */
    public Result ingest(List<EventEnvelope> events) {
        List<Mapped> mapped = new ArrayList<>(events.size());
        List<String> rejected = new ArrayList<>();
        for (EventEnvelope event : events) {
            try {
                mapped.add(new Mapped(event, changes.toChange(event)));
            } catch (MalformedEventException e) {
                rejected.add("event " + event.id() + ": " + e.getMessage());
            }
        }
        List<Mapped> newer = mapped.isEmpty() ? List.of() : applier.applyAll(mapped);

        // committed: from here on nothing may throw back to the caller (a retry would find the events not newer)
        rejected.forEach(r -> LOG.errorf("skipping %s", r));
        malformed.increment(rejected.size());
        for (Mapped m : newer) {
            if (m.change() != null) {
                remember(m);
            }
        }
        int notNewerCount = mapped.size() - newer.size();
        applied.increment(newer.size());
        notNewer.increment(notNewerCount);
        return new Result(newer.size(), notNewerCount, rejected.size());
    }

    private void remember(Mapped m) {
        try {
            if (readModel.apply(m.change())) {
                feed.publish(m.change().meta());
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "event %s is stored but the in-memory read model could not apply it; it will be "
                    + "current after the next restart or rebuild", m.event().id());
        }
    }
}
