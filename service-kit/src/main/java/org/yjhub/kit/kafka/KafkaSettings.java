package org.yjhub.kit.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashMap;
import java.util.Map;

/** The broker address every Kafka client of a service uses ({@code kafka.bootstrap.servers}, env {@code KAFKA_BOOTSTRAP_SERVERS}). */
@ApplicationScoped
public class KafkaSettings {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Map<String, Object> base(String clientId) {
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("client.id", clientId);
        return props;
    }
}
