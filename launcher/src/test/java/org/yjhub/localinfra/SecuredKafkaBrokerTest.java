package org.yjhub.localinfra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secured local broker accepts nothing but SASL_SSL with its SCRAM user: a plain client, a TLS client without
 * SASL, a client that does not trust the certificate and one with a wrong password are all turned away, while the
 * right one produces and consumes.
 */
public class SecuredKafkaBrokerTest {

    private static Path tls;
    private static KafkaBroker.Security security;
    private static KafkaBroker broker;

    @BeforeAll
    static void start() throws Exception {
        tls = Files.createTempDirectory("yj-kafka-tls-");
        security = KafkaBroker.Security.create(tls);
        broker = KafkaBroker.startTemporary(security);
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
        TempDirs.delete(tls);
    }

    @Test
    void aClientWithTheUserAndTheTruststoreProducesAndConsumes() throws Exception {
        Map<String, Object> client = broker.clientProperties();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(client, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("secured-test", "milton-keynes", "hello")).get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> consumerProps = new HashMap<>(client);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "secured-test");
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("secured-test"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.key() + "=" + r.value());
                }
            }
        }
        assertThat(values).containsExactly("milton-keynes=hello");
    }

    @Test
    void aPlainClientIsRefused() {
        assertThat(describeCluster(Map.of())).isInstanceOf(TimeoutException.class);
    }

    @Test
    void aTlsClientWithoutSaslIsRefused() {
        Map<String, Object> tlsOnly = new HashMap<>(security.clientProperties());
        tlsOnly.put("security.protocol", "SSL");
        tlsOnly.remove("sasl.mechanism");
        tlsOnly.remove("sasl.jaas.config");

        assertThat(describeCluster(tlsOnly)).isInstanceOf(TimeoutException.class);
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefused() {
        Map<String, Object> untrusting = new HashMap<>(security.clientProperties());
        untrusting.remove("ssl.truststore.location");
        untrusting.remove("ssl.truststore.password");
        untrusting.remove("ssl.truststore.type");

        assertThat(describeCluster(untrusting)).isInstanceOf(SslAuthenticationException.class);
    }

    @Test
    void aClientWithAWrongPasswordIsRefused() {
        Throwable refused = describeCluster(security.clientProperties(security.password() + "x"));

        assertThat(refused).isInstanceOf(SaslAuthenticationException.class)
                .hasMessageContaining("invalid credentials");
    }

    @Test
    void theRightClientIsAnsweredWithinTheSameTimeouts() {
        assertThat(describeCluster(security.clientProperties())).isNull();
    }

    @Test
    void theSecretsAreKeptReadableByTheirOwnerOnlyAndLoadAsMade() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tls.resolve("security.properties"))))
                .isEqualTo("rw-------");
        assertThat(KafkaBroker.Security.load(tls)).isEqualTo(security);
        assertThat(security.toString()).doesNotContain(security.password()).doesNotContain(security.storePassword());
    }

    private static Throwable describeCluster(Map<String, Object> settings) {
        return describeCluster(broker.bootstrapServers(), settings);
    }

    /**
     * What describing the cluster at {@code bootstrapServers} with these settings ends in: null when answered, else the
     * failure's cause (also {@code SecureKafkaIT}'s probe of the whole stack's broker).
     */
    public static Throwable describeCluster(String bootstrapServers, Map<String, Object> settings) {
        Map<String, Object> conf = new HashMap<>(settings);
        conf.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        conf.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        conf.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin admin = Admin.create(conf)) {
            admin.describeCluster().nodes().get(15, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            return e;
        }
    }
}
