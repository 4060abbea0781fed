package org.yjhub.kit.kafka;

import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashMap;
import java.util.Map;

/**
 * How every Kafka client of a service reaches the cluster: the broker address ({@code kafka.bootstrap.servers}, env
 * {@code KAFKA_BOOTSTRAP_SERVERS}) and the security of {@link KafkaSecurityConfig}. The kit's clients (the outbox
 * producer, the readiness check, the gateway's rebuild) start from {@link #base}; SmallRye Kafka channels get the same
 * through {@code mp.messaging.connector.smallrye-kafka.kafka-configuration=}{@value #CHANNEL_CONFIGURATION}.
 */
@ApplicationScoped
public class KafkaSettings {

    /** The identifier of the connection settings SmallRye Kafka channels take (the connector's kafka-configuration). */
    public static final String CHANNEL_CONFIGURATION = "yj-kafka";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    KafkaSecurityConfig securityConfig;

    private volatile Map<String, Object> security;

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The address and the security settings, as every client of this service uses them. */
    public Map<String, Object> connection() {
        Map<String, Object> props = new HashMap<>(security());
        props.put("bootstrap.servers", bootstrapServers);
        return props;
    }

    /** {@link #connection()} with the client's id; the caller adds what its kind of client needs. */
    public Map<String, Object> base(String clientId) {
        Map<String, Object> props = connection();
        props.put("client.id", clientId);
        return props;
    }

    /** The protocol in use, e.g. {@code SASL_SSL}, for health data and logs (never a secret). */
    public String securityProtocol() {
        return String.valueOf(security().get("security.protocol"));
    }

    /** The SmallRye Kafka connector's settings for every channel (see {@link #CHANNEL_CONFIGURATION}). */
    @Produces
    @Identifier(CHANNEL_CONFIGURATION)
    @Unremovable
    Map<String, Object> channelConfiguration() {
        return connection();
    }

    /** Settings that cannot take effect stop the service at start-up, before any client connects plain. */
    void validate(@Observes StartupEvent event) {
        security();
    }

    private Map<String, Object> security() {
        Map<String, Object> s = security;
        if (s == null) {
            s = Map.copyOf(KafkaSecurity.from(securityConfig).properties());
            security = s;
        }
        return s;
    }
}
