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
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.yjhub.kit.kafka.KafkaSettings;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    KafkaSettings kafka;

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
    private KafkaProducer<String, byte[]> producer;
    /** The producer once it has published a round of the relay's (so it knows the topic): the first path uses it. */
    private KafkaProducer<String, byte[]> proven;
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
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
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
    void reserve(List<Row> rows) {
        rows.forEach(r -> inFlight.add(r.id()));
    }

    /** The transaction that wrote these rows did not commit. */
    void abandon(List<Row> rows) {
        rows.forEach(r -> inFlight.remove(r.id()));
    }

    /**
     * Sends the rows of a transaction that has just committed, in order, without waiting for the relay's next round.
     * Does not block: the producer it uses already holds the topic's metadata, and a send only appends to its buffer.
     * When the relay is not healthy, or its producer has not yet published, the rows are left to the relay, which is
     * woken; so is a row whose send fails.
     */
    void sendCommitted(List<Row> rows) {
        KafkaProducer<String, byte[]> p = running && healthy ? provenProducer() : null;
        for (Row row : rows) {
            if (p == null) {
                inFlight.remove(row.id());
                continue;
            }
            try {
                p.send(record(row), (metadata, error) -> {
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
                resetProducer();
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
            markSent(c, ids);
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
                List<Row> rows = claim(c);
                // the exclusion list was read before the query's snapshot was taken: a row reserved in between is
                // visible and unlocked but belongs to the first path
                rows.removeIf(r -> inFlight.contains(r.id()));
                if (rows.isEmpty()) {
                    c.commit();
                    pending.set(0);
                    return 0;
                }
                KafkaProducer<String, byte[]> p = producer();
                List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
                for (Row row : rows) {
                    acks.add(p.send(record(row)));
                }
                long deadline = System.nanoTime() + config.sendTimeout().toNanos();
                for (Future<RecordMetadata> ack : acks) {
                    ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                }
                proven(p);
                markSent(c, rows.stream().map(Row::id).toList());
                c.commit();
                published.increment(rows.size());
                // a batch that was not full took every row pending when it was claimed; rows committed since then
                // have woken the relay for its next round, so only a full batch needs a count
                pending.set(rows.size() < config.batchSize() ? 0 : countPending(c));
                return rows.size();
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }
    }

    private List<Row> claim(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, topic, aggregate_id, event_type, occurred_at, payload "
                + "FROM outbox_event WHERE sent_at IS NULL AND id <> ALL (?) ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED")) {
            ps.setArray(1, c.createArrayOf("uuid", inFlight.toArray()));
            ps.setInt(2, config.batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), rs.getString(6)));
                }
                return rows;
            }
        }
    }

    /** Stamps the rows sent (in the connection's transaction, or on its own when the connection auto-commits). */
    private void markSent(Connection c, List<UUID> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_event SET sent_at = now() WHERE id = ANY (?) "
                + "AND sent_at IS NULL")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            ps.executeUpdate();
        }
    }

    private long countPending(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private ProducerRecord<String, byte[]> record(Row row) {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(row.topic(), row.aggregateId(),
                row.payload().getBytes(StandardCharsets.UTF_8));
        header(r, "ce_specversion", "1.0");
        header(r, "ce_id", row.id().toString());
        header(r, "ce_type", row.eventType());
        header(r, "ce_source", config.source());
        header(r, "ce_subject", row.aggregateId());
        header(r, "ce_time", DateTimeFormatter.ISO_INSTANT.format(row.occurredAt()));
        header(r, "content-type", "application/json");
        return r;
    }

    private static void header(ProducerRecord<String, byte[]> r, String name, String value) {
        r.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> props = kafka.base("outbox-relay-" + config.source().replace("/", ""));
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
            // the topic's metadata is not dropped for idleness, so a send at commit never waits to fetch it
            props.put(ProducerConfig.METADATA_MAX_IDLE_CONFIG, Duration.ofDays(365).toMillis());
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    private synchronized KafkaProducer<String, byte[]> provenProducer() {
        return proven;
    }

    private synchronized void proven(KafkaProducer<String, byte[]> p) {
        if (p == producer) {
            proven = p;
        }
    }

    private synchronized void resetProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException ignored) {
                // closing a producer whose broker is gone
            }
            producer = null;
            proven = null;
        }
    }

    /** An outbox row as it is published. */
    record Row(UUID id, String topic, String aggregateId, String eventType, Instant occurredAt, String payload) {
    }
}
