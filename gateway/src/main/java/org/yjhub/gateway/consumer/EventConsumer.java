package org.yjhub.gateway.consumer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.yjhub.common.events.EventEnvelope;
import org.yjhub.gateway.events.MalformedEventException;

import java.util.ArrayList;
import java.util.List;

/**
 * Receives every service's change events, a poll's batch at a time, and hands them to {@link Ingest}. A malformed
 * record is logged and skipped (it can never become valid); a failure to apply (the database is down) is retried with
 * back-off, so the partition waits rather than skipping an event.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    @Inject
    Ingest ingest;

    @Incoming("inspection-events")
    @Blocking
    public void inspection(List<String> payloads) {
        consume(payloads);
    }

    @Incoming("performance-events")
    @Blocking
    public void performance(List<String> payloads) {
        consume(payloads);
    }

    @Incoming("budget-events")
    @Blocking
    public void budget(List<String> payloads) {
        consume(payloads);
    }

    /** One poll's records of a channel, in partition order. */
    void consume(List<String> payloads) {
        List<EventEnvelope> events = new ArrayList<>(payloads.size());
        for (String payload : payloads) {
            try {
                events.add(ingest.parse(payload));
            } catch (MalformedEventException e) {
                LOG.errorf("skipping a record that is not a YJ Hub event envelope: %s", e.getMessage());
            }
        }
        if (events.isEmpty()) {
            return;
        }
        long backoff = 100;
        while (true) {
            try {
                ingest.ingest(events);
                return;
            } catch (RuntimeException e) {
                EventEnvelope first = events.get(0);
                LOG.warnf("cannot apply %d event(s) from %s (%s %s v%d) yet: %s; retrying", events.size(), first.id(),
                        first.aggregateType(), first.aggregateId(), first.version(), e.toString());
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
