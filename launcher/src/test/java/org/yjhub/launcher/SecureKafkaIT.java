package org.yjhub.launcher;

import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.Topics;
import org.yjhub.common.events.performance.ReturnSubmitted;
import org.yjhub.localinfra.KafkaBroker;
import org.yjhub.localinfra.SecuredKafkaBrokerTest;
import org.yjhub.localinfra.jwt.Tokens;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.oneOf;

/**
 * The whole stack against a broker that accepts nothing but SASL_SSL with its SCRAM user ({@link Stack#secureKafka()}):
 * each service's readiness check signs in, a return put at the gateway is published by performance-service's outbox
 * producer and applied by the gateway's consumer over SASL_SSL, and the gateway's rebuild reads it back the same way.
 * On the same port a plain client and a wrong password are refused, and no component logs the password.
 */
class SecureKafkaIT {

    private static Stack stack;
    private static KafkaBroker.Security security;
    private static Tokens tokens;

    @BeforeAll
    static void startAStackWhoseBrokerAcceptsOnlySaslSsl() {
        AtomicReference<KafkaBroker.Security> made = new AtomicReference<>();
        stack = StackExtension.fresh("yj-secure-kafka-it-", s -> made.set(s.secureKafka()));
        security = made.get();
        tokens = stack.tokens();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private static RequestSpecification gateway() {
        return given().baseUri(stack.url(Component.GATEWAY));
    }

    @Test
    void everyServiceIsReadyHavingSignedInOverSaslSsl() {
        for (Component c : Component.SERVICES) {
            given().baseUri(stack.url(c)).get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'kafka' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'kafka' }.data.security", equalTo("SASL_SSL"));
        }
    }

    @Test
    void aReturnTravelsFromTheServicesProducerToTheGatewaysConsumerOverSaslSsl() {
        gateway().auth().oauth2(tokens.authority("milton-keynes")).contentType("application/json")
                .body("""
                        {"values":[{"indicator":"custody-rate","numerator":7,"denominator":19230}]}""")
                .put("/api/v1/teams/milton-keynes/returns/2017-18-Q3")
                .then().statusCode(oneOf(200, 201));

        // applied by the gateway's consumer: 7 ÷ 19,230 × 1,000 = 0.36
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> gateway().auth().oauth2(tokens.analyst())
                .get("/api/v1/comparisons/custody-rate?quarter=2017-18-Q3")
                .then().statusCode(200)
                .body("rows.find { it.team == 'milton-keynes' }.rate", equalTo(0.36f)));
        // published by performance-service's outbox producer on the secured broker, the only one there is
        assertThat(performanceEventKeys()).contains(ReturnSubmitted.aggregateId("milton-keynes", "2017-18-Q3"));
        // and read again from the beginning by the gateway's rebuild consumer
        gateway().auth().oauth2(tokens.admin()).post("/api/v1/admin/rebuild")
                .then().statusCode(200)
                .body("topics.'yjhub.performance.events'", greaterThanOrEqualTo(1));
        gateway().auth().oauth2(tokens.analyst()).get("/api/v1/comparisons/custody-rate?quarter=2017-18-Q3")
                .then().statusCode(200)
                .body("rows.find { it.team == 'milton-keynes' }.rate", equalTo(0.36f));
    }

    @Test
    void theStacksBrokerRefusesAPlainClientAndAWrongPassword() {
        assertThat(describeCluster(Map.of())).isInstanceOf(TimeoutException.class);
        assertThat(describeCluster(security.clientProperties("not-" + security.password())))
                .isInstanceOf(SaslAuthenticationException.class);
        assertThat(describeCluster(security.clientProperties())).isNull();
    }

    @Test
    void noComponentLogsTheKafkaPassword() throws Exception {
        for (Component c : Component.values()) {
            if (Files.exists(stack.log(c))) {
                assertThat(Files.readString(stack.log(c))).as("%s's log", c.id())
                        .doesNotContain(security.password()).doesNotContain(security.storePassword());
            }
        }
    }

    /** The keys of every record on yjhub.performance.events, read with the stack's SCRAM user. */
    private static List<String> performanceEventKeys() {
        Map<String, Object> conf = new HashMap<>(security.clientProperties());
        conf.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + stack.ports().kafka());
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(conf, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.PERFORMANCE, Duration.ofSeconds(30))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    keys.add(r.key());
                }
            }
        }
        return keys;
    }

    /** What describing the stack's cluster with these settings ends in: null when answered, else the failure. */
    private static Throwable describeCluster(Map<String, Object> settings) {
        return SecuredKafkaBrokerTest.describeCluster("127.0.0.1:" + stack.ports().kafka(), settings);
    }
}
