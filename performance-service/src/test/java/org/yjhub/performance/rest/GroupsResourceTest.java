package org.yjhub.performance.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.performance.GroupDefined;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.performance.Fixtures;
import org.yjhub.testsupport.AuthProbe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class GroupsResourceTest {

    private static final AtomicInteger CODES = new AtomicInteger();
    private static final String THAMES_VALLEY = """
            {"name":"Thames Valley","description":"The nine youth offending teams of the Thames Valley police force area",\
            "teams":["milton-keynes","buckinghamshire","oxfordshire","reading","slough","west-berkshire","wokingham",\
            "bracknell-forest","windsor-and-maidenhead"],"source":"Milton Keynes Youth Justice Plan 2019/20"}""";
    private static final List<String> THAMES_VALLEY_SORTED = List.of("bracknell-forest", "buckinghamshire", "milton-keynes",
            "oxfordshire", "reading", "slough", "west-berkshire", "windsor-and-maidenhead", "wokingham");
    private static final String PAIR = "{\"name\":\"Kent and Medway\",\"teams\":[\"medway\",\"kent\"]}";

    private final Tokens tokens = Fixtures.TOKENS;

    /** Every test writes its own groups: the application and database are shared by every test class. */
    private static String freshCode() {
        return "test-group-" + CODES.incrementAndGet();
    }

    private static String path(String code) {
        return "/api/v1/groups/" + code;
    }

    private ValidatableResponse put(String token, String code, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put(path(code)).then();
    }

    private static long events(String code) {
        return Fixtures.events(GroupDefined.AGGREGATE, GroupDefined.aggregateId(code));
    }

    private static void assertNothingStored(String code) {
        assertThat(Fixtures.groupRevisions(code)).as("revisions of " + code).isZero();
        assertThat(Fixtures.groupHeads(code)).as("head of " + code).isZero();
        assertThat(events(code)).as("events of " + code).isZero();
    }

    @Test
    void anAnalystDefinesAGroupAndAnyRoleReadsIt() {
        String code = freshCode();
        put(tokens.analyst(), code, THAMES_VALLEY)
                .statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", endsWith(path(code)))
                .body("code", equalTo(code))
                .body("revision", equalTo(1))
                .body("name", equalTo("Thames Valley"))
                .body("description", containsString("nine youth offending teams"))
                .body("teams", equalTo(THAMES_VALLEY_SORTED))
                .body("source", equalTo("Milton Keynes Youth Justice Plan 2019/20"))
                .body("definedBy", equalTo("user-analyst"))
                .body("definedAt", endsWith("Z"));
        for (String token : List.of(tokens.analyst(), tokens.admin(), tokens.inspector(), tokens.authority("medway"))) {
            given().auth().oauth2(token).get(path(code)).then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("teams", equalTo(THAMES_VALLEY_SORTED))
                    .body("revision", equalTo(1));
        }
        assertThat(Fixtures.groupRevisions(code)).isEqualTo(1);
        assertThat(events(code)).isEqualTo(1);
    }

    @Test
    void anAdminMayDefineAGroupAndOptionalTextIsNull() {
        String code = freshCode();
        put(tokens.admin(), code, PAIR)
                .statusCode(201)
                .body("teams", equalTo(List.of("kent", "medway")))
                .body("description", nullValue())
                .body("source", nullValue())
                .body("definedBy", equalTo("user-admin"));
    }

    @Test
    void newRevisionsIdenticalContentAndHistory() {
        String code = freshCode();
        put(tokens.analyst(), code, THAMES_VALLEY).statusCode(201);
        // the same teams in another order, the same text with spaces around it: unchanged, nothing stored or published
        List<String> reversed = new ArrayList<>(THAMES_VALLEY_SORTED);
        Collections.reverse(reversed);
        put(tokens.admin(), code, """
                {"name":"  Thames Valley ","description":"The nine youth offending teams of the Thames Valley police force area",\
                "teams":%s,"source":"Milton Keynes Youth Justice Plan 2019/20 "}""".formatted(json(reversed)))
                .statusCode(200).header("ETag", "\"1\"").body("revision", equalTo(1)).body("definedBy", equalTo("user-analyst"));
        assertThat(Fixtures.groupRevisions(code)).isEqualTo(1);
        assertThat(events(code)).isEqualTo(1);
        // a different definition: revision 2
        put(tokens.admin(), code, """
                {"name":"Thames Valley (east)","teams":["milton-keynes","buckinghamshire","slough"]}""")
                .statusCode(200).header("ETag", "\"2\"").body("revision", equalTo(2))
                .body("teams", equalTo(List.of("buckinghamshire", "milton-keynes", "slough")))
                .body("description", nullValue());
        given().auth().oauth2(tokens.inspector()).get(path(code) + "/revisions").then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("", hasSize(2))
                .body("revision", equalTo(List.of(1, 2)))
                .body("[0].teams", equalTo(THAMES_VALLEY_SORTED))
                .body("[0].definedBy", equalTo("user-analyst"))
                .body("[1].name", equalTo("Thames Valley (east)"))
                .body("[1].definedBy", equalTo("user-admin"));
        given().auth().oauth2(tokens.analyst()).get(path(code)).then().statusCode(200).header("ETag", "\"2\"")
                .body("name", equalTo("Thames Valley (east)"));
        assertThat(events(code)).isEqualTo(2);
    }

    private static String json(List<String> codes) {
        return codes.stream().map(c -> "\"" + c + "\"").reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]").orElse("[]");
    }

    @Test
    void theListHoldsEveryGroupsLatestRevisionSortedByCode() {
        String first = "list-a-" + CODES.incrementAndGet();
        String second = "list-b-" + CODES.incrementAndGet();
        put(tokens.analyst(), second, PAIR).statusCode(201);
        put(tokens.analyst(), first, PAIR).statusCode(201);
        put(tokens.analyst(), first, THAMES_VALLEY).statusCode(200);
        JsonPath list = given().auth().oauth2(tokens.authority("kent")).get("/api/v1/groups").then()
                .statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        List<String> codes = list.getList("code");
        assertThat(codes).contains(first, second).isSorted().doesNotHaveDuplicates();
        Map<String, Object> a = list.getMap("find { it.code == '" + first + "' }");
        assertThat(a.get("revision")).isEqualTo(2);
        assertThat(a.get("teams")).isEqualTo(THAMES_VALLEY_SORTED);
        Map<String, Object> b = list.getMap("find { it.code == '" + second + "' }");
        assertThat(b.get("revision")).isEqualTo(1);
        assertThat(b.get("teams")).isEqualTo(List.of("kent", "medway"));
    }

    @Test
    void conditionalWritesAndReads() {
        String code = freshCode();
        // If-None-Match: * creates only
        given().auth().oauth2(tokens.analyst()).header("If-None-Match", "*").contentType(ContentType.JSON).body(PAIR)
                .put(path(code)).then().statusCode(201).header("ETag", "\"1\"");
        given().auth().oauth2(tokens.analyst()).header("If-None-Match", "*").contentType(ContentType.JSON).body(THAMES_VALLEY)
                .put(path(code)).then()
                .statusCode(412).contentType("application/problem+json")
                .body("currentRevision", equalTo(1))
                .body("currentETag", equalTo("\"1\""));
        given().auth().oauth2(tokens.analyst()).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(THAMES_VALLEY)
                .put(path(code)).then().statusCode(200).header("ETag", "\"2\"");
        // stale
        given().auth().oauth2(tokens.analyst()).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(PAIR)
                .put(path(code)).then()
                .statusCode(412).contentType("application/problem+json")
                .body("status", equalTo(412))
                .body("currentRevision", equalTo(2));
        // weak tags never match If-Match
        given().auth().oauth2(tokens.analyst()).header("If-Match", "W/\"2\"").contentType(ContentType.JSON).body(PAIR)
                .put(path(code)).then().statusCode(412);
        // malformed
        given().auth().oauth2(tokens.analyst()).header("If-Match", "2").contentType(ContentType.JSON).body(PAIR)
                .put(path(code)).then().statusCode(400).contentType("application/problem+json");
        assertThat(Fixtures.groupRevisions(code)).isEqualTo(2);
        assertThat(events(code)).isEqualTo(2);
        // If-Match on a group that does not exist yet
        String absent = freshCode();
        given().auth().oauth2(tokens.analyst()).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(PAIR)
                .put(path(absent)).then().statusCode(412);
        assertNothingStored(absent);

        given().auth().oauth2(tokens.analyst()).header("If-None-Match", "\"2\"").get(path(code)).then()
                .statusCode(304).header("ETag", "\"2\"");
        given().auth().oauth2(tokens.analyst()).header("If-None-Match", "W/\"2\"").get(path(code) + "/revisions").then()
                .statusCode(304).header("ETag", "\"2\"");
        given().auth().oauth2(tokens.analyst()).header("If-None-Match", "\"1\"").get(path(code)).then()
                .statusCode(200).header("ETag", "\"2\"");
        given().auth().oauth2(tokens.analyst()).header("If-None-Match", "2").get(path(code)).then()
                .statusCode(400).contentType("application/problem+json");
    }

    private void assertRejected(String body, String field, String messagePart) {
        String code = freshCode();
        put(tokens.analyst(), code, body)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://yjhub.org/problems/validation"))
                .body("status", equalTo(422))
                .body("detail", containsString("Nothing was stored"))
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", containsString(messagePart));
        assertNothingStored(code);
    }

    @Test
    void invalidGroupsAre422WithNothingStored() {
        assertRejected("{\"name\":\"TV\",\"teams\":[\"milton-keynes\",\"oxford\"]}", "teams[1]", "'oxford' is not a known team code");
        assertRejected("{\"name\":\"TV\",\"teams\":[\"reading\",\"slough\",\"reading\"]}", "teams[2]", "more than once (first at teams[0])");
        assertRejected("{\"name\":\"TV\",\"teams\":[\"reading\"]}", "teams", "at least 2");
        assertRejected("{\"name\":\"TV\",\"teams\":[]}", "teams", "at least 2");
        assertRejected("{\"name\":\"TV\"}", "teams", "required");
        assertRejected("{\"name\":\"TV\",\"teams\":[\"reading\",null]}", "teams[1]", "must be a team code");
        assertRejected("{\"name\":\"TV\",\"teams\":" + json(Collections.nCopies(201, "kent")) + "}", "teams", "at most 200");
        assertRejected("{\"teams\":[\"reading\",\"slough\"]}", "name", "required");
        assertRejected("{\"name\":\" \",\"teams\":[\"reading\",\"slough\"]}", "name", "required");
        assertRejected("{\"name\":\"" + "n".repeat(201) + "\",\"teams\":[\"reading\",\"slough\"]}", "name", "at most 200");
        assertRejected("{\"name\":\"TV\",\"description\":\"" + "d".repeat(2001) + "\",\"teams\":[\"reading\",\"slough\"]}",
                "description", "at most 2000");
        assertRejected("{\"name\":\"TV\",\"source\":\"" + "s".repeat(501) + "\",\"teams\":[\"reading\",\"slough\"]}",
                "source", "at most 500");
        assertRejected("{\"name\":\"T\\u0000V\",\"teams\":[\"reading\",\"slough\"]}", "name", "plain text");
    }

    @Test
    void everyFailingFieldIsListed() {
        String code = freshCode();
        put(tokens.analyst(), code, "{\"description\":\"" + "d".repeat(2001) + "\",\"teams\":[\"atlantis\",\"kent\",\"kent\"]}")
                .statusCode(422)
                .body("errors.field", equalTo(List.of("name", "description", "teams[0]", "teams[2]")));
        assertNothingStored(code);
    }

    @Test
    void aCodeThatIsNotASlugIs400() {
        for (String code : List.of("Thames-Valley", "thames_valley", "thames--valley", "-tv", "a".repeat(61), "th%C3%A9mes")) {
            given().auth().oauth2(tokens.analyst()).contentType(ContentType.JSON).body(PAIR)
                    .urlEncodingEnabled(false).put(path(code)).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("detail", containsString("group code"));
            given().auth().oauth2(tokens.analyst()).urlEncodingEnabled(false).get(path(code)).then().statusCode(400);
            given().auth().oauth2(tokens.analyst()).urlEncodingEnabled(false).get(path(code) + "/revisions").then().statusCode(400);
        }
        // a 60-character slug is fine
        String longest = "g" + "0".repeat(59);
        put(tokens.analyst(), longest, PAIR).statusCode(201);
        assertNothingStored("Thames-Valley");
    }

    @Test
    void malformedBodiesAre400WrongJsonTypes422AndWrongContentTypes415() {
        String code = freshCode();
        put(tokens.analyst(), code, "{\"name\":").statusCode(400).contentType("application/problem+json");
        // a wrong JSON type is a 422 naming the field, as everywhere in the service
        put(tokens.analyst(), code, "{\"name\":\"TV\",\"teams\":\"reading\"}").statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("teams"));
        put(tokens.analyst(), code, "{\"name\":\"TV\",\"teams\":[1,2]}").statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", containsString("teams"));
        put(tokens.analyst(), code, "{\"name\":5,\"teams\":[\"reading\",\"slough\"]}").statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("name"));
        given().auth().oauth2(tokens.analyst()).contentType(ContentType.JSON).put(path(code)).then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(tokens.analyst()).contentType("text/plain").body(PAIR).put(path(code)).then()
                .statusCode(415).contentType("application/problem+json");
        assertNothingStored(code);
    }

    @Test
    void anUnknownGroupIs404() {
        String code = freshCode();
        given().auth().oauth2(tokens.analyst()).get(path(code)).then()
                .statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("no comparator group with code '" + code + "'"));
        given().auth().oauth2(tokens.analyst()).get(path(code) + "/revisions").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyAnAdminOrAnAnalystMayDefineAGroup() {
        String code = freshCode();
        for (String token : List.of(tokens.authority("milton-keynes"), tokens.inspector())) {
            put(token, code, THAMES_VALLEY)
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("status", equalTo(403))
                    .body("detail", containsString("admin"));
        }
        assertNothingStored(code);
        AuthProbe.assertRefusesBadTokens(tokens, Method.PUT, path(code), "application/json", THAMES_VALLEY);
        AuthProbe.assertRefusesBadTokens(tokens, Method.GET, path(code), null, null);
        AuthProbe.assertRefusesBadTokens(tokens, Method.GET, path(code) + "/revisions", null, null);
        AuthProbe.assertRefusesBadTokens(tokens, Method.GET, "/api/v1/groups", null, null);
        assertNothingStored(code);
    }

    @Test
    void theOpenApiDocumentDescribesTheGroups() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertThat(doc.getString("paths.'/api/v1/groups'.get.operationId")).isEqualTo("listGroups");
        assertThat(doc.getString("paths.'/api/v1/groups/{code}'.put.operationId")).isEqualTo("putGroup");
        assertThat(doc.getString("paths.'/api/v1/groups/{code}'.get.operationId")).isEqualTo("getGroup");
        assertThat(doc.getString("paths.'/api/v1/groups/{code}/revisions'.get.operationId")).isEqualTo("listGroupRevisions");
        assertThat(doc.getMap("paths.'/api/v1/groups/{code}'.put.responses").keySet())
                .contains("200", "201", "400", "401", "403", "412", "413", "415", "422");
        assertThat(doc.getList("paths.'/api/v1/groups/{code}'.put.parameters.name")).contains("If-Match", "If-None-Match");
        assertThat(doc.getString("paths.'/api/v1/groups/{code}'.put.responses.'201'.headers.ETag.schema.type")).isEqualTo("string");
        for (String read : List.of("/api/v1/groups/{code}", "/api/v1/groups/{code}/revisions")) {
            assertThat(doc.getMap("paths.'" + read + "'.get.responses").keySet()).as(read).contains("200", "304", "400", "401", "404");
            assertThat(doc.getMap("paths.'" + read + "'.get.responses.'304'")).as(read).doesNotContainKey("content");
        }
        Map<String, Object> example = doc.getMap("paths.'/api/v1/groups/{code}'.put.requestBody.content.'application/json'"
                + ".examples.thames-valley.value");
        assertThat(example.get("teams")).asList().hasSize(9).contains("milton-keynes");
        assertThat(doc.getList("tags.name")).contains("Comparator groups");
    }
}
