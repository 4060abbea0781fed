package org.yjhub.reference;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.Map;

/**
 * A Kafka producer created as the app starts, on a thread of its own, which fetches a topic's metadata from the broker:
 * what a service's outbox relay does when it starts. Ready once it has.
 */
@Readiness
@ApplicationScoped
public class KafkaAtStart implements HealthCheck {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private volatile KafkaProducer<String, byte[]> producer;
    private volatile boolean connected;

    void start(@Observes StartupEvent event) {
        Thread thread = new Thread(() -> {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000),
                    new StringSerializer(), new ByteArraySerializer());
            try {
                producer.partitionsFor("yjhub.reference.events");
                connected = true;
            } catch (RuntimeException e) {
                connected = false;
            }
        }, "kafka-at-start");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        KafkaProducer<String, byte[]> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(2));
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("kafka").status(connected).build();
    }
}
