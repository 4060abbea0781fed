package org.yjhub.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.yjhub.kit.kafka.KafkaSettings;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The relay's Kafka producer (idempotent, {@code acks=all}) and the records it sends: the aggregate id as key, the
 * envelope as value, CloudEvents binary-mode headers. The producer is created on first use and replaced after a
 * failure; it counts as <em>proven</em> once it has published a round of the relay's, so that it holds the topic's
 * metadata and a send at commit never waits to fetch it.
 */
@ApplicationScoped
class OutboxProducer {

    @Inject
    KafkaSettings kafka;

    @Inject
    OutboxConfig config;

    private KafkaProducer<String, byte[]> producer;
    private KafkaProducer<String, byte[]> proven;

    /** The producer, created when there is none. */
    synchronized KafkaProducer<String, byte[]> get() {
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

    /** The producer once it has published a round of the relay's; null before, and after a failure. */
    synchronized KafkaProducer<String, byte[]> proven() {
        return proven;
    }

    /** {@code p} has published a round: the first path may use it (unless it was replaced meanwhile). */
    synchronized void proven(KafkaProducer<String, byte[]> p) {
        if (p == producer) {
            proven = p;
        }
    }

    /** Drops the producer after a failure to reach Kafka; the next {@link #get} creates another. */
    synchronized void reset() {
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

    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }

    ProducerRecord<String, byte[]> record(OutboxTable.Row row) {
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
}
