package org.yjhub.kit.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.apache.kafka.common.security.auth.SecurityProtocol;

import java.util.Optional;

/**
 * How every Kafka client of a service authenticates and encrypts ({@code yj.kafka.*}; env {@code YJ_KAFKA_*}, read in
 * the kit's {@code microprofile-config.properties}). Plain by default; docs/operations.md, "Encrypted, authenticated
 * Kafka", gives a cluster's settings.
 */
@ConfigMapping(prefix = "yj.kafka")
public interface KafkaSecurityConfig {

    /** {@code PLAINTEXT}, {@code SSL}, {@code SASL_PLAINTEXT} or {@code SASL_SSL} (TLS with SASL/SCRAM). */
    @WithDefault("PLAINTEXT")
    SecurityProtocol securityProtocol();

    Sasl sasl();

    Truststore truststore();

    /** The SCRAM user the service signs in as (for the SASL protocols). */
    interface Sasl {

        /** {@code SCRAM-SHA-512} or {@code SCRAM-SHA-256}. */
        @WithDefault("SCRAM-SHA-512")
        String mechanism();

        Optional<String> username();

        Optional<String> password();
    }

    /** The certificates the brokers' TLS certificates are checked against; unset, the JVM's own CAs. */
    interface Truststore {

        Optional<String> location();

        Optional<String> password();

        /** {@code PKCS12}, {@code JKS} or {@code PEM}. */
        @WithDefault("PKCS12")
        String type();
    }
}
