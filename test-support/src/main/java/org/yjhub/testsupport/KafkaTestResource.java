package org.yjhub.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.yjhub.localinfra.KafkaBroker;

import java.util.Map;

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

    /** The embedded broker, or null when an external one is used. */
    public static synchronized KafkaBroker broker() {
        return embedded;
    }

    @Override
    public void stop() {
        // kept for the other test classes of this JVM; stopped (and its directory deleted) by the shutdown hook
    }
}
