package org.yjhub.gateway.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.yjhub.common.events.EventEnvelope;

/**
 * Receives every service's change events and hands them to {@link EventApplier}. A malformed record is logged and
 * skipped (it can never become valid); a failure to apply (the database is down) is retried with back-off, so the
 * partition waits rather than skipping an event.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    EventApplier applier;

    @Incoming("inspection-events")
    @Blocking
    public void inspection(String payload) {
        consume(payload);
    }

    @Incoming("performance-events")
    @Blocking
    public void performance(String payload) {
        consume(payload);
    }

    @Incoming("budget-events")
    @Blocking
    public void budget(String payload) {
        consume(payload);
    }

    void consume(String payload) {
        EventEnvelope event;
        try {
            event = mapper.readValue(payload, EventEnvelope.class);
        } catch (Exception e) {
            LOG.errorf("skipping a record that is not a YJ Hub event envelope: %s", e.getMessage());
            return;
        }
        long backoff = 100;
        while (true) {
            try {
                applier.apply(event);
                return;
            } catch (RuntimeException e) {
                LOG.warnf("cannot apply event %s (%s %s v%d) yet: %s; retrying", event.id(), event.aggregateType(),
                        event.aggregateId(), event.version(), e.toString());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoff = Math.min(backoff * 2, 5000);
            }
        }
    }
}
