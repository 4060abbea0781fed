package org.yjhub.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.TopicExistsException;
import org.yjhub.localinfra.KafkaBroker;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Kafka broker for {@code @QuarkusTest}: {@code KAFKA_BOOTSTRAP_SERVERS} when set, else a single-node KRaft
 * broker in this JVM, started once and stopped when the JVM exits. {@link #broker()} lets a drill stop and restart it.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker embedded;

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    public static synchronized String bootstrapServers() {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (embedded == null) {
            embedded = KafkaBroker.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "kafka-shutdown"));
        }
        return embedded.bootstrapServers();
    }

    /**
     * Creates {@code topic} (the broker's default partitions) unless it exists, and waits until every partition has a
     * leader. A test that counts the records a producer sent creates its topic first: left to auto-creation on the
     * first send, the producer can meet a partition without a leader yet, time out and send again (at least once, as
     * designed), and the test would count a record twice.
     */
    public static void createTopic(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            try {
                admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty()))).all()
                        .get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + topic, e.getCause());
                }
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (!everyPartitionLed(admin, topic)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("topic " + topic + " has a partition without a leader after 30 s");
                }
                Thread.sleep(100);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot create topic " + topic + " in 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static boolean everyPartitionLed(Admin admin, String topic) throws InterruptedException, TimeoutException {
        try {
            List<TopicPartitionInfo> partitions = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(topic).partitions();
            return !partitions.isEmpty() && partitions.stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        } catch (ExecutionException e) {
            return false; // not yet known to the broker that answered
        }
    }

    /** The embedded broker, or null when an external one is used. */
    public static synchronized KafkaBroker broker() {
        return embedded;
    }

    @Override
    public void stop() {
        // kept for the other test classes of this JVM; stopped (and its directory deleted) by the shutdown hook
    }
}
