package org.yjhub.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes outbox rows to Kafka and stamps them sent. Two paths lead to Kafka, and every row takes at least one:
 * <ul>
 * <li><b>At commit.</b> A transaction that wrote events hands them, once committed, straight to the producer
 * ({@link #sendCommitted}): no query and no thread hand-off before the send, so an event is on its way within a
 * fraction of a millisecond of the commit. When the broker acknowledges, the relay thread stamps the rows sent. Only
 * while the relay is healthy and its producer exists; otherwise the rows wait for the relay.</li>
 * <li><b>The relay thread.</b> One per service instance; it wakes after commits and acknowledgements, and otherwise
 * polls. It claims pending rows, oldest first, with {@code FOR UPDATE SKIP LOCKED} (so several instances may run side
 * by side), skipping the rows this instance has in flight on the first path, publishes them and stamps them sent.
 * While Kafka is unreachable the rows stay pending and the relay backs off; nothing is lost.</li>
 * </ul>
 * Delivery is at least once: a row another instance's relay claims between this instance's commit and its stamp is
 * published twice. Every event carries its aggregate's full state and version, and consumers apply only a newer
 * version, so a repeat, or an older version arriving after a newer one, changes nothing. Records carry the aggregate
 * id as key and CloudEvents binary-mode headers; the producer is idempotent with {@code acks=all}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    DataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxProducer producer;

    @Inject
    MeterRegistry registry;

    private final Object signal = new Object();
    private final AtomicLong pending = new AtomicLong();
    /** Rows of committing or committed transactions sent on the first path and not yet stamped: the relay skips them. */
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    /** Rows the broker has acknowledged on the first path, for the relay to stamp sent. */
    private final Queue<UUID> delivered = new ConcurrentLinkedQueue<>();
    private volatile boolean woken;
    /** Set when rows were left to the relay: its next round claims pending rows even though it was woken. */
    private volatile boolean claimRequested;
    private volatile boolean running;
    private volatile boolean healthy = true;
    private Thread thread;
    private Counter published;
    private Counter publishedAtCommit;

    void start(@Observes StartupEvent event) {
        published = publishedCounter("relay");
        publishedAtCommit = publishedCounter("commit");
        Gauge.builder("yj.outbox.pending", pending, AtomicLong::get)
                .description("events waiting to be published, as of the relay's last round").register(registry);
        if (!config.relayEnabled()) {
            LOG.info("outbox relay disabled on this instance");
            return;
        }
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private Counter publishedCounter(String path) {
        return Counter.builder("yj.outbox.published").tag("path", path)
                .description("events published to Kafka (path: by the relay's round, or at commit)").register(registry);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wake();
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        producer.close();
    }

    /** Wakes the relay (to stamp what the broker acknowledged). */
    private void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** Asks the relay to claim and publish pending rows now. */
    public void claimNow() {
        claimRequested = true;
        wake();
    }

    /**
     * Called before a transaction that wrote these rows commits: from now on the relay leaves them to
     * {@link #sendCommitted} (or, if the transaction does not commit, to no one: call {@link #abandon}).
     */
    void reserve(List<OutboxTable.Row> rows) {
        rows.forEach(r -> inFlight.add(r.id()));
    }

    /** The transaction that wrote these rows did not commit. */
    void abandon(List<OutboxTable.Row> rows) {
        rows.forEach(r -> inFlight.remove(r.id()));
    }

    /**
     * Sends the rows of a transaction that has just committed, in order, without waiting for the relay's next round.
     * Does not block: the producer it uses already holds the topic's metadata, and a send only appends to its buffer.
     * When the relay is not healthy, or its producer has not yet published, the rows are left to the relay, which is
     * woken; so is a row whose send fails.
     */
    void sendCommitted(List<OutboxTable.Row> rows) {
        KafkaProducer<String, byte[]> p = running && healthy ? producer.proven() : null;
        for (OutboxTable.Row row : rows) {
            if (p == null) {
                inFlight.remove(row.id());
                continue;
            }
            try {
                p.send(producer.record(row), (metadata, error) -> {
                    if (error == null) {
                        delivered.add(row.id());
                        wake();
                    } else {
                        inFlight.remove(row.id());
                        claimNow();
                    }
                });
            } catch (RuntimeException e) {
                // the producer is being replaced (the relay found Kafka unreachable): the relay takes the rest
                inFlight.remove(row.id());
                p = null;
            }
        }
        if (p == null) {
            claimNow();
        }
    }

    /** False after a failed attempt to reach Kafka, until a later round succeeds. */
    public boolean healthy() {
        return healthy;
    }

    public long pending() {
        return pending.get();
    }

    /**
     * Each round stamps what the broker acknowledged on the first path and, when there may be rows nobody is sending,
     * claims and publishes pending rows: at start, after a full batch, when rows were left to the relay, and at least
     * once a poll interval (for rows another instance left behind). While the first path works, a write costs the relay
     * one statement, the stamp.
     */
    private void loop() {
        long backoff = 100;
        long interval = config.pollInterval().toNanos();
        long lastClaim = System.nanoTime() - interval;
        boolean claim = true;
        while (running) {
            try {
                stampDelivered();
                int sent = 0;
                if (claim || claimRequested || System.nanoTime() - lastClaim >= interval) {
                    claimRequested = false;
                    lastClaim = System.nanoTime();
                    sent = relayOnce();
                }
                healthy = true;
                backoff = 100;
                claim = sent >= config.batchSize() || !await(config.pollInterval().toMillis());
            } catch (Exception e) {
                if (healthy) {
                    LOG.warnf("outbox relay cannot publish (%s); events stay pending and will be retried", e.toString());
                }
                healthy = false;
                producer.reset();
                await(backoff);
                claim = true;
                backoff = Math.min(backoff * 2, config.maxBackoff().toMillis());
            }
        }
    }

    /** Waits until woken or {@code millis} have passed; true when woken. */
    private boolean await(long millis) {
        synchronized (signal) {
            if (!woken && running) {
                try {
                    signal.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            boolean wasWoken = woken;
            woken = false;
            return wasWoken;
        }
    }

    /** Stamps sent the rows the broker acknowledged on the first path; returns how many. */
    int stampDelivered() throws SQLException {
        List<UUID> ids = new ArrayList<>();
        for (UUID id = delivered.poll(); id != null; id = delivered.poll()) {
            ids.add(id);
        }
        if (ids.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection()) {
            OutboxTable.markSent(c, ids);
        } catch (SQLException | RuntimeException e) {
            delivered.addAll(ids); // stamped next round; still in flight, so the relay does not send them again
            throw e;
        }
        ids.forEach(inFlight::remove);
        publishedAtCommit.increment(ids.size());
        return ids.size();
    }

    /** Publishes one batch; returns how many rows were sent. Package-visible for tests. */
    int relayOnce() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<OutboxTable.Row> rows = OutboxTable.claim(c, inFlight, config.batchSize());
                // the exclusion list was read before the query's snapshot was taken: a row reserved in between is
                // visible and unlocked but belongs to the first path
                rows.removeIf(r -> inFlight.contains(r.id()));
                if (rows.isEmpty()) {
                    c.commit();
                    pending.set(0);
                    return 0;
                }
                KafkaProducer<String, byte[]> p = producer.get();
                List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
                for (OutboxTable.Row row : rows) {
                    acks.add(p.send(producer.record(row)));
                }
                long deadline = System.nanoTime() + config.sendTimeout().toNanos();
                for (Future<RecordMetadata> ack : acks) {
                    ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                }
                producer.proven(p);
                OutboxTable.markSent(c, rows.stream().map(OutboxTable.Row::id).toList());
                c.commit();
                published.increment(rows.size());
                // a batch that was not full took every row pending when it was claimed; rows committed since then
                // have woken the relay for its next round, so only a full batch needs a count
                pending.set(rows.size() < config.batchSize() ? 0 : OutboxTable.countPending(c));
                return rows.size();
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }
    }
}
