package org.yjhub.inspection.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yjhub.inspection.Fixtures;
import org.yjhub.testsupport.RawHttp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yjhub.inspection.Fixtures.TOKENS;
import static org.yjhub.inspection.Fixtures.as;
import static org.yjhub.inspection.Fixtures.json;

/**
 * Hostile input on every write endpoint of the service (inspections, corrections, recommendations and their progress,
 * the plan, actions, progress):
 * odd ids in the path, wrong JSON types, nulls, absurd numbers and dates, control characters in free text, oversized
 * and mistyped bodies. Each answer is the documented 4xx as problem+json — never a 500 — and nothing is stored (the row
 * counts of every table the service writes, and every inspection's version, stay as they were).
 */
@QuarkusTest
class HostileInputTest {

    private static final String TEAM = "wigan";
    private static final String PROBLEM = "application/problem+json";
    private static final long LIMIT = 10L * 1024 * 1024;

    /** One inspection with one recommendation and one action, the target of every write below. */
    private static String inspection;
    private static String recommendation;
    private static String action;

    @BeforeEach
    void target() {
        if (inspection == null) {
            inspection = Fixtures.create(Fixtures.youth(TEAM));
            recommendation = Fixtures.createRecommendation(inspection, "Management Board");
            action = Fixtures.createAction(inspection, "GREEN");
        }
    }

    private static void assertProblem(Response response, Integer... allowed) {
        assertThat(response.statusCode()).as("status of %s", response.asString()).isIn((Object[]) allowed);
        assertThat(response.contentType()).startsWith(PROBLEM);
        assertThat(response.jsonPath().getInt("status")).isEqualTo(response.statusCode());
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
    }

    /**
     * A 4xx problem+json. Two answers come from the HTTP layer before any application code runs and carry no body: 414
     * for a request line over 4 KB, and 400 for a path that is not valid percent-encoding ({@code %ZZ}).
     */
    private static void assertProblem(RawHttp.Answer answer, Integer... allowed) {
        assertThat(answer.status()).as("status of %s", answer.body()).isIn((Object[]) allowed);
        boolean fromHttpLayer = answer.status() == 414 || answer.status() == 400 && answer.body().isEmpty();
        if (!fromHttpLayer) {
            assertThat(answer.header("Content-Type")).as("%s%n%n%s", answer.headers(), answer.body()).startsWith(PROBLEM);
            assertThat(JsonPath.from(answer.body()).getInt("status")).isEqualTo(answer.status());
            assertThat(JsonPath.from(answer.body()).getString("detail")).isNotBlank();
        }
    }

    private static Map<String, Object> inspectionBody() {
        return Fixtures.youth(TEAM, LocalDate.of(2023, 1, 15), Fixtures.miltonKeynesRatings());
    }

    private static String with(String member, Object value) {
        Map<String, Object> body = inspectionBody();
        body.put(member, value);
        return json(body);
    }

    /** The body with no dates at all: neither a publication date nor fieldwork dates. */
    private static String withoutDates() {
        Map<String, Object> body = inspectionBody();
        body.put("publishedOn", null);
        body.remove("fieldworkStart");
        body.remove("fieldworkEnd");
        return json(body);
    }

    /** The body with one member written as raw JSON text (for escapes a serialiser would not produce). */
    private static String withRaw(String member, String rawJson) {
        String body = json(inspectionBody());
        return body.substring(0, body.length() - 1) + ",\"" + member + "\":" + rawJson + "}";
    }

    private static String withRating(String standard, Object value) {
        Map<String, Object> body = inspectionBody();
        @SuppressWarnings("unchecked")
        Map<String, Object> ratings = new LinkedHashMap<>((Map<String, Object>) body.get("ratings"));
        ratings.put(standard, value);
        body.put("ratings", ratings);
        return json(body);
    }

    // ---- odd ids in the path: 404 (or 400), never 500

