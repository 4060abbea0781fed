package org.yjhub.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.EventEnvelope;
import org.yjhub.testsupport.KafkaTestResource;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The outbox over a real broker: committed events are published with key and CloudEvents headers; rolled-back ones never. */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    DataSource dataSource;

    record Sample(String name, int value) {
    }

    @Test
    void publishesCommittedEventsWithKeyAndCloudEventsHeaders() {
        String aggregate = "sample/" + UUID.randomUUID();
        String rolledBack = "rolled-back/" + UUID.randomUUID();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish("sample", aggregate, "yjhub.kit.sample-changed.v1", 1, new Sample("a", 1));
                outbox.publish("sample", aggregate, "yjhub.kit.sample-changed.v1", 2, new Sample("a", 2));
            });
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    outbox.publish("sample", rolledBack, "yjhub.kit.sample-changed.v1", 1, new Sample("x", 0));
                    throw new IllegalStateException("roll back");
                });
            } catch (IllegalStateException expected) {
                // the event must not be published
            }
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.key().equals(aggregate) || r.key().equals(rolledBack)) {
                        seen.add(r);
                    }
                });
                return seen.size() >= 2;
            });
            consumer.poll(Duration.ofMillis(500)).forEach(r -> assertThat(r.key()).isNotEqualTo(rolledBack));

            assertThat(seen).hasSize(2).allSatisfy(r -> assertThat(r.key()).isEqualTo(aggregate));
            ConsumerRecord<String, String> first = seen.get(0);
            EventEnvelope envelope = outbox.read(first.value());
            assertThat(envelope.version()).isEqualTo(1);
            assertThat(envelope.data().get("value").asInt()).isEqualTo(1);
            assertThat(header(first, "ce_id")).isEqualTo(envelope.id());
            assertThat(header(first, "ce_type")).isEqualTo("yjhub.kit.sample-changed.v1");
            assertThat(header(first, "ce_subject")).isEqualTo(aggregate);
            assertThat(header(first, "ce_source")).isEqualTo("/kit-test");
            assertThat(header(first, "ce_specversion")).isEqualTo("1.0");
            assertThat(outbox.read(seen.get(1).value()).version()).isEqualTo(2);
        }
        Long unsent = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId = ?1 and sentAt is null", aggregate));
        assertThat(unsent).isZero();
        Long stored = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId", rolledBack));
        assertThat(stored).isZero();
    }

    @Test
    void publishAllRecordsEveryEventInOrderAfterEarlierOnesAndOnlyOnCommit() {
        String a = "sample/" + UUID.randomUUID();
        String b = "sample/" + UUID.randomUUID();
        String rolledBack = "rolled-back/" + UUID.randomUUID();
        String type = "yjhub.kit.sample-changed.v1";
        try (KafkaConsumer<String, String> consumer = consumer()) {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish("sample", a, type, 1, new Sample("a", 1));
                outbox.publishAll(List.of(
                        new OutboxMessage("sample", a, type, 2, new Sample("a", 2)),
                        new OutboxMessage("sample", b, type, 1, new Sample("b", 1)),
                        new OutboxMessage("sample", a, type, 3, new Sample("a\u00e9\"3", 3))));
                outbox.publishAll(List.of());
            });
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    outbox.publishAll(List.of(new OutboxMessage("sample", rolledBack, type, 1, new Sample("x", 0))));
                    throw new IllegalStateException("roll back");
                });
            } catch (IllegalStateException expected) {
                // the event must not be published
            }
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.key().equals(a) || r.key().equals(b) || r.key().equals(rolledBack)) {
                        seen.add(r);
                    }
                });
                return seen.size() >= 4;
            });
            consumer.poll(Duration.ofMillis(500)).forEach(r -> assertThat(r.key()).isNotEqualTo(rolledBack));

            assertThat(seen).hasSize(4).extracting(ConsumerRecord::key).containsOnly(a, b);
            List<EventEnvelope> ofA = seen.stream().filter(r -> r.key().equals(a)).map(r -> outbox.read(r.value())).toList();
            assertThat(ofA).extracting(EventEnvelope::version).containsExactly(1L, 2L, 3L);
            assertThat(ofA.get(2).data().get("name").asText()).isEqualTo("a\u00e9\"3");
            ConsumerRecord<String, String> ofB = seen.stream().filter(r -> r.key().equals(b)).findFirst().orElseThrow();
            EventEnvelope envelope = outbox.read(ofB.value());
            assertThat(envelope.version()).isEqualTo(1);
            assertThat(envelope.type()).isEqualTo(type);
            assertThat(envelope.source()).isEqualTo("/kit-test");
            assertThat(envelope.aggregateType()).isEqualTo("sample");
            assertThat(envelope.aggregateId()).isEqualTo(b);
            assertThat(envelope.time()).isNotNull();
            assertThat(envelope.data().get("name").asText()).isEqualTo("b");
            assertThat(envelope.data().get("value").asInt()).isEqualTo(1);
            assertThat(header(ofB, "ce_id")).isEqualTo(envelope.id());
            assertThat(header(ofB, "ce_type")).isEqualTo(type);
            assertThat(header(ofB, "ce_subject")).isEqualTo(b);
            assertThat(header(ofB, "ce_source")).isEqualTo("/kit-test");
        }
        Long unsent = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId in ?1 and sentAt is null", List.of(a, b)));
        assertThat(unsent).isZero();
        Long stored = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId", rolledBack));
        assertThat(stored).isZero();
    }

    @Test
    void onceTheRelayHasPublishedCommittedEventsGoToKafkaAtCommitExactlyOnceAndAreStampedSent() {
        String priming = "sample/" + UUID.randomUUID();
        String aggregate = "sample/" + UUID.randomUUID();
        String type = "yjhub.kit.sample-changed.v1";
        try (KafkaConsumer<String, String> consumer = consumer()) {
            // the relay's own round publishes the first event (and so proves its producer)
            QuarkusTransaction.requiringNew().run(() -> outbox.publish("sample", priming, type, 1, new Sample("p", 1)));
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId = ?1 and sentAt is null", priming)) == 0);
            double before = atCommit();
            for (int v = 1; v <= 5; v++) {
                int version = v;
                QuarkusTransaction.requiringNew().run(() -> outbox.publish("sample", aggregate, type, version, new Sample("a", version)));
            }
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.key().equals(aggregate)) {
                        seen.add(r);
                    }
                });
                return seen.size() >= 5;
            });
            consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                if (r.key().equals(aggregate)) {
                    seen.add(r);
                }
            });
            assertThat(seen).extracting(r -> outbox.read(r.value()).version()).containsExactly(1L, 2L, 3L, 4L, 5L);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId = ?1 and sentAt is null", aggregate)) == 0);
            assertThat(atCommit() - before).isEqualTo(5.0);
        }
    }

    private double atCommit() {
        return registry.get("yj.outbox.published").tag("path", "commit").counter().count();
    }

    @Test
    void publishAllNeedsTheCallersTransaction() {
        String aggregate = "sample/" + UUID.randomUUID();
        assertThatThrownBy(() -> outbox.publishAll(List.of(new OutboxMessage("sample", aggregate, "t", 1, new Sample("a", 1)))))
                .isInstanceOf(TransactionalException.class);
        Long stored = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId", aggregate));
        assertThat(stored).isZero();
    }

    private KafkaConsumer<String, String> consumer() {
        // created before the first send, so that the relay never meets a partition without a leader (and sends again)
        KafkaTestResource.createTopic(config.topic());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", KafkaTestResource.bootstrapServers(),
                "group.id", "outbox-test-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(config.topic()));
        return consumer;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void keepsAPayloadOfAFewKilobytesAsWrittenNotCompressed() throws Exception {
        String aggregate = "large/" + UUID.randomUUID();
        // about 3 KB of JSON that compresses well: pglz would have shrunk it to a fraction
        QuarkusTransaction.requiringNew().run(() ->
                outbox.publish("sample", aggregate, "yjhub.kit.sample-changed.v1", 1, new Sample("value ".repeat(500), 1)));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT pg_column_size(payload), octet_length(payload::text) FROM outbox_event WHERE aggregate_id = ?")) {
            ps.setString(1, aggregate);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(2)).isGreaterThan(3000);
                assertThat(rs.getInt(1)).as("stored size of the jsonb payload").isGreaterThanOrEqualTo(rs.getInt(2));
            }
        }
    }
}
