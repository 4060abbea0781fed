package org.yjhub.kit.kafka;

import org.apache.kafka.common.security.auth.SecurityProtocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The security part of every Kafka client's configuration, from {@link KafkaSecurityConfig}: the one place that turns
 * the settings into client properties, so that producers, consumers, admin clients and the gateway's channels all
 * connect alike. A setting that cannot take effect (credentials for a protocol without SASL, a truststore without
 * TLS) is an error rather than silently ignored, so that a deployment meant to be secured never runs plain. The
 * password appears only in the {@code sasl.jaas.config} value, which Kafka's own configuration logging hides.
 */
public record KafkaSecurity(SecurityProtocol protocol, String mechanism, Optional<String> username,
                            Optional<String> password, Optional<String> truststoreLocation,
                            Optional<String> truststorePassword, String truststoreType) {

    /** The SASL mechanisms the clients speak; both are SCRAM (the password never crosses the wire). */
    public static final Set<String> MECHANISMS = Set.of("SCRAM-SHA-512", "SCRAM-SHA-256");

    private static final String SCRAM_LOGIN_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule";

    public static KafkaSecurity from(KafkaSecurityConfig c) {
        return new KafkaSecurity(c.securityProtocol(), c.sasl().mechanism(), c.sasl().username(), c.sasl().password(),
                c.truststore().location(), c.truststore().password(), c.truststore().type());
    }

    /** No TLS, no SASL: the default. */
    public static KafkaSecurity plaintext() {
        return new KafkaSecurity(SecurityProtocol.PLAINTEXT, "SCRAM-SHA-512", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "PKCS12");
    }

    /**
     * The client properties: {@code security.protocol}, and as the protocol needs them {@code sasl.mechanism} with
     * {@code sasl.jaas.config}, and the {@code ssl.truststore.*}.
     *
     * @throws IllegalArgumentException naming every setting that is missing or cannot take effect (never a value)
     */
    public Map<String, Object> properties() {
        List<String> problems = new ArrayList<>();
        boolean sasl = protocol == SecurityProtocol.SASL_SSL || protocol == SecurityProtocol.SASL_PLAINTEXT;
        boolean tls = protocol == SecurityProtocol.SSL || protocol == SecurityProtocol.SASL_SSL;
        if (sasl) {
            if (!MECHANISMS.contains(mechanism)) {
                problems.add("yj.kafka.sasl.mechanism must be one of " + MECHANISMS.stream().sorted().toList()
                        + ", not " + mechanism);
            }
            if (username.isEmpty()) {
                problems.add("yj.kafka.sasl.username (YJ_KAFKA_SASL_USERNAME) is required with " + protocol);
            }
            if (password.isEmpty()) {
                problems.add("yj.kafka.sasl.password (YJ_KAFKA_SASL_PASSWORD) is required with " + protocol);
            }
        } else if (username.isPresent() || password.isPresent()) {
            problems.add("yj.kafka.sasl.username and password are set but yj.kafka.security-protocol is " + protocol
                    + ", which does not use them: set YJ_KAFKA_SECURITY_PROTOCOL=SASL_SSL");
        }
        if (!tls && (truststoreLocation.isPresent() || truststorePassword.isPresent())) {
            problems.add("yj.kafka.truststore is set but yj.kafka.security-protocol is " + protocol
                    + ", which has no TLS: set YJ_KAFKA_SECURITY_PROTOCOL=SASL_SSL");
        }
        if (truststorePassword.isPresent() && truststoreLocation.isEmpty()) {
            problems.add("yj.kafka.truststore.password is set without yj.kafka.truststore.location");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Kafka security settings: " + String.join("; ", problems));
        }

        Map<String, Object> props = new LinkedHashMap<>();
        props.put("security.protocol", protocol.name);
        if (sasl) {
            props.put("sasl.mechanism", mechanism);
            props.put("sasl.jaas.config", SCRAM_LOGIN_MODULE + " required username=\"" + quoted(username.get())
                    + "\" password=\"" + quoted(password.get()) + "\";");
        }
        if (tls) {
            truststoreLocation.ifPresent(l -> {
                props.put("ssl.truststore.location", l);
                props.put("ssl.truststore.type", truststoreType);
            });
            truststorePassword.ifPresent(p -> props.put("ssl.truststore.password", p));
        }
        return props;
    }

    /** A value inside the JAAS configuration's double quotes, where a quote or a backslash needs its backslash. */
    static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Names the settings without their secrets. */
    @Override
    public String toString() {
        return "KafkaSecurity[protocol=" + protocol + ", mechanism=" + mechanism + ", username="
                + username.orElse("(none)") + ", password=" + (password.isPresent() ? "(set)" : "(none)")
                + ", truststore=" + truststoreLocation.orElse("(JVM default)") + "]";
    }
}
