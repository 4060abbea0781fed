package org.yjhub.budget.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.EventEnvelope;
import org.yjhub.common.events.Topics;
import org.yjhub.common.events.budget.BudgetSubmitted;
import org.yjhub.common.events.budget.StaffingSubmitted;
import org.yjhub.testsupport.KafkaTestResource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.yjhub.budget.TestData.asAdmin;
import static org.yjhub.budget.TestData.budget;
import static org.yjhub.budget.TestData.budgetPath;
import static org.yjhub.budget.TestData.events;
import static org.yjhub.budget.TestData.headcount;
import static org.yjhub.budget.TestData.line;
import static org.yjhub.budget.TestData.medwayLines;
import static org.yjhub.budget.TestData.miltonKeynesFte;
import static org.yjhub.budget.TestData.miltonKeynesLines;
import static org.yjhub.budget.TestData.staffing;
import static org.yjhub.budget.TestData.staffingPath;
import static org.yjhub.budget.TestData.tokens;

/** Budget and staffing events over the real broker: key, CloudEvents headers, version, payload and its JSON Schema. */
@QuarkusTest
class BudgetEventsTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @Inject
    ObjectMapper mapper;

    private KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    @BeforeEach
    void subscribe() {
        consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", KafkaTestResource.bootstrapServers(),
                "group.id", "budget-events-test-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.BUDGET));
        tokens();
    }

    @AfterEach
    void close() {
        consumer.close();
    }

    /** Waits until {@code count} records with this key have arrived; returns them in arrival order. */
    private List<ConsumerRecord<String, String>> awaitRecords(String key, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(r -> key.equals(r.key())).count() >= count;
        });
        return seen.stream().filter(r -> key.equals(r.key())).toList();
    }

    private EventEnvelope envelope(ConsumerRecord<String, String> record) throws IOException {
        return mapper.readValue(record.value(), EventEnvelope.class);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private void assertConforms(String schemaFile, JsonNode data) throws IOException {
        Path file = Path.of("..", "common", "src", "main", "resources", "events", schemaFile);
        Schema schema = SCHEMAS.getSchema(mapper.readTree(Files.readString(file)));
        List<Error> errors = schema.validate(data);
        assertThat(errors).as(schemaFile + " for " + data).isEmpty();
    }

    private void assertEnvelopeConforms(String value) throws IOException {
        try (InputStream in = EventEnvelope.class.getResourceAsStream("/events/event-envelope.schema.json")) {
            Schema schema = SCHEMAS.getSchema(mapper.readTree(in));
            assertThat(schema.validate(mapper.readTree(value))).isEmpty();
        }
    }

    @Test
    void budgetSubmittedCarriesTheBudgetsFullState() throws IOException {
        String team = "bracknell-forest";
        asAdmin().contentType(ContentType.JSON)
                .body(budget(miltonKeynesLines(), 1234757L, "Milton Keynes figures, used for another team in a test"))
                .put(budgetPath(team, "2019-20")).then().statusCode(201);

        ConsumerRecord<String, String> record = awaitRecords(team + "/2019-20", 1).get(0);
        EventEnvelope event = envelope(record);
        assertThat(header(record, "ce_type")).isEqualTo(BudgetSubmitted.TYPE);
        assertThat(header(record, "ce_subject")).isEqualTo(team + "/2019-20");
        assertThat(header(record, "ce_source")).isEqualTo("/budget-service");
        assertThat(header(record, "ce_id")).isEqualTo(event.id());
        assertThat(event.type()).isEqualTo(BudgetSubmitted.TYPE);
        assertThat(event.aggregateType()).isEqualTo(BudgetSubmitted.AGGREGATE);
        assertThat(event.aggregateId()).isEqualTo(team + "/2019-20");
        assertThat(event.version()).isEqualTo(1);

        BudgetSubmitted data = mapper.treeToValue(event.data(), BudgetSubmitted.class);
        assertThat(data.team()).isEqualTo(team);
        assertThat(data.year()).isEqualTo("2019-20");
        assertThat(data.revision()).isEqualTo(1);
        assertThat(data.staffTotal()).isEqualTo(108_921);
        assertThat(data.delegatedTotal()).isEqualTo(1_125_836);
        assertThat(data.total()).isEqualTo(1_234_757);
        assertThat(data.previousYearTotal()).isNull();
        assertThat(data.submittedBy()).isEqualTo("user-admin");
        assertThat(data.source()).isEqualTo("Milton Keynes figures, used for another team in a test");
        assertThat(data.synthetic()).isFalse();
        assertThat(data.contributions()).hasSize(8);
        assertThat(data.contributions().get(3)).isEqualTo(new BudgetSubmitted.Contribution("HEALTH", null, 32_185, 31_502, 63_687, null));
        assertThat(data.contributions().get(7)).isEqualTo(
                new BudgetSubmitted.Contribution("OTHER", "Strengthening Families", 0, 70_000, 70_000, null));
        assertConforms("budget-submitted.v1.schema.json", event.data());
        assertEnvelopeConforms(record.value());

        // the schema is not a rubber stamp: a payload that breaks the contract fails it
        com.fasterxml.jackson.databind.node.ObjectNode broken = event.data().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("contributions").get(7)).putNull("description");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("contributions").get(0)).put("staff", 54015.5);
        broken.remove("total");
        Schema schema = SCHEMAS.getSchema(mapper.readTree(Files.readString(
                Path.of("..", "common", "src", "main", "resources", "events", "budget-submitted.v1.schema.json"))));
        assertThat(schema.validate(broken)).extracting(Error::getMessage).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theNextYearIsRepublishedWhenThePreviousYearsFiguresChange() throws IOException {
        String team = "brighton-and-hove";
        String y2019 = team + "/2019-20";
        String y2020 = team + "/2020-21";
        String y2021 = team + "/2021-22";
        asAdmin().contentType(ContentType.JSON).body(budget(medwayLines(), null, null)).put(budgetPath(team, "2020-21"))
                .then().statusCode(201).body("previousYear", equalTo(null));
        asAdmin().contentType(ContentType.JSON).body(budget(medwayLines(), null, null)).put(budgetPath(team, "2021-22"))
                .then().statusCode(201).body("previousYear.total", equalTo(611589));
        assertThat(events(BudgetSubmitted.AGGREGATE, y2020)).as("2021-22 does not touch 2020-21").isEqualTo(1);

        // 2019-20 appears: 2020-21 now has a previous year, so it is republished (same revision, version 2)
        asAdmin().contentType(ContentType.JSON).body(budget(miltonKeynesLines(), null, "first")).put(budgetPath(team, "2019-20"))
                .then().statusCode(201);
        // a change that leaves every total alone (the source) does not republish 2020-21
        asAdmin().contentType(ContentType.JSON).body(budget(miltonKeynesLines(), null, "second")).put(budgetPath(team, "2019-20"))
                .then().statusCode(200).body("revision", equalTo(2));
        assertThat(events(BudgetSubmitted.AGGREGATE, y2020)).isEqualTo(2);
        // a change of figures republishes 2020-21 again, and never 2021-22
        List<Map<String, Object>> changed = miltonKeynesLines();
        changed.set(5, line("YJB", null, 0, 300000));
        asAdmin().contentType(ContentType.JSON).body(budget(changed, null, "second")).put(budgetPath(team, "2019-20"))
                .then().statusCode(200).body("revision", equalTo(3));

        List<ConsumerRecord<String, String>> next = awaitRecords(y2020, 3);
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (ConsumerRecord<String, String> r : next) {
            envelopes.add(envelope(r));
            assertThat(header(r, "ce_type")).isEqualTo(BudgetSubmitted.TYPE);
        }
        assertThat(envelopes).extracting(EventEnvelope::version).containsExactly(1L, 2L, 3L);
        List<BudgetSubmitted> states = new ArrayList<>();
        for (EventEnvelope e : envelopes) {
            states.add(mapper.treeToValue(e.data(), BudgetSubmitted.class));
            assertConforms("budget-submitted.v1.schema.json", e.data());
        }
        assertThat(states).extracting(BudgetSubmitted::revision).containsExactly(1L, 1L, 1L);
        assertThat(states).extracting(BudgetSubmitted::previousYearTotal).containsExactly(null, 1_234_757L, 1_266_446L);
        assertThat(states.get(1).contributions()).extracting(BudgetSubmitted.Contribution::previousYearTotal)
                .containsExactly(116_900L, 29_776L, 63_687L, 609_347L, 268_311L);
        assertThat(states.get(2).contributions()).extracting(BudgetSubmitted.Contribution::previousYearTotal)
                .containsExactly(116_900L, 29_776L, 63_687L, 609_347L, 300_000L);

        assertThat(awaitRecords(y2019, 3)).extracting(r -> {
            try {
                return envelope(r).version();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).containsExactly(1L, 2L, 3L);
        assertThat(events(BudgetSubmitted.AGGREGATE, y2021)).as("two years on is not affected").isEqualTo(1);
        // still revision 1, but its figures changed twice: the ETag is the version of the newest event, so a client
        // holding "1" gets the new figures rather than a 304
        asAdmin().get(budgetPath(team, "2020-21")).then().statusCode(200).header("ETag", "\"3\"")
                .body("revision", equalTo(1))
                .body("previousYear.total", equalTo(1266446))
                .body("contributions[4].previousYear.total", equalTo(300000));
    }

    @Test
    void staffingSubmittedCarriesTheStaffing() throws IOException {
        String team = "wokingham";
        asAdmin().contentType(ContentType.JSON).body(staffing(miltonKeynesFte(), 19.79, headcount()))
                .put(staffingPath(team, "2019-20")).then().statusCode(201);

        ConsumerRecord<String, String> record = awaitRecords(team + "/2019-20", 1).stream()
                .filter(r -> header(r, "ce_type").equals(StaffingSubmitted.TYPE)).findFirst().orElseThrow();
        EventEnvelope event = envelope(record);
        assertThat(header(record, "ce_subject")).isEqualTo(team + "/2019-20");
        assertThat(event.aggregateType()).isEqualTo(StaffingSubmitted.AGGREGATE);
        assertThat(event.version()).isEqualTo(1);
        StaffingSubmitted data = mapper.treeToValue(event.data(), StaffingSubmitted.class);
        assertThat(data.revision()).isEqualTo(1);
        assertThat(data.totalFte()).isEqualByComparingTo("19.79");
        assertThat(data.fte()).hasSize(5);
        assertThat(data.fte().get(2).role()).isEqualTo("Mental health worker");
        assertThat(data.fte().get(2).contractType()).isEqualTo("SECONDED");
        assertThat(data.fte().get(2).fte()).isEqualByComparingTo("0.8");
        assertThat(data.headcount()).hasSize(4);
        assertThat(data.headcount().get(0)).isEqualTo(new StaffingSubmitted.Headcount("gender", "Female", null, 15));
        assertConforms("staffing-submitted.v1.schema.json", event.data());
        assertEnvelopeConforms(record.value());
    }
}
