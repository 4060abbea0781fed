package org.yjhub.kit.outbox;

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

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes pending outbox rows to Kafka, oldest first, and stamps them sent. One thread per service instance; it
 * wakes when a transaction that wrote an event commits, and otherwise polls. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances may run side by side. While Kafka is unreachable the rows
 * stay pending and the relay backs off; nothing is lost. Records carry the aggregate id as key and CloudEvents
 * binary-mode headers; the producer is idempotent with {@code acks=all}.
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
    private volatile boolean woken;
    private volatile boolean running;
    private volatile boolean healthy = true;
    private Thread thread;
    private KafkaProducer<String, byte[]> producer;
    private Counter published;

    void start(@Observes StartupEvent event) {
        published = Counter.builder("yj.outbox.published").description("events published to Kafka").register(registry);
        Gauge.builder("yj.outbox.pending", pending, AtomicLong::get).description("events waiting to be published, as of the relay's last round")
                .register(registry);
        if (!config.relayEnabled()) {
            LOG.info("outbox relay disabled on this instance");
            return;
        }
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
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

    /** Asks the relay to look for pending rows now (called after a commit that wrote an event). */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** False after a failed attempt to reach Kafka, until a later round succeeds. */
    public boolean healthy() {
        return healthy;
    }

    public long pending() {
        return pending.get();
    }

    private void loop() {
        long backoff = 100;
        while (running) {
            try {
                int sent = relayOnce();
                healthy = true;
                backoff = 100;
                if (sent < config.batchSize()) {
                    await(config.pollInterval().toMillis());
                }
            } catch (Exception e) {
                if (healthy) {
                    LOG.warnf("outbox relay cannot publish (%s); events stay pending and will be retried", e.toString());
                }
                healthy = false;
                resetProducer();
                await(backoff);
                backoff = Math.min(backoff * 2, config.maxBackoff().toMillis());
            }
        }
    }

    private void await(long millis) {
        synchronized (signal) {
            if (!woken && running) {
                try {
                    signal.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            woken = false;
        }
    }

    /** Publishes one batch; returns how many rows were sent. Package-visible for tests. */
    int relayOnce() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Row> rows = claim(c);
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
                markSent(c, rows);
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
                + "FROM outbox_event WHERE sent_at IS NULL ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED")) {
            ps.setInt(1, config.batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5), rs.getString(6)));
                }
                return rows;
            }
        }
    }

    private void markSent(Connection c, List<Row> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_event SET sent_at = now() WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("uuid", rows.stream().map(Row::id).toArray()));
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
        header(r, "ce_time", DateTimeFormatter.ISO_INSTANT.format(row.occurredAt().toInstant()));
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
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    private synchronized void resetProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException ignored) {
                // closing a producer whose broker is gone
            }
            producer = null;
        }
    }

    private record Row(UUID id, String topic, String aggregateId, String eventType, Timestamp occurredAt, String payload) {
    }
}
