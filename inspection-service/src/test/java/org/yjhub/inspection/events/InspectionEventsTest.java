package org.yjhub.inspection.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.EventEnvelope;
import org.yjhub.common.events.Topics;
import org.yjhub.common.events.inspection.InspectionChanged;
import org.yjhub.testsupport.KafkaTestResource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.yjhub.inspection.Fixtures.TOKENS;
import static org.yjhub.inspection.Fixtures.as;
import static org.yjhub.inspection.Fixtures.create;
import static org.yjhub.inspection.Fixtures.createAction;
import static org.yjhub.inspection.Fixtures.createRecommendation;
import static org.yjhub.inspection.Fixtures.json;
import static org.yjhub.inspection.Fixtures.medwayRatings;
import static org.yjhub.inspection.Fixtures.miltonKeynesRatings;
import static org.yjhub.inspection.Fixtures.uniquePublishedOn;
import static org.yjhub.inspection.Fixtures.youth;

/** Every change of an inspection reaches the real broker as InspectionChanged, in version order, with its full state. */
@QuarkusTest
class InspectionEventsTest {

    /** Committed beside the event records in common (read from the source tree: common's jar is not rebuilt here). */
    static final Path SCHEMA = Path.of("../common/src/main/resources/events/inspection-changed.v1.schema.json");

    @Inject
    ObjectMapper mapper;

