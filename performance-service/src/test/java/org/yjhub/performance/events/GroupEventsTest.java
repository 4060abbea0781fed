package org.yjhub.performance.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
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
import org.yjhub.common.events.performance.GroupDefined;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.performance.Fixtures;
import org.yjhub.testsupport.KafkaTestResource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Comparator groups over the real broker: key, CloudEvents headers, version = revision, full state and its JSON Schema. */
@QuarkusTest
class GroupEventsTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final String SCHEMA_FILE = "group-defined.v1.schema.json";

    private final Tokens tokens = Fixtures.TOKENS;

    @Inject
    ObjectMapper mapper;

    private KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    @BeforeEach
    void subscribe() {
        consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", KafkaTestResource.bootstrapServers(),
                "group.id", "group-events-test-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.PERFORMANCE));
    }

    @AfterEach
    void close() {
        consumer.close();
    }

    /** Waits until a record of this key with this version has arrived; returns the key's records in arrival order. */
    private List<ConsumerRecord<String, String>> awaitVersion(String key, long version) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().anyMatch(r -> key.equals(r.key()) && version(r) == version);
        });
        return seen.stream().filter(r -> key.equals(r.key())).toList();
    }

    private long version(ConsumerRecord<String, String> r) {
        try {
            return mapper.readTree(r.value()).get("version").asLong();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /*
     * The validator is handed JSON text, not Jackson trees: when it reaches this module only through test-support, the
     * validator and the test can see Jackson from different class loaders, and a JsonNode cannot cross between them.
     */
    private static Schema dataSchema() throws IOException {
        return SCHEMAS.getSchema(Files.readString(Path.of("..", "common", "src", "main", "resources", "events", SCHEMA_FILE)));
    }

    private List<Error> validate(JsonNode data) throws IOException {
        return dataSchema().validate(mapper.writeValueAsString(data), InputFormat.JSON);
    }

    private void assertConforms(JsonNode data) throws IOException {
        assertThat(validate(data)).as(SCHEMA_FILE + " for " + data).isEmpty();
    }

    private static void assertEnvelopeConforms(String value) throws IOException {
        try (InputStream in = EventEnvelope.class.getResourceAsStream("/events/event-envelope.schema.json")) {
            Schema schema = SCHEMAS.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(schema.validate(value, InputFormat.JSON)).isEmpty();
        }
    }

    @Test
    void eachNewRevisionOfAGroupIsPublishedOnceWithItsFullState() throws IOException {
        String code = "events-thames-valley";
        String path = "/api/v1/groups/" + code;
        given().auth().oauth2(tokens.analyst()).contentType(ContentType.JSON).body("""
                {"name":"Thames Valley","description":"The nine youth offending teams of the Thames Valley",
                 "teams":["milton-keynes","buckinghamshire","oxfordshire","reading","slough","west-berkshire","wokingham",
                          "bracknell-forest","windsor-and-maidenhead"],
                 "source":"Milton Keynes Youth Justice Plan 2019/20"}""").put(path).then().statusCode(201);
        // identical in another order: no event
        given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body("""
                {"name":"Thames Valley","description":"The nine youth offending teams of the Thames Valley",
                 "teams":["wokingham","windsor-and-maidenhead","west-berkshire","slough","reading","oxfordshire",
                          "milton-keynes","buckinghamshire","bracknell-forest"],
                 "source":"Milton Keynes Youth Justice Plan 2019/20"}""").put(path).then().statusCode(200);
        given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"Thames Valley north\",\"teams\":[\"milton-keynes\",\"buckinghamshire\"]}")
                .put(path).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = awaitVersion(code, 2);
        // anything wrongly published for the unchanged write would be in by now
        consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
        records = seen.stream().filter(r -> code.equals(r.key())).toList();
        assertThat(records).extracting(this::version).containsExactly(1L, 2L);

        ConsumerRecord<String, String> first = records.get(0);
        assertThat(header(first, "ce_type")).isEqualTo(GroupDefined.TYPE);
        assertThat(header(first, "ce_subject")).isEqualTo(code);
        assertThat(header(first, "ce_source")).isEqualTo("/performance-service");
        assertEnvelopeConforms(first.value());
        JsonNode envelope = mapper.readTree(first.value());
        assertThat(header(first, "ce_id")).isEqualTo(envelope.get("id").asText());
        assertThat(envelope.get("type").asText()).isEqualTo(GroupDefined.TYPE);
        assertThat(envelope.get("aggregateType").asText()).isEqualTo(GroupDefined.AGGREGATE);
        assertThat(envelope.get("aggregateId").asText()).isEqualTo(code);
        assertThat(envelope.get("version").asLong()).isEqualTo(1);
        assertConforms(envelope.get("data"));
        GroupDefined event = mapper.treeToValue(envelope.get("data"), GroupDefined.class);
        assertThat(event.code()).isEqualTo(code);
        assertThat(event.revision()).isEqualTo(1);
        assertThat(event.name()).isEqualTo("Thames Valley");
        assertThat(event.description()).isEqualTo("The nine youth offending teams of the Thames Valley");
        assertThat(event.teams()).containsExactly("bracknell-forest", "buckinghamshire", "milton-keynes", "oxfordshire", "reading",
                "slough", "west-berkshire", "windsor-and-maidenhead", "wokingham");
        assertThat(event.source()).isEqualTo("Milton Keynes Youth Justice Plan 2019/20");
        assertThat(event.definedBy()).isEqualTo("user-analyst");
        assertThat(event.definedAt()).isBefore(Instant.now().plusSeconds(1));

        JsonNode secondEnvelope = mapper.readTree(records.get(1).value());
        assertEnvelopeConforms(records.get(1).value());
        // null description and source travel as nulls, and the schema allows them
        assertThat(secondEnvelope.get("data").has("description")).isTrue();
        assertConforms(secondEnvelope.get("data"));
        GroupDefined second = mapper.treeToValue(secondEnvelope.get("data"), GroupDefined.class);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.name()).isEqualTo("Thames Valley north");
        assertThat(second.teams()).containsExactly("buckinghamshire", "milton-keynes");
        assertThat(second.description()).isNull();
        assertThat(second.source()).isNull();
        assertThat(second.definedBy()).isEqualTo("user-admin");
    }

    @Test
    void theSchemaIsNotARubberStamp() throws IOException {
        GroupDefined valid = new GroupDefined("tv", 1, "TV", null, List.of("kent", "medway"), null,
                Instant.parse("2026-12-05T10:00:00Z"), "user-analyst");
        ObjectNode data = mapper.valueToTree(valid);
        assertConforms(data);
        ObjectNode broken = data.deepCopy();
        broken.put("code", "Thames Valley");
        broken.put("revision", 0);
        ((ArrayNode) broken.get("teams")).removeAll().add("kent");
        broken.put("colour", "red");
        assertThat(validate(broken)).extracting(Error::getMessage).hasSizeGreaterThanOrEqualTo(4);
        ObjectNode repeated = data.deepCopy();
        ((ArrayNode) repeated.get("teams")).add("kent");
        assertThat(validate(repeated)).isNotEmpty();
    }
}
