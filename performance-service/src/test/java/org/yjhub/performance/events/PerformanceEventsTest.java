package org.yjhub.performance.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.Topics;
import org.yjhub.common.events.performance.ReturnSubmitted;
import org.yjhub.common.events.performance.TargetsSet;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.common.period.Quarter;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.performance.Fixtures;
import org.yjhub.testsupport.KafkaTestResource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The events over the real broker: key, CloudEvents headers, version = revision, full state with full-precision rates. */
@QuarkusTest
class PerformanceEventsTest {

    private static final String TEAM = "buckinghamshire";

    private final Tokens tokens = Fixtures.TOKENS;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void eachNewRevisionIsPublishedOnceWithItsFullState() throws Exception {
        Quarter q = Fixtures.freshQuarter();
        String key = ReturnSubmitted.aggregateId(TEAM, q.toString());
        String path = "/api/v1/teams/" + TEAM + "/returns/" + q;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            given().auth().oauth2(tokens.authority(TEAM)).contentType(ContentType.JSON).body("""
                    {"values":[{"indicator":"custody-rate","numerator":5,"denominator":19230},
                               {"indicator":"kpi-victims","numerator":7,"denominator":9}],
                     "source":"Buckinghamshire Youth Justice Plan","synthetic":true}""").put(path).then().statusCode(201);
            // identical content: no event
            given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body("""
                    {"values":[{"indicator":"kpi-victims","numerator":7,"denominator":9},
                               {"indicator":"custody-rate","numerator":5,"denominator":19230}],
                     "source":"Buckinghamshire Youth Justice Plan","synthetic":true}""").put(path).then().statusCode(200);
            given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body("""
                    {"values":[{"indicator":"custody-rate","numerator":4,"denominator":19230}]}""").put(path).then().statusCode(200);

            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        seen.add(r);
                    }
                });
                return seen.stream().anyMatch(r -> header(r, "ce_type") != null && version(r) == 2);
            });

            assertThat(seen).extracting(this::version).containsExactly(1L, 2L);
            ConsumerRecord<String, String> first = seen.get(0);
            assertThat(header(first, "ce_type")).isEqualTo(ReturnSubmitted.TYPE);
            assertThat(header(first, "ce_subject")).isEqualTo(key);
            assertThat(header(first, "ce_source")).isEqualTo("/performance-service");
            JsonNode envelope = json.readTree(first.value());
            assertThat(envelope.get("aggregateType").asText()).isEqualTo(ReturnSubmitted.AGGREGATE);
            assertThat(envelope.get("aggregateId").asText()).isEqualTo(key);
            assertThat(header(first, "ce_id")).isEqualTo(envelope.get("id").asText());
            ReturnSubmitted event = json.treeToValue(envelope.get("data"), ReturnSubmitted.class);
            assertThat(event.team()).isEqualTo(TEAM);
            assertThat(event.quarter()).isEqualTo(q.toString());
            assertThat(event.revision()).isEqualTo(1);
            assertThat(event.submittedBy()).isEqualTo("user-authority-" + TEAM);
            assertThat(event.source()).isEqualTo("Buckinghamshire Youth Justice Plan");
            assertThat(event.synthetic()).isTrue();
            assertThat(event.values()).hasSize(2);
            ReturnSubmitted.Value custody = event.values().stream().filter(v -> v.indicator().equals("custody-rate")).findFirst().orElseThrow();
            assertThat(custody.numerator()).isEqualByComparingTo("5");
            assertThat(custody.denominator()).isEqualByComparingTo("19230");
            // full precision, not the 2-dp display figure
            assertThat(custody.rate()).isEqualByComparingTo(new BigDecimal("0.26001040041601664067"));
            ReturnSubmitted.Value victims = event.values().stream().filter(v -> v.indicator().equals("kpi-victims")).findFirst().orElseThrow();
            assertThat(victims.rate()).isEqualByComparingTo(new BigDecimal("77.777777777777777778"));
            // full precision and plain notation on the wire
            assertThat(first.value()).contains("0.26001040041601664067").doesNotContain("E+", "E-");

            ReturnSubmitted second = json.treeToValue(json.readTree(seen.get(1).value()).get("data"), ReturnSubmitted.class);
            assertThat(second.revision()).isEqualTo(2);
            assertThat(second.values()).extracting(ReturnSubmitted.Value::indicator).containsExactly("custody-rate");
            assertThat(second.source()).isNull();
            assertThat(second.synthetic()).isFalse();
        }
    }

    @Test
    void aBulkLoadPublishesOneEventPerNewRevisionWithItsFullState() throws Exception {
        Quarter q = Fixtures.freshQuarter();
        String created = ReturnSubmitted.aggregateId(TEAM, q.toString());
        String revised = ReturnSubmitted.aggregateId("milton-keynes", q.toString());
        String unchanged = ReturnSubmitted.aggregateId("medway", q.toString());
        try (KafkaConsumer<String, String> consumer = consumer()) {
            for (String team : List.of("milton-keynes", "medway")) {
                given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON)
                        .body("{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":5,\"denominator\":19230}]}")
                        .put("/api/v1/teams/" + team + "/returns/" + q).then().statusCode(201);
            }
            given().auth().oauth2(tokens.admin()).contentType("text/csv").body("team,quarter,indicator,numerator,denominator,source,synthetic\n"
                            + TEAM + "," + q + ",kpi-victims,7,9,Bucks plan,true\n"
                            + TEAM + "," + q + ",custody-rate,5,19230,Bucks plan,true\n"
                            + "milton-keynes," + q + ",custody-rate,6,19230,,\n"
                            + "medway," + q + ",custody-rate,5,19230,,\n")
                    .post("/api/v1/returns/bulk").then()
                    .statusCode(200)
                    .body("returns", org.hamcrest.Matchers.equalTo(2))
                    .body("unchanged", org.hamcrest.Matchers.equalTo(1));

            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (List.of(created, revised, unchanged).contains(r.key())) {
                        seen.add(r);
                    }
                });
                return seen.stream().anyMatch(r -> r.key().equals(created))
                        && seen.stream().anyMatch(r -> r.key().equals(revised) && version(r) == 2)
                        && seen.stream().anyMatch(r -> r.key().equals(unchanged));
            });
            // anything the bulk load wrongly published for the unchanged return would be in by now
            consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                if (List.of(created, revised, unchanged).contains(r.key())) {
                    seen.add(r);
                }
            });

            assertThat(seen.stream().filter(r -> r.key().equals(unchanged))).extracting(this::version).containsExactly(1L);
            assertThat(seen.stream().filter(r -> r.key().equals(revised))).extracting(this::version).containsExactly(1L, 2L);
            List<ConsumerRecord<String, String>> ofCreated = seen.stream().filter(r -> r.key().equals(created)).toList();
            assertThat(ofCreated).hasSize(1);
            ConsumerRecord<String, String> record = ofCreated.get(0);
            assertThat(header(record, "ce_type")).isEqualTo(ReturnSubmitted.TYPE);
            assertThat(header(record, "ce_subject")).isEqualTo(created);
            assertThat(header(record, "ce_source")).isEqualTo("/performance-service");
            JsonNode envelope = json.readTree(record.value());
            assertThat(header(record, "ce_id")).isEqualTo(envelope.get("id").asText());
            assertThat(envelope.get("type").asText()).isEqualTo(ReturnSubmitted.TYPE);
            assertThat(envelope.get("aggregateType").asText()).isEqualTo(ReturnSubmitted.AGGREGATE);
            assertThat(envelope.get("aggregateId").asText()).isEqualTo(created);
            assertThat(envelope.get("version").asLong()).isEqualTo(1);
            ReturnSubmitted event = json.treeToValue(envelope.get("data"), ReturnSubmitted.class);
            assertThat(event.team()).isEqualTo(TEAM);
            assertThat(event.quarter()).isEqualTo(q.toString());
            assertThat(event.revision()).isEqualTo(1);
            assertThat(event.submittedBy()).isEqualTo("user-admin");
            assertThat(event.source()).isEqualTo("Bucks plan");
            assertThat(event.synthetic()).isTrue();
            // catalogue order, full precision, plain notation
            assertThat(event.values()).extracting(ReturnSubmitted.Value::indicator).containsExactly("custody-rate", "kpi-victims");
            assertThat(event.values().get(0).rate()).isEqualByComparingTo(new BigDecimal("0.26001040041601664067"));
            assertThat(event.values().get(1).rate()).isEqualByComparingTo(new BigDecimal("77.777777777777777778"));
            assertThat(record.value()).contains("0.26001040041601664067", "77.777777777777777778").doesNotContain("E+", "E-");

            ReturnSubmitted second = json.treeToValue(json.readTree(seen.stream()
                    .filter(r -> r.key().equals(revised) && version(r) == 2).findFirst().orElseThrow().value()).get("data"), ReturnSubmitted.class);
            assertThat(second.revision()).isEqualTo(2);
            assertThat(second.values()).hasSize(1);
            assertThat(second.values().get(0).numerator()).isEqualByComparingTo("6");
            assertThat(second.source()).isNull();
            assertThat(second.synthetic()).isFalse();
        }
    }

    @Test
    void targetsArePublishedSoTheGatewayCanSayMetOrMissed() throws Exception {
        FinancialYear year = Fixtures.freshYear();
        String key = TargetsSet.aggregateId(TEAM, year.toString());
        try (KafkaConsumer<String, String> consumer = consumer()) {
            given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON)
                    .body("{\"targets\":[{\"indicator\":\"custody-rate\",\"value\":0.2}]}")
                    .put("/api/v1/teams/" + TEAM + "/targets/" + year).then().statusCode(201);
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        seen.add(r);
                    }
                });
                return !seen.isEmpty();
            });
            ConsumerRecord<String, String> record = seen.get(0);
            assertThat(header(record, "ce_type")).isEqualTo(TargetsSet.TYPE);
            JsonNode envelope = json.readTree(record.value());
            assertThat(envelope.get("version").asLong()).isEqualTo(1);
            assertThat(envelope.get("aggregateType").asText()).isEqualTo(TargetsSet.AGGREGATE);
            TargetsSet event = json.treeToValue(envelope.get("data"), TargetsSet.class);
            assertThat(event.year()).isEqualTo(year.toString());
            assertThat(event.revision()).isEqualTo(1);
            assertThat(event.setBy()).isEqualTo("user-admin");
            assertThat(event.targets()).containsExactly(new TargetsSet.Target("custody-rate", new BigDecimal("0.2")));
        }
    }

    private long version(ConsumerRecord<String, String> r) {
        try {
            return json.readTree(r.value()).get("version").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KafkaConsumer<String, String> consumer() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", KafkaTestResource.bootstrapServers(),
                "group.id", "performance-events-test-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.PERFORMANCE));
        return consumer;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