    @Test
    void everyChangePublishesTheFullStateWithTheNextVersion() throws IOException {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            LocalDate published = uniquePublishedOn();
            String id = create(youth("milton-keynes", published, miltonKeynesRatings()));       // v1
            String recommendation = createRecommendation(id, "Management Board");               // v2
            String action = createAction(id, "YELLOW");                                          // v3
            as(TOKENS.authority("milton-keynes")).body("{\"status\": \"COMPLETE\", \"progress\": \"Done\"}")
                    .patch("/api/v1/actions/" + action).then().statusCode(200);                 // v4
            as(TOKENS.inspector()).body(json(youth("milton-keynes", published, medwayRatings())))
                    .put("/api/v1/inspections/" + id).then().statusCode(200);                   // v5
            // refused and no-op writes publish nothing
            as(TOKENS.inspector()).body("{\"status\": \"COMPLETE\"}").patch("/api/v1/actions/" + action).then()
                    .statusCode(200);
            as(TOKENS.analyst()).body("{\"status\": \"RED\"}").patch("/api/v1/actions/" + action).then().statusCode(403);

            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (id.equals(r.key())) {
                        seen.add(r);
                    }
                });
                return seen.size() >= 5;
            });
            consumer.poll(Duration.ofMillis(1000)).forEach(r -> {
                if (id.equals(r.key())) {
                    seen.add(r);
                }
            });

            assertThat(seen).hasSize(5);
            Schema schema = schema();
            List<EventEnvelope> envelopes = new ArrayList<>();
            for (ConsumerRecord<String, String> r : seen) {
                EventEnvelope e = mapper.readValue(r.value(), EventEnvelope.class);
                envelopes.add(e);
                assertThat(r.topic()).isEqualTo(Topics.INSPECTION);
                assertThat(header(r, "ce_type")).isEqualTo(InspectionChanged.TYPE);
                assertThat(header(r, "ce_subject")).isEqualTo(id);
                assertThat(header(r, "ce_id")).isEqualTo(e.id());
                assertThat(header(r, "ce_source")).isEqualTo("/inspection-service");
                assertThat(e.type()).isEqualTo(InspectionChanged.TYPE);
                assertThat(e.aggregateType()).isEqualTo(InspectionChanged.AGGREGATE);
                assertThat(e.aggregateId()).isEqualTo(id);
                assertThat(schema.validate(e.data())).as("payload v%d against the schema", e.version()).isEmpty();
            }
            assertThat(envelopes).extracting(EventEnvelope::version).containsExactly(1L, 2L, 3L, 4L, 5L);

            InspectionChanged first = mapper.treeToValue(envelopes.get(0).data(), InspectionChanged.class);
            assertThat(first.id()).isEqualTo(id);
            assertThat(first.team()).isEqualTo("milton-keynes");
            assertThat(first.framework()).isEqualTo("hmip-youth-2018");
            assertThat(first.correction()).isZero();
            assertThat(first.publishedOn()).isEqualTo(published);
            assertThat(first.score()).isEqualTo(23);
            assertThat(first.overall()).isEqualTo("GOOD");
            assertThat(first.pointsToNextBand()).isEqualTo(8);
            assertThat(first.ratings()).hasSize(12).containsEntry("3.2", "INADEQUATE");
            assertThat(first.recommendations()).isEmpty();
            assertThat(first.synthetic()).isFalse();
            assertThat(first.fieldworkStart()).isEqualTo(published.minusDays(70));
            assertThat(first.fieldworkPrecision()).isEqualTo("DAY");
            assertThat(first.publishedPrecision()).isEqualTo("DAY");

            InspectionChanged third = mapper.treeToValue(envelopes.get(2).data(), InspectionChanged.class);
            assertThat(third.recommendations()).singleElement()
                    .isEqualTo(new InspectionChanged.Recommendation(recommendation, 1, "Management Board", null,
                            "Improve Management Board", List.of()));
            assertThat(third.actions()).singleElement().satisfies(a -> {
                assertThat(a.id()).isEqualTo(action);
                assertThat(a.status()).isEqualTo("AMBER");
                assertThat(a.due()).isEqualTo("2021-09-30");
                assertThat(a.dueDate()).isEqualTo(LocalDate.of(2021, 9, 30));
                assertThat(a.owner()).isEqualTo("YOT Manager");
                assertThat(a.owners()).containsExactly("YOT Manager");
                assertThat(a.refersTo()).isEmpty();
            });
            assertThat(third.plan()).isNull();

            InspectionChanged fourth = mapper.treeToValue(envelopes.get(3).data(), InspectionChanged.class);
            assertThat(fourth.actions().get(0).status()).isEqualTo("COMPLETE");
            assertThat(fourth.actions().get(0).progress()).isEqualTo("Done");

            InspectionChanged last = mapper.treeToValue(envelopes.get(4).data(), InspectionChanged.class);
            assertThat(last.correction()).isEqualTo(1);
            assertThat(last.score()).isEqualTo(18);
            assertThat(last.overall()).isEqualTo("REQUIRES_IMPROVEMENT");
            assertThat(last.pointsToNextBand()).isEqualTo(1);
            assertThat(last.recommendations()).hasSize(1);
            assertThat(last.actions()).hasSize(1);
        }
    }

    @Test
    void theOtherFrameworksPayloadsFitTheSchemaToo() throws IOException {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            String cci = create(Map.of("team", "merton", "framework", "hmip-cci-2009",
                    "fieldworkStart", "2011-05-09", "fieldworkEnd", "2011-05-13", "publishedOn", "2011-07-19",
                    "ratings", Map.of("safeguarding", "SUBSTANTIAL_IMPROVEMENT", "risk-of-harm",
                            "SUBSTANTIAL_IMPROVEMENT", "likelihood-of-reoffending", "MODERATE_IMPROVEMENT"),
                    "scores", Map.of("safeguarding", 58), "synthetic", true));
            String headline = create(Map.of("team", "medway", "framework", "hmip-headline", "publishedOn", "2020-02-20",
                    "overall", "REQUIRES_IMPROVEMENT"));
            createAction(headline, null);

            List<EventEnvelope> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key().equals(cci) || r.key().equals(headline)) {
                        seen.add(mapper.readValue(r.value(), EventEnvelope.class));
                    }
                }
                return seen.size() >= 3;
            });
            Schema schema = schema();
            for (EventEnvelope e : seen) {
                assertThat(schema.validate(e.data())).as("%s v%d", e.aggregateId(), e.version()).isEmpty();
            }
            JsonNode cciData = seen.stream().filter(e -> e.aggregateId().equals(cci)).findFirst().orElseThrow().data();
            assertThat(cciData.get("score").isNull()).isTrue();
            assertThat(cciData.get("overall").isNull()).isTrue();
            assertThat(cciData.get("scores").get("safeguarding").asInt()).isEqualTo(58);
            JsonNode withAction = seen.stream().filter(e -> e.aggregateId().equals(headline) && e.version() == 2)
                    .findFirst().orElseThrow().data();
            assertThat(withAction.get("actions").get(0).get("status").isNull()).isTrue();
            assertThat(withAction.get("overall").asText()).isEqualTo("REQUIRES_IMPROVEMENT");
        }
    }

    @Test
    void datesKnownOnlyToTheMonthArePublishedAsTheMonthsFirstDayWithMonthPrecision() throws IOException {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            Map<String, Object> byMonth = youth("hampshire", LocalDate.of(2021, 8, 10), miltonKeynesRatings());
            byMonth.put("fieldworkStart", "2021-05");
            byMonth.put("fieldworkEnd", "2021-05");
            byMonth.put("publishedOn", "2021-08");
            String id = create(byMonth);                                                           // v1
            as(TOKENS.inspector()).body(json(youth("hampshire", LocalDate.of(2021, 8, 10), miltonKeynesRatings())))
                    .put("/api/v1/inspections/" + id).then().statusCode(200);                  // v2: the exact days
            String noFieldwork = create(Map.of("team", "hampshire", "framework", "hmip-headline",
                    "publishedOn", "2017-03", "overall", "GOOD"));

            List<EventEnvelope> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key().equals(id) || r.key().equals(noFieldwork)) {
                        assertThat(header(r, "ce_type")).isEqualTo(InspectionChanged.TYPE);
                        seen.add(mapper.readValue(r.value(), EventEnvelope.class));
                    }
                }
                return seen.size() >= 3;
            });
            Schema schema = schema();
            for (EventEnvelope e : seen) {
                assertThat(schema.validate(e.data())).as("%s v%d", e.aggregateId(), e.version()).isEmpty();
            }

            InspectionChanged v1 = payload(seen, id, 1);
            assertThat(v1.fieldworkStart()).isEqualTo(LocalDate.of(2021, 5, 1));
            assertThat(v1.fieldworkEnd()).isEqualTo(LocalDate.of(2021, 5, 1));
            assertThat(v1.fieldworkPrecision()).isEqualTo("MONTH");
            assertThat(v1.publishedOn()).isEqualTo(LocalDate.of(2021, 8, 1));
            assertThat(v1.publishedPrecision()).isEqualTo("MONTH");
            assertThat(v1.score()).isEqualTo(23);
            JsonNode raw = seen.stream().filter(e -> e.aggregateId().equals(id) && e.version() == 1).findFirst()
                    .orElseThrow().data();
            assertThat(raw.get("publishedOn").asText()).isEqualTo("2021-08-01");
            assertThat(raw.get("publishedPrecision").asText()).isEqualTo("MONTH");

            InspectionChanged v2 = payload(seen, id, 2);
            assertThat(v2.correction()).isEqualTo(1);
            assertThat(v2.fieldworkStart()).isEqualTo(LocalDate.of(2021, 6, 1));
            assertThat(v2.fieldworkPrecision()).isEqualTo("DAY");
            assertThat(v2.publishedOn()).isEqualTo(LocalDate.of(2021, 8, 10));
            assertThat(v2.publishedPrecision()).isEqualTo("DAY");

            InspectionChanged headline = payload(seen, noFieldwork, 1);
            assertThat(headline.fieldworkStart()).isNull();
            assertThat(headline.fieldworkEnd()).isNull();
            assertThat(headline.fieldworkPrecision()).isNull();
            assertThat(headline.publishedOn()).isEqualTo(LocalDate.of(2017, 3, 1));
            assertThat(headline.publishedPrecision()).isEqualTo("MONTH");
        }
    }

    @Test
    void aPlanAsWrittenIsPublishedInFullWithEveryNewField() throws IOException {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            // Merton 2011: fieldwork in July 2011, no publication date
            String id = create(Map.of("team", "southwark", "framework", "hmip-cci-2009",
                    "fieldworkStart", "2011-07", "fieldworkEnd", "2011-07",
                    "ratings", Map.of("safeguarding", "SUBSTANTIAL_IMPROVEMENT", "risk-of-harm",
                            "SUBSTANTIAL_IMPROVEMENT", "likelihood-of-reoffending", "MODERATE_IMPROVEMENT")));  // v1
            String recommendation = as(TOKENS.inspector()).body(json(Map.of("owner", "YJS Manager",
                            "text", "sufficient attention is given to the safety of victims")))
                    .post("/api/v1/inspections/" + id + "/recommendations").then().statusCode(201)
                    .extract().path("id");                                                                  // v2
            String report = json(Map.of("reportedOn", "2011-09-21", "text", "Briefed all case managers",
                    "source", "Merton scrutiny briefing, paragraph 2.8"));
            as(TOKENS.inspector()).body(report).post("/api/v1/recommendations/" + recommendation + "/progress")
                    .then().statusCode(201);                                                               // v3
            String plan = json(Map.of("status", "IN_PREPARATION", "due", "October 3rd", "dueDate", "2011-10-03"));
            as(TOKENS.inspector()).body(plan).put("/api/v1/inspections/" + id + "/plan").then().statusCode(201); // v4
            as(TOKENS.inspector()).body(json(Map.of("reference", "B", "section", "From Youth Justice Plan",
                    "text", "Strengthening our services to victims of crime", "owners", List.of("YOT Manager",
                            "YOSB Members"), "dueDate", "2011-11-30", "refersTo", List.of("a)"))))
                    .post("/api/v1/inspections/" + id + "/actions").then().statusCode(201);                // v5
            as(TOKENS.inspector()).body(json(Map.of("reference", "a)", "text", "Review victim contact",
                    "owner", "YJS Manager", "due", "Strategic Board Agenda Item", "recommendation", recommendation)))
                    .post("/api/v1/inspections/" + id + "/actions").then().statusCode(201);                // v6
            // repeats publish nothing
            as(TOKENS.inspector()).body(report).post("/api/v1/recommendations/" + recommendation + "/progress")
                    .then().statusCode(200);
            as(TOKENS.inspector()).body(plan).put("/api/v1/inspections/" + id + "/plan").then().statusCode(200);

            List<EventEnvelope> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key().equals(id)) {
                        seen.add(mapper.readValue(r.value(), EventEnvelope.class));
                    }
                }
                return seen.size() >= 6;
            });
            consumer.poll(Duration.ofMillis(1000)).forEach(r -> {
                if (r.key().equals(id)) {
                    seen.add(readEnvelope(r.value()));
                }
            });
            assertThat(seen).extracting(EventEnvelope::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            Schema schema = schema();
            for (EventEnvelope e : seen) {
                assertThat(schema.validate(e.data())).as("v%d against the schema", e.version()).isEmpty();
            }

            InspectionChanged first = payload(seen, id, 1);
            assertThat(first.publishedOn()).isNull();
            assertThat(first.publishedPrecision()).isNull();
            assertThat(first.fieldworkStart()).isEqualTo(LocalDate.of(2011, 7, 1));
            assertThat(first.fieldworkPrecision()).isEqualTo("MONTH");
            assertThat(first.plan()).isNull();
            JsonNode raw = seen.get(0).data();
            assertThat(raw.get("publishedOn").isNull()).as("publishedOn is present and null").isTrue();

            InspectionChanged last = payload(seen, id, 6);
            assertThat(last.recommendations()).singleElement().satisfies(r -> {
                assertThat(r.number()).isEqualTo(1);
                assertThat(r.addressee()).isNull();
                assertThat(r.owner()).isEqualTo("YJS Manager");
                assertThat(r.progress()).containsExactly(new InspectionChanged.Progress(LocalDate.of(2011, 9, 21),
                        "Briefed all case managers", "Merton scrutiny briefing, paragraph 2.8"));
            });
            assertThat(last.plan()).satisfies(p -> {
                assertThat(p.title()).isNull();
                assertThat(p.status()).isEqualTo("IN_PREPARATION");
                assertThat(p.due()).isEqualTo("October 3rd");
                assertThat(p.dueDate()).isEqualTo(LocalDate.of(2011, 10, 3));
                assertThat(p.updatedAt()).isNotNull();
            });
            assertThat(last.actions()).hasSize(2);
            InspectionChanged.Action b = last.actions().get(0);
            assertThat(b.reference()).isEqualTo("B");
            assertThat(b.section()).isEqualTo("From Youth Justice Plan");
            assertThat(b.owners()).containsExactly("YOT Manager", "YOSB Members");
            assertThat(b.owner()).isEqualTo("YOT Manager; YOSB Members");
            assertThat(b.due()).isNull();
            assertThat(b.dueDate()).isEqualTo(LocalDate.of(2011, 11, 30));
            assertThat(b.refersTo()).containsExactly("a)");
            assertThat(b.status()).isNull();
            InspectionChanged.Action a = last.actions().get(1);
            assertThat(a.reference()).isEqualTo("a)");
            assertThat(a.recommendation()).isEqualTo(recommendation);
            assertThat(a.due()).isEqualTo("Strategic Board Agenda Item");
            assertThat(a.dueDate()).isNull();
            assertThat(a.owners()).containsExactly("YJS Manager");
            assertThat(a.refersTo()).isEmpty();
        }
    }

    private EventEnvelope readEnvelope(String value) {
        try {
            return mapper.readValue(value, EventEnvelope.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private InspectionChanged payload(List<EventEnvelope> seen, String id, long version) throws IOException {
        EventEnvelope e = seen.stream().filter(x -> x.aggregateId().equals(id) && x.version() == version).findFirst()
                .orElseThrow(() -> new AssertionError("no v" + version + " of " + id));
        return mapper.treeToValue(e.data(), InspectionChanged.class);
    }

    @Test
    void theSchemaRefusesWhatTheContractForbids() throws IOException {
        Schema schema = schema();
        JsonNode bad = mapper.readTree("""
                {"id": "x", "team": "Milton Keynes", "framework": "hmip-youth-2018", "correction": -1,
                 "fieldworkStart": null, "fieldworkEnd": null, "publishedOn": "2021-06-10", "ratings": {"1.1": 3},
                 "scores": {}, "score": 23, "overall": "GOOD", "pointsToNextBand": 8, "recommendations": [],
                 "actions": [{"id": "5f8f0a4e-9d1c-4a8e-b3f7-2c6d9e0a1b2c", "recommendation": null, "text": "t",
                              "owner": "o", "due": "d", "status": "YELLOW", "progress": null,
                              "updatedAt": "2021-07-01T10:00:00Z"}],
                 "updatedAt": "2021-07-01T10:00:00Z", "source": null, "synthetic": false,
                 "fieldworkPrecision": null, "publishedPrecision": "YEAR"}""");
        assertThat(schema.validate(bad)).hasSizeGreaterThanOrEqualTo(4);
    }

    private Schema schema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> { });
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            return registry.getSchema(mapper.readTree(in));
        }
    }

    private static KafkaConsumer<String, String> consumer() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", KafkaTestResource.bootstrapServers(),
                "group.id", "inspection-events-test-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.INSPECTION));
        return consumer;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