    static Stream<String> oddIds() {
        return Stream.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "%27%20or%201%3D1", "%22x%22", "..%2F..%2Fteams",
                "x%00", "a%2Fb", "%ZZ", "%C3%A9t%C3%A9", "%F0%9F%98%80", "-1", "1e400", "x".repeat(3000), "x".repeat(5000));
    }

    @ParameterizedTest(name = "id {0}")
    @MethodSource("oddIds")
    void anOddIdInThePathIs404(String id) throws Exception {
        Fixtures.Store before = Fixtures.Store.now();
        String recommendation = json(Map.of("addressee", "YOS", "text", "Improve"));
        String newAction = json(Map.of("text", "Review", "owner", "YOT Manager", "due", "2021-09-30"));
        assertProblem(RawHttp.send("GET", "/api/v1/inspections/" + id, TOKENS.analyst(), null, null), 400, 404, 414);
        assertProblem(RawHttp.send("PUT", "/api/v1/inspections/" + id, TOKENS.inspector(), "application/json", json(inspectionBody())),
                400, 404, 414);
        assertProblem(RawHttp.send("POST", "/api/v1/inspections/" + id + "/recommendations", TOKENS.inspector(), "application/json",
                recommendation), 400, 404, 414);
        assertProblem(RawHttp.send("POST", "/api/v1/inspections/" + id + "/actions", TOKENS.inspector(), "application/json",
                newAction), 400, 404, 414);
        assertProblem(RawHttp.send("PATCH", "/api/v1/actions/" + id, TOKENS.inspector(), "application/json",
                json(Map.of("status", "RED"))), 400, 404, 414);
        assertProblem(RawHttp.send("PUT", "/api/v1/inspections/" + id + "/plan", TOKENS.inspector(), "application/json",
                json(Map.of("status", "DRAFT"))), 400, 404, 414);
        assertProblem(RawHttp.send("GET", "/api/v1/inspections/" + id + "/plan", TOKENS.analyst(), null, null),
                400, 404, 414);
        assertProblem(RawHttp.send("POST", "/api/v1/recommendations/" + id + "/progress", TOKENS.inspector(),
                "application/json", json(Map.of("reportedOn", "2023-12-01", "text", "Done"))), 400, 404, 414);
        assertProblem(RawHttp.send("GET", "/api/v1/inspections?team=" + id, TOKENS.analyst(), null, null), 200, 400, 404, 414);
        assertThat(Fixtures.Store.now()).isEqualTo(before);
    }

    // ---- hostile inspection bodies (POST records, PUT corrects): 400 or 422, nothing stored

    static Stream<Arguments> hostileInspections() {
        return Stream.of(
                Arguments.of("array at top level", "[" + json(inspectionBody()) + "]", 422, "body"),
                Arguments.of("a string at top level", "\"inspection\"", 422, "body"),
                Arguments.of("team is a number", with("team", 5), 422, "team"),
                Arguments.of("team is an array", with("team", List.of(TEAM)), 422, "team"),
                Arguments.of("ratings is an array", with("ratings", List.of("GOOD")), 422, "ratings"),
                Arguments.of("ratings is a string", with("ratings", "GOOD"), 422, "ratings"),
                Arguments.of("a rating is a number", withRating("1.1", 3), 422, "ratings.1.1"),
                Arguments.of("a rating is an object", withRating("1.1", Map.of("value", "GOOD")), 422, "ratings.1.1"),
                Arguments.of("a rating is null", withRating("1.1", null), 422, "ratings.1.1"),
                Arguments.of("a rating with NUL", withRating("1.1", "GOOD\u0000"), 422, "ratings.1.1"),
                Arguments.of("a standard with NUL", withRating("1.1\u0000", "GOOD"), 422, "ratings.1.1\u0000"),
                Arguments.of("ratings is null", with("ratings", null), 422, "ratings.1.1"),
                Arguments.of("publishedOn is a number", with("publishedOn", 20230115), 422, "publishedOn"),
                Arguments.of("publishedOn 30 February", with("publishedOn", "2023-02-30"), 422, "publishedOn"),
                Arguments.of("publishedOn in year 999999999", with("publishedOn", "+999999999-12-31"), 422, "publishedOn"),
                Arguments.of("publishedOn with NUL", with("publishedOn", "2023-01-15\u0000"), 422, "publishedOn"),
                Arguments.of("publishedOn is null without fieldwork dates", withoutDates(), 422, "publishedOn"),
                Arguments.of("fieldworkStart 5000 characters", with("fieldworkStart", "2".repeat(5000)), 422, "fieldworkStart"),
                Arguments.of("framework with NUL", with("framework", "hmip-youth-2018\u0000"), 422, "framework"),
                Arguments.of("overall is a number", with("overall", 1), 422, "overall"),
                Arguments.of("synthetic is a number", with("synthetic", 1), 422, "synthetic"),
                Arguments.of("synthetic is the string true", with("synthetic", "true"), 422, "synthetic"),
                Arguments.of("source is a number", with("source", 5), 422, "source"),
                Arguments.of("NUL in the source", with("source", "HMIP report\u0000"), 422, "source"),
                Arguments.of("a lone surrogate in the source", withRaw("source", "\"\\ud800\""), 422, "source"),
                Arguments.of("scores 1e400", with("scores", Map.of("1.1", new java.math.BigDecimal("1e400"))), 422, "scores"),
                Arguments.of("scores as strings", with("scores", Map.of("1.1", "61")), 422, "scores.1.1"),
                Arguments.of("empty object", "{}", 422, "team"),
                Arguments.of("truncated JSON", "{\"team\":", 400, null),
                Arguments.of("empty body", "", 400, null),
                Arguments.of("literal null body", "null", 400, null));
    }

    @ParameterizedTest(name = "record: {0}")
    @MethodSource("hostileInspections")
    void aHostileInspectionIsRefusedAndNothingIsStored(String label, String body, int status, String field) {
        Fixtures.Store before = Fixtures.Store.now();
        Response response = as(TOKENS.inspector()).body(body).post("/api/v1/inspections");
        assertProblem(response, status);
        if (field != null) {
            assertThat(response.jsonPath().getList("errors.field", String.class)).contains(field);
        }
        assertThat(Fixtures.Store.now()).isEqualTo(before);
    }

    @ParameterizedTest(name = "correct: {0}")
    @MethodSource("hostileInspections")
    void aHostileCorrectionIsRefusedAndNothingIsStored(String label, String body, int status, String field) {
        Fixtures.Store before = Fixtures.Store.now();
        Response response = as(TOKENS.inspector()).body(body).put("/api/v1/inspections/" + inspection);
        assertProblem(response, status);
        if (field != null) {
            assertThat(response.jsonPath().getList("errors.field", String.class)).contains(field);
        }
        assertThat(Fixtures.Store.now()).isEqualTo(before);
    }

    // ---- recommendations, actions, progress

    static Stream<Arguments> hostilePlanWrites() {
        String recommendations = "recommendations";
        String actions = "actions";
        String patch = "patch";
        String plan = "plan";
        String progress = "progress";
        String owners1000 = "[" + String.join(",", java.util.Collections.nCopies(1000, "\"YOT Manager\"")) + "]";
        return Stream.of(
                Arguments.of(recommendations, "addressee is a number", "{\"addressee\":5,\"text\":\"Improve\"}", 422, "addressee"),
                Arguments.of(recommendations, "text is an array", "{\"addressee\":\"YOS\",\"text\":[\"Improve\"]}", 422, "text"),
                Arguments.of(recommendations, "text is null", "{\"addressee\":\"YOS\",\"text\":null}", 422, "text"),
                Arguments.of(recommendations, "NUL in the text", "{\"addressee\":\"YOS\",\"text\":\"Imp\\u0000rove\"}", 422, "text"),
                Arguments.of(recommendations, "NUL in the addressee", "{\"addressee\":\"\\u0000\",\"text\":\"Improve\"}", 422, "addressee"),
                Arguments.of(recommendations, "escape sequence in the text", "{\"addressee\":\"YOS\",\"text\":\"\\u001b[2J\"}", 422, "text"),
                Arguments.of(recommendations, "10,001 characters of text", "{\"addressee\":\"YOS\",\"text\":\"" + "t".repeat(10_001) + "\"}", 422, "text"),
                Arguments.of(recommendations, "array at top level", "[{\"addressee\":\"YOS\",\"text\":\"Improve\"}]", 422, "body"),
                Arguments.of(recommendations, "empty object", "{}", 422, "addressee"),
                Arguments.of(recommendations, "empty body", "", 400, null),
                Arguments.of(actions, "owner is a number", "{\"text\":\"Review\",\"owner\":5,\"due\":\"2021-09-30\"}", 422, "owner"),
                Arguments.of(actions, "due is a number", "{\"text\":\"Review\",\"owner\":\"YOT Manager\",\"due\":1e400}", 422, "due"),
                Arguments.of(actions, "due is 30 February", "{\"text\":\"Review\",\"owner\":\"YOT Manager\",\"due\":\"2021-02-30\"}", 422, "due"),
                Arguments.of(actions, "NUL in the due", "{\"text\":\"Review\",\"owner\":\"YOT Manager\",\"due\":\"July\\u0000Board\"}", 422, "due"),
                Arguments.of(actions, "NUL in the owner", "{\"text\":\"Review\",\"owner\":\"YOT\\u0000Manager\",\"due\":\"2021-09-30\"}", 422, "owner"),
                Arguments.of(actions, "NUL in the progress", "{\"text\":\"Review\",\"owner\":\"YOT Manager\",\"due\":\"2021-09-30\",\"progress\":\"\\u0000\"}", 422, "progress"),
                Arguments.of(actions, "NUL in the reference", "{\"reference\":\"A\\u0000\",\"text\":\"Review\",\"owner\":\"YOT Manager\",\"due\":\"2021-09-30\"}", 422, "reference"),
                Arguments.of(actions, "status is true", "{\"text\":\"Review\",\"owner\":\"YOT Manager\",\"due\":\"2021-09-30\",\"status\":true}", 422, "status"),
                Arguments.of(actions, "status with NUL", "{\"text\":\"Review\",\"owner\":\"YOT Manager\",\"due\":\"2021-09-30\",\"status\":\"RED\\u0000\"}", 422, "status"),
                Arguments.of(actions, "recommendation not a uuid", "{\"recommendation\":\"../x\",\"text\":\"Review\",\"owner\":\"YOT Manager\",\"due\":\"2021-09-30\"}", 422, "recommendation"),
                Arguments.of(actions, "recommendation is a number", "{\"recommendation\":1,\"text\":\"Review\",\"owner\":\"YOT Manager\",\"due\":\"2021-09-30\"}", 422, "recommendation"),
                Arguments.of(actions, "text is an object", "{\"text\":{},\"owner\":\"YOT Manager\",\"due\":\"2021-09-30\"}", 422, "text"),
                Arguments.of(actions, "empty object", "{}", 422, "text"),
                Arguments.of(actions, "truncated JSON", "{\"text\":", 400, null),
                Arguments.of(actions, "owners is a string", "{\"text\":\"Review\",\"owners\":\"YOT Manager\",\"due\":\"July\"}", 422, "owners"),
                Arguments.of(actions, "owners is an object", "{\"text\":\"Review\",\"owners\":{},\"due\":\"July\"}", 422, "owners"),
                Arguments.of(actions, "an owner is a number", "{\"text\":\"Review\",\"owners\":[5],\"due\":\"July\"}", 422, "owners[0]"),
                Arguments.of(actions, "NUL in an owner", "{\"text\":\"Review\",\"owners\":[\"YOT\\u0000Manager\"],\"due\":\"July\"}", 422, "owners[0]"),
                Arguments.of(actions, "1,000 owners", "{\"text\":\"Review\",\"owners\":" + owners1000 + ",\"due\":\"July\"}", 422, "owners"),
                Arguments.of(actions, "dueDate is a number", "{\"text\":\"Review\",\"owner\":\"YOT Manager\",\"dueDate\":20210730}", 422, "dueDate"),
                Arguments.of(actions, "dueDate in year 999999999", "{\"text\":\"Review\",\"owner\":\"YOT Manager\",\"dueDate\":\"+999999999-12-31\"}", 422, "dueDate"),
                Arguments.of(actions, "refersTo is a string", "{\"text\":\"Review\",\"owner\":\"YOT Manager\",\"due\":\"July\",\"refersTo\":\"2\"}", 422, "refersTo"),
                Arguments.of(actions, "a reference is an object", "{\"text\":\"Review\",\"owner\":\"YOT Manager\",\"due\":\"July\",\"refersTo\":[{}]}", 422, "refersTo[0]"),
                Arguments.of(actions, "NUL in the section", "{\"text\":\"Review\",\"owner\":\"YOT Manager\",\"due\":\"July\",\"section\":\"\\u0000\"}", 422, "section"),
                Arguments.of(plan, "status is a number", "{\"status\":1}", 422, "status"),
                Arguments.of(plan, "status is null", "{\"status\":null}", 422, "status"),
                Arguments.of(plan, "status unknown", "{\"status\":\"FINAL\"}", 422, "status"),
                Arguments.of(plan, "title is an object", "{\"status\":\"DRAFT\",\"title\":{}}", 422, "title"),
                Arguments.of(plan, "NUL in the title", "{\"status\":\"DRAFT\",\"title\":\"Plan\\u0000\"}", 422, "title"),
                Arguments.of(plan, "dueDate month 13", "{\"status\":\"DRAFT\",\"dueDate\":\"2011-13-03\"}", 422, "dueDate"),
                Arguments.of(plan, "501 characters of source", "{\"status\":\"DRAFT\",\"source\":\"" + "s".repeat(501) + "\"}", 422, "source"),
                Arguments.of(plan, "array at top level", "[{\"status\":\"DRAFT\"}]", 422, "body"),
                Arguments.of(plan, "truncated JSON", "{\"status\":", 400, null),
                Arguments.of(plan, "empty body", "", 400, null),
                Arguments.of(progress, "reportedOn is a number", "{\"reportedOn\":20231201,\"text\":\"Done\"}", 422, "reportedOn"),
                Arguments.of(progress, "reportedOn in year 999999999", "{\"reportedOn\":\"+999999999-12-31\",\"text\":\"Done\"}", 422, "reportedOn"),
                Arguments.of(progress, "NUL in the reportedOn", "{\"reportedOn\":\"2023-12-01\\u0000\",\"text\":\"Done\"}", 422, "reportedOn"),
                Arguments.of(progress, "text is null", "{\"reportedOn\":\"2023-12-01\",\"text\":null}", 422, "text"),
                Arguments.of(progress, "NUL in the source", "{\"reportedOn\":\"2023-12-01\",\"text\":\"Done\",\"source\":\"\\u0000\"}", 422, "source"),
                Arguments.of(progress, "array at top level", "[{\"reportedOn\":\"2023-12-01\",\"text\":\"Done\"}]", 422, "body"),
                Arguments.of(progress, "empty body", "", 400, null),
                Arguments.of(patch, "status is a number", "{\"status\":1}", 422, "status"),
                Arguments.of(patch, "progress is an array", "{\"progress\":[\"done\"]}", 422, "progress"),
                Arguments.of(patch, "NUL in the progress", "{\"progress\":\"done\\u0000\"}", 422, "progress"),
                Arguments.of(patch, "a lone surrogate in the progress", "{\"progress\":\"\\udfff\"}", 422, "progress"),
                Arguments.of(patch, "status unknown", "{\"status\":\"PURPLE\"}", 422, "status"),
                Arguments.of(patch, "10,001 characters of progress", "{\"progress\":\"" + "p".repeat(10_001) + "\"}", 422, "progress"),
                Arguments.of(patch, "nothing to change", "{}", 422, "body"),
                Arguments.of(patch, "explicit nulls", "{\"status\":null,\"progress\":null}", 422, "body"),
                Arguments.of(patch, "array at top level", "[{\"status\":\"RED\"}]", 422, "body"),
                Arguments.of(patch, "empty body", "", 400, null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("hostilePlanWrites")
    void aHostilePlanWriteIsRefusedAndNothingIsStored(String kind, String label, String body, int status, String field) {
        Fixtures.Store before = Fixtures.Store.now();
        Response response = switch (kind) {
            case "patch" -> as(TOKENS.inspector()).body(body).patch("/api/v1/actions/" + action);
            case "plan" -> as(TOKENS.inspector()).body(body).put("/api/v1/inspections/" + inspection + "/plan");
            case "progress" -> as(TOKENS.inspector()).body(body).post("/api/v1/recommendations/" + recommendation
                    + "/progress");
            default -> as(TOKENS.inspector()).body(body).post("/api/v1/inspections/" + inspection + "/" + kind);
        };
        assertProblem(response, status);
        if (field != null) {
            assertThat(response.jsonPath().getList("errors.field", String.class)).contains(field);
        }
        assertThat(Fixtures.Store.now()).isEqualTo(before);
    }

    // ---- wrong content types: 415; bodies over the limit: 413

    static Stream<Arguments> writes() {
        String recommendation = json(Map.of("addressee", "YOS", "text", "Improve"));
        return Stream.of(
                Arguments.of("POST", "/api/v1/inspections", json(inspectionBody())),
                Arguments.of("PUT", "/api/v1/inspections/{id}", json(inspectionBody())),
                Arguments.of("POST", "/api/v1/inspections/{id}/recommendations", recommendation),
                Arguments.of("POST", "/api/v1/inspections/{id}/actions", json(Map.of("text", "Review", "owner", "YOT Manager", "due", "2021-09-30"))),
                Arguments.of("PATCH", "/api/v1/actions/{action}", json(Map.of("status", "RED"))),
                Arguments.of("PUT", "/api/v1/inspections/{id}/plan", json(Map.of("status", "DRAFT"))),
                Arguments.of("POST", "/api/v1/recommendations/{recommendation}/progress",
                        json(Map.of("reportedOn", "2023-12-01", "text", "Done"))));
    }

    private static String resolve(String path) {
        return path.replace("{id}", inspection).replace("{action}", action).replace("{recommendation}", recommendation);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("writes")
    void aWrongContentTypeIs415(String method, String path, String body) throws Exception {
        Fixtures.Store before = Fixtures.Store.now();
        for (String type : List.of("text/plain", "application/xml", "text/csv", "application/x-www-form-urlencoded")) {
            assertProblem(RawHttp.send(method, resolve(path), TOKENS.inspector(), type, body), 415);
        }
        assertThat(Fixtures.Store.now()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("writes")
    void aBodyOverTheLimitIs413ProblemJson(String method, String path, String body) throws Exception {
        Fixtures.Store before = Fixtures.Store.now();
        RawHttp.Answer answer = RawHttp.announce(method, resolve(path), TOKENS.inspector(), "application/json", LIMIT + 1, "{");
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith(PROBLEM);
        assertThat(answer.body()).contains("\"status\":413").contains(String.valueOf(LIMIT));
        assertThat(Fixtures.Store.now()).isEqualTo(before);
    }

    // ---- a race on first creation: the unique (team, publishedOn) constraint makes the losers 409, never 500

    @Test
    void concurrentFirstRecordsOfOneInspectionHaveOneWinnerAndTheRestAre409() throws Exception {
        Map<String, Object> body = Fixtures.youth(TEAM, Fixtures.uniquePublishedOn(), Fixtures.medwayRatings());
        int writers = 6;
        Fixtures.Store before = Fixtures.Store.now();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Response> responses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Callable<Response> call = () -> {
                    start.await();
                    return as(TOKENS.inspector()).body(json(body)).post("/api/v1/inspections");
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            for (Future<Response> f : futures) {
                responses.add(f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(responses).extracting(Response::statusCode).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        responses.stream().filter(r -> r.statusCode() == 409).forEach(r -> assertProblem(r, 409));
        Fixtures.Store after = Fixtures.Store.now();
        assertThat(after.inspections()).isEqualTo(before.inspections() + 1);
        assertThat(after.versions()).isEqualTo(before.versions() + 1);
        assertThat(after.events()).isEqualTo(before.events() + 1);
    }
}
