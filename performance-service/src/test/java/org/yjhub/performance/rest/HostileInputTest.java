package org.yjhub.performance.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.Team;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.performance.Fixtures;
import org.yjhub.testsupport.RawHttp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Hostile input on every write endpoint of the service: odd path values, wrong JSON types, nulls, absurd numbers,
 * oversized and mistyped bodies, broken CSV. Each answer is the documented 4xx as problem+json — never a 500 — and
 * nothing is stored (no revision, no head row, no event).
 */
@QuarkusTest
class HostileInputTest {

    private static final String TEAM = "kirklees";
    private static final String PROBLEM = "application/problem+json";
    private static final String RETURN = """
            {"values":[{"indicator":"custody-rate","numerator":5,"denominator":19230}]}""";
    private static final String TARGETS = """
            {"targets":[{"indicator":"custody-rate","value":0.2}]}""";
    private static final String GROUP = """
            {"name":"Kirklees and Calderdale","teams":["kirklees","calderdale"]}""";
    private static final String CSV_HEADER = "team,quarter,indicator,numerator,denominator\n";
    private static final long LIMIT = 20L * 1024 * 1024;

    private final Tokens tokens = Fixtures.TOKENS;

    @Inject
    TeamCatalog teams;

    @Inject
    IndicatorCatalog indicators;

    @Inject
    EntityManager em;

    /** Everything the service stores, counted: revisions, heads, values and events of returns, targets and groups. */
    private record Stored(long returnRevisions, long returnHeads, long values, long targetRevisions, long targetHeads, long events,
                          long groupRevisions, long groupHeads) {
    }

    private Stored stored() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] n = (Object[]) em.createNativeQuery("select (select count(*) from kpi_return_revision), (select count(*) from kpi_return), "
                    + "(select count(*) from kpi_return_value), (select count(*) from kpi_targets_revision), "
                    + "(select count(*) from kpi_targets), (select count(*) from outbox_event), "
                    + "(select count(*) from comparator_group_revision), (select count(*) from comparator_group)").getSingleResult();
            return new Stored(l(n[0]), l(n[1]), l(n[2]), l(n[3]), l(n[4]), l(n[5]), l(n[6]), l(n[7]));
        });
    }

    private static long l(Object n) {
        return ((Number) n).longValue();
    }

    /** A 4xx problem+json with this status. */
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

    // ---- odd path values: 400 (unparsable period) or 404 (unknown team, no such resource), never 500

    static Stream<String> oddTeams() {
        return Stream.of("kirklees'", "%22kirklees%22", "..%2F..%2Fteams", "kirklees%00", "kirk%2Flees", "%ZZ",
                "kirkl%C3%A9es", "%E2%80%AEseelkrik", "%F0%9F%98%80", "KIRKLEES", "kirklees%3Bdrop%20table%20kpi_return", "kirklees%20",
                "x".repeat(3000), "x".repeat(5000));
    }

    static Stream<String> oddQuarters() {
        return Stream.of("2019-20-Q4'", "2019-20-Q4%00", "2019-20%2FQ4", "..%2F..%2F2019-20-Q4", "%ZZ", "2019-20-Q%EF%BC%94",
                "%D9%A2%D9%A0%D9%A1%D9%A9-%D9%A2%D9%A0-Q%D9%A4", "2019-20-Q4%0D%0AX-Evil:%201", "9".repeat(3000),
                "9".repeat(5000), "-0", "1e400");
    }

    static Stream<String> oddYears() {
        return Stream.of("2019-20'", "2019-20%00", "2019%2F20", "..%2F2019-20", "%ZZ", "%D9%A2%D9%A0%D9%A1%D9%A9-%D9%A2%D9%A0",
                "2019-20-Q1", "2199-00%20", "9".repeat(3000), "9".repeat(5000));
    }

    static Stream<String> oddGroupCodes() {
        return Stream.of("kirklees'", "%22kirklees%22", "..%2F..%2Fgroups", "kirklees%00", "kirk%2Flees", "%ZZ", "kirkl%C3%A9es",
                "%E2%80%AEseelkrik", "%F0%9F%98%80", "KIRKLEES", "kirklees%3Bdrop%20table%20comparator_group", "kirklees%20",
                "kirklees--calderdale", "x".repeat(61), "x".repeat(3000), "x".repeat(5000));
    }

    @ParameterizedTest(name = "group {0}")
    @MethodSource("oddGroupCodes")
    void anOddGroupCodeIs400(String code) throws Exception {
        Stored before = stored();
        String path = "/api/v1/groups/" + code;
        assertProblem(RawHttp.send("PUT", path, tokens.analyst(), "application/json", GROUP), 400, 404, 414);
        assertProblem(RawHttp.send("GET", path, tokens.analyst(), null, null), 400, 404, 414);
        assertProblem(RawHttp.send("GET", path + "/revisions", tokens.analyst(), null, null), 400, 404, 414);
        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest(name = "returns of team {0}")
    @MethodSource("oddTeams")
    void anOddTeamInAReturnPathIs404(String team) throws Exception {
        Stored before = stored();
        String path = "/api/v1/teams/" + team + "/returns/" + "2010-11-Q4";
        assertProblem(RawHttp.send("PUT", path, tokens.admin(), "application/json", RETURN), 400, 404, 414);
        assertProblem(RawHttp.send("GET", path, tokens.analyst(), null, null), 400, 404, 414);
        assertProblem(RawHttp.send("PUT", "/api/v1/teams/" + team + "/targets/2010-11", tokens.admin(),
                "application/json", TARGETS), 400, 404, 414);
        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest(name = "return for quarter {0}")
    @MethodSource("oddQuarters")
    void anOddQuarterInAReturnPathIs400(String quarter) throws Exception {
        Stored before = stored();
        String path = "/api/v1/teams/" + TEAM + "/returns/" + quarter;
        assertProblem(RawHttp.send("PUT", path, tokens.admin(), "application/json", RETURN), 400, 404, 414);
        assertProblem(RawHttp.send("GET", path + "/revisions", tokens.analyst(), null, null), 400, 404, 414);
        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest(name = "targets for year {0}")
    @MethodSource("oddYears")
    void anOddYearInATargetsPathIs400(String year) throws Exception {
        Stored before = stored();
        String path = "/api/v1/teams/" + TEAM + "/targets/" + year;
        assertProblem(RawHttp.send("PUT", path, tokens.admin(), "application/json", TARGETS), 400, 404, 414);
        assertProblem(RawHttp.send("GET", path, tokens.analyst(), null, null), 400, 404, 414);
        assertThat(stored()).isEqualTo(before);
    }

    /** JAX-RS reads {@code ;name=value} in a segment as a matrix parameter: the team is still the one before it. */
    @Test
    void aMatrixParameterDoesNotChangeTheTeam() throws Exception {
        Quarter q = Fixtures.freshQuarter();
        RawHttp.Answer answer = RawHttp.send("PUT", "/api/v1/teams/" + TEAM + ";team=medway/returns/" + q, tokens.authority("medway"),
                "application/json", RETURN);
        assertProblem(answer, 403);
        assertThat(Fixtures.returnHeads(TEAM, q.toString())).isZero();
        assertThat(Fixtures.returnHeads("medway", q.toString())).isZero();
    }

    // ---- hostile JSON bodies: 400 (not JSON) or 422 (well-formed, wrong content), never 500, nothing stored

    static Stream<Arguments> hostileReturns() {
        return Stream.of(
                Arguments.of("values is a string", "{\"values\":\"custody-rate\"}", 422, "values"),
                Arguments.of("values is an object", "{\"values\":{\"indicator\":\"custody-rate\",\"numerator\":5,\"denominator\":19230}}", 422, "values"),
                Arguments.of("array at top level", "[" + RETURN + "]", 422, "body"),
                Arguments.of("a string at top level", "\"values\"", 422, "body"),
                Arguments.of("a number at top level", "42", 422, "body"),
                Arguments.of("numerator is a string", value("\"5\"", "19230"), 422, "values[0].numerator"),
                Arguments.of("numerator is true", value("true", "19230"), 422, "values[0].numerator"),
                Arguments.of("numerator is an object", value("{\"n\":5}", "19230"), 422, "values[0].numerator"),
                Arguments.of("denominator is an array", value("5", "[19230]"), 422, "values[0].denominator"),
                Arguments.of("indicator is an array", "{\"values\":[{\"indicator\":[\"custody-rate\"],\"numerator\":5,\"denominator\":19230}]}", 422, "values[0].indicator"),
                Arguments.of("indicator is a number", "{\"values\":[{\"indicator\":5,\"numerator\":5,\"denominator\":19230}]}", 422, "values[0].indicator"),
                Arguments.of("synthetic is a string", "{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":5,\"denominator\":19230}],\"synthetic\":\"yes\"}", 422, "synthetic"),
                Arguments.of("synthetic is a number", "{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":5,\"denominator\":19230}],\"synthetic\":1}", 422, "synthetic"),
                Arguments.of("source is a number", "{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":5,\"denominator\":19230}],\"source\":5}", 422, "source"),
                Arguments.of("synthetic is the string true", "{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":5,\"denominator\":19230}],\"synthetic\":\"true\"}", 422, "synthetic"),
                Arguments.of("numerator is an empty string", value("\"\"", "19230"), 422, "values[0].numerator"),
                Arguments.of("source is an object", "{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":5,\"denominator\":19230}],\"source\":{\"a\":1}}", 422, "source"),
                Arguments.of("values is null", "{\"values\":null}", 422, "values"),
                Arguments.of("a null value", "{\"values\":[null]}", 422, "values[0]"),
                Arguments.of("null indicator", "{\"values\":[{\"indicator\":null,\"numerator\":5,\"denominator\":19230}]}", 422, "values[0].indicator"),
                Arguments.of("null numerator", value("null", "19230"), 422, "values[0].numerator"),
                Arguments.of("missing denominator", "{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":5}]}", 422, "values[0].denominator"),
                Arguments.of("empty object", "{}", 422, "values"),
                Arguments.of("numerator 1e400", value("1e400", "19230"), 422, "values[0].numerator"),
                Arguments.of("numerator -1e400", value("-1e400", "19230"), 422, "values[0].numerator"),
                Arguments.of("numerator 1e999999999", value("1e999999999", "1e999999999"), 422, "values[0].numerator"),
                Arguments.of("denominator 99999999999999999999999", value("5", "99999999999999999999999"), 422, "values[0].denominator"),
                Arguments.of("denominator -0", value("5", "-0"), 422, "values[0].denominator"),
                Arguments.of("denominator -0.0", value("0", "-0.0"), 422, "values[0].denominator"),
                Arguments.of("numerator 1e-7", value("1e-7", "19230"), 422, "values[0].numerator"),
                Arguments.of("numerator 1e-999999999", value("1e-999999999", "19230"), 422, "values[0].numerator"),
                Arguments.of("a 5000-digit numerator", value("9".repeat(5000), "19230"), 400, null),
                Arguments.of("rate 1e999999999", "{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":5,\"denominator\":19230,\"rate\":1e999999999}]}", 422, "values[0].rate"),
                Arguments.of("rate is a string", "{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":5,\"denominator\":19230,\"rate\":\"0.26\"}]}", 422, "values[0].rate"),
                Arguments.of("NUL in the source", "{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":5,\"denominator\":19230}],\"source\":\"plan\\u0000 table 3\"}", 422, "source"),
                Arguments.of("NUL in the indicator", "{\"values\":[{\"indicator\":\"custody-rate\\u0000\",\"numerator\":5,\"denominator\":19230}]}", 422, "values[0].indicator"),
                Arguments.of("a lone surrogate in the source", "{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":5,\"denominator\":19230}],\"source\":\"\\ud800\"}", 422, "source"),
                Arguments.of("a 5000-character source", "{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":5,\"denominator\":19230}],\"source\":\"" + "s".repeat(5000) + "\"}", 422, "source"),
                Arguments.of("arrays nested 5000 deep", "{\"values\":" + "[".repeat(5000) + "]".repeat(5000) + "}", 422, "values[0]"),
                Arguments.of("truncated JSON", "{\"values\":[{\"indicator\":\"custody-rate\",", 400, null),
                Arguments.of("empty body", "", 400, null),
                Arguments.of("whitespace body", "  \n ", 400, null),
                Arguments.of("literal null body", "null", 400, null));
    }

    private static String value(String numerator, String denominator) {
        return "{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":" + numerator + ",\"denominator\":" + denominator + "}]}";
    }

    @ParameterizedTest(name = "return: {0}")
    @MethodSource("hostileReturns")
    void aHostileReturnBodyIsRefusedAndNothingIsStored(String label, String body, int status, String field) {
        Quarter q = Fixtures.freshQuarter();
        Stored before = stored();
        Response response = given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/teams/" + TEAM + "/returns/" + q);
        assertProblem(response, status);
        if (field != null) {
            assertThat(response.jsonPath().getList("errors.field", String.class)).contains(field);
        }
        assertThat(stored()).isEqualTo(before);
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/" + TEAM + "/returns/" + q).then().statusCode(404);
    }

    static Stream<Arguments> hostileTargets() {
        return Stream.of(
                Arguments.of("targets is a string", "{\"targets\":\"custody-rate\"}", 422, "targets"),
                Arguments.of("targets is an object", "{\"targets\":{\"indicator\":\"custody-rate\",\"value\":0.2}}", 422, "targets"),
                Arguments.of("array at top level", "[" + TARGETS + "]", 422, "body"),
                Arguments.of("value is a string", target("\"0.2\""), 422, "targets[0].value"),
                Arguments.of("value is false", target("false"), 422, "targets[0].value"),
                Arguments.of("value is an array", target("[0.2]"), 422, "targets[0].value"),
                Arguments.of("indicator is a number", "{\"targets\":[{\"indicator\":7,\"value\":0.2}]}", 422, "targets[0].indicator"),
                Arguments.of("targets is null", "{\"targets\":null}", 422, "targets"),
                Arguments.of("a null target", "{\"targets\":[null]}", 422, "targets[0]"),
                Arguments.of("null value", target("null"), 422, "targets[0].value"),
                Arguments.of("missing indicator", "{\"targets\":[{\"value\":0.2}]}", 422, "targets[0].indicator"),
                Arguments.of("empty object", "{}", 422, "targets"),
                Arguments.of("value 1e400", target("1e400"), 422, "targets[0].value"),
                Arguments.of("value 99999999999999999999999", target("99999999999999999999999"), 422, "targets[0].value"),
                Arguments.of("value -1e400", target("-1e400"), 422, "targets[0].value"),
                Arguments.of("value 1e-999999999", target("1e-999999999"), 422, "targets[0].value"),
                Arguments.of("NUL in the indicator", "{\"targets\":[{\"indicator\":\"custody-rate\\u0000\",\"value\":0.2}]}", 422, "targets[0].indicator"),
                Arguments.of("truncated JSON", "{\"targets\":[", 400, null),
                Arguments.of("empty body", "", 400, null),
                Arguments.of("literal null body", "null", 400, null));
    }

    private static String target(String value) {
        return "{\"targets\":[{\"indicator\":\"custody-rate\",\"value\":" + value + "}]}";
    }

    @ParameterizedTest(name = "targets: {0}")
    @MethodSource("hostileTargets")
    void aHostileTargetsBodyIsRefusedAndNothingIsStored(String label, String body, int status, String field) {
        FinancialYear year = Fixtures.freshYear();
        Stored before = stored();
        Response response = given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/teams/" + TEAM + "/targets/" + year);
        assertProblem(response, status);
        if (field != null) {
            assertThat(response.jsonPath().getList("errors.field", String.class)).contains(field);
        }
        assertThat(stored()).isEqualTo(before);
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/" + TEAM + "/targets/" + year).then().statusCode(404);
    }

    // ---- wrong content types: 415 problem+json on every write endpoint

    static Stream<Arguments> wrongContentTypes() {
        List<Arguments> cases = new ArrayList<>();
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            cases.add(Arguments.of("PUT", "/api/v1/teams/" + TEAM + "/returns/2010-11-Q1", type, RETURN));
            cases.add(Arguments.of("PUT", "/api/v1/teams/" + TEAM + "/targets/2010-11", type, TARGETS));
            cases.add(Arguments.of("PUT", "/api/v1/groups/hostile-content-type", type, GROUP));
        }
        for (String type : List.of("text/plain", "application/xml", "application/json", "text/csvx")) {
            cases.add(Arguments.of("POST", "/api/v1/returns/bulk", type, CSV_HEADER + TEAM + ",2010-11-Q1,custody-rate,1,100\n"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @MethodSource("wrongContentTypes")
    void aWrongContentTypeIs415(String method, String path, String contentType, String body) throws Exception {
        Stored before = stored();
        assertProblem(RawHttp.send(method, path, tokens.admin(), contentType, body), 415);
        assertThat(stored()).isEqualTo(before);
    }

    // ---- bodies over the limit: 413 problem+json before anything is read

    static Stream<Arguments> oversized() {
        return Stream.of(
                Arguments.of("PUT", "/api/v1/teams/" + TEAM + "/returns/2010-11-Q2", "application/json", "{\"values\":["),
                Arguments.of("PUT", "/api/v1/teams/" + TEAM + "/targets/2010-11", "application/json", "{\"targets\":["),
                Arguments.of("PUT", "/api/v1/groups/hostile-oversized", "application/json", "{\"teams\":["),
                Arguments.of("POST", "/api/v1/returns/bulk", "text/csv", CSV_HEADER));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("oversized")
    void aBodyOverTheLimitIs413ProblemJson(String method, String path, String contentType, String start) throws Exception {
        Stored before = stored();
        RawHttp.Answer answer = RawHttp.announce(method, path, tokens.admin(), contentType, LIMIT + 1, start);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith(PROBLEM);
        assertThat(answer.body()).contains("\"status\":413").contains(String.valueOf(LIMIT));
        assertThat(stored()).isEqualTo(before);
    }

    /**
     * Without a declared length the limit is met while reading, by the HTTP layer: 413 and nothing stored. (That answer
     * is still a bare 413 without a problem body; the kit's BodyLimit only sees declared lengths.)
     */
    @ParameterizedTest(name = "{0} {1} chunked")
    @MethodSource("oversized")
    void aChunkedBodyOverTheLimitIsRefusedWith413(String method, String path, String contentType, String start) throws Exception {
        Stored before = stored();
        RawHttp.Answer answer = RawHttp.chunked(method, path, tokens.admin(), contentType, start, LIMIT + 1024 * 1024,
                contentType.equals("text/csv") ? "kirklees,2010-11-Q1,custody-rate,1,100\n" : " ");
        assertThat(answer.status()).isEqualTo(413);
        if (!answer.body().isEmpty()) {
            assertThat(answer.header("Content-Type")).as(answer.headers()).startsWith(PROBLEM);
        }
        assertThat(stored()).isEqualTo(before);
    }

    // ---- a constraint of the database, not a rule of the service, refuses the write: 409, not 500

    /**
     * A revision row that a writer outside the service's locking left behind (revision 1 while the head still says 0) makes
     * the next PUT collide with the unique (team, quarter, revision) constraint. The client gets the kit's 409 problem, and
     * the transaction leaves nothing of its own.
     */
    @Test
    void aUniqueConstraintViolationIs409AndNothingIsStored() {
        Quarter q = Fixtures.freshQuarter();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into kpi_return (team, quarter, revision) values (?1, ?2, 0)")
                    .setParameter(1, TEAM).setParameter(2, q.toString()).executeUpdate();
            em.createNativeQuery("insert into kpi_return_revision (id, team, quarter, revision, submitted_at, submitted_by) "
                            + "values (nextval('kpi_return_revision_seq'), ?1, ?2, 1, now(), 'outside')")
                    .setParameter(1, TEAM).setParameter(2, q.toString()).executeUpdate();
        });
        Stored before = stored();
        try {
            Response response = given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body(RETURN)
                    .put("/api/v1/teams/" + TEAM + "/returns/" + q);
            assertProblem(response, 409);
            assertThat(response.jsonPath().getString("type")).endsWith("/conflict");
            assertThat(stored()).isEqualTo(before);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("delete from kpi_return_revision where team = ?1 and quarter = ?2")
                        .setParameter(1, TEAM).setParameter(2, q.toString()).executeUpdate();
                em.createNativeQuery("delete from kpi_return where team = ?1 and quarter = ?2")
                        .setParameter(1, TEAM).setParameter(2, q.toString()).executeUpdate();
            });
        }
    }

    // ---- bulk CSV

    static Stream<Arguments> hostileCsv() {
        String q = "2010-11-Q3";
        return Stream.of(
                Arguments.of("empty body", "", 422, "header"),
                Arguments.of("header missing", TEAM + "," + q + ",custody-rate,1,100\n", 422, "header"),
                Arguments.of("header only", CSV_HEADER, 422, "rows"),
                Arguments.of("too few columns", CSV_HEADER + TEAM + "," + q + ",custody-rate,1\n", 422, "row"),
                Arguments.of("too many columns", CSV_HEADER + TEAM + "," + q + ",custody-rate,1,100,extra\n", 422, "row"),
                Arguments.of("unterminated quote", CSV_HEADER + TEAM + ",\"" + q + ",custody-rate,1,100\n", 400, "csv"),
                Arguments.of("text after a closing quote", CSV_HEADER + TEAM + ",\"" + q + "\"x,custody-rate,1,100\n", 400, "csv"),
                Arguments.of("NUL in a cell", CSV_HEADER + TEAM + "\u0000," + q + ",custody-rate,1,100\n", 422, "team"),
                Arguments.of("NUL in the source", "team,quarter,indicator,numerator,denominator,source\n" + TEAM + "," + q
                        + ",custody-rate,1,100,plan\u0000 3\n", 422, "source"),
                Arguments.of("a lone CR between rows", CSV_HEADER + TEAM + "," + q + ",custody-rate,1,100\r" + TEAM + "," + q
                        + ",fte-rate,1,0\r", 422, "denominator"),
                Arguments.of("numerator 1e400", CSV_HEADER + TEAM + "," + q + ",custody-rate,1e400,100\n", 422, "numerator"),
                Arguments.of("denominator 99999999999999999999999", CSV_HEADER + TEAM + "," + q + ",custody-rate,1,99999999999999999999999\n", 422, "denominator"),
                Arguments.of("denominator -0", CSV_HEADER + TEAM + "," + q + ",custody-rate,1,-0\n", 422, "denominator"),
                Arguments.of("a 5000-digit numerator", CSV_HEADER + TEAM + "," + q + ",custody-rate," + "9".repeat(5000) + ",100\n", 422, "numerator"),
                Arguments.of("numerator 0x10", CSV_HEADER + TEAM + "," + q + ",custody-rate,0x10,100\n", 422, "numerator"),
                Arguments.of("numerator NaN", CSV_HEADER + TEAM + "," + q + ",custody-rate,NaN,100\n", 422, "numerator"),
                Arguments.of("a 5000-character team", CSV_HEADER + "t".repeat(5000) + "," + q + ",custody-rate,1,100\n", 422, "team"),
                Arguments.of("a quarter with other digits", CSV_HEADER + TEAM + ",٢٠١٠-١١-Q٣,custody-rate,1,100\n", 422, "quarter"),
                Arguments.of("a 5000-character source", "team,quarter,indicator,numerator,denominator,source\n" + TEAM + "," + q
                        + ",custody-rate,1,100," + "s".repeat(5000) + "\n", 422, "source"),
                Arguments.of("binary garbage", "\u0001\u0002\uFFFD\uFFFE,\"\"\"\n\u0000", 400, "header"),
                Arguments.of("JSON instead of CSV", RETURN, 400, "header"),
                Arguments.of("a header of control characters", "\u0001,\u0002\n", 422, "header"));
    }

    @ParameterizedTest(name = "bulk: {0}")
    @MethodSource("hostileCsv")
    void aHostileCsvIsRefusedAndNothingIsStored(String label, String csv, int status, String field) {
        Stored before = stored();
        Response response = given().auth().oauth2(tokens.admin()).contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/returns/bulk");
        assertProblem(response, status);
        assertThat(response.jsonPath().getList("errors.field", String.class)).contains(field);
        assertThat(response.jsonPath().getString("detail")).contains("Nothing was stored");
        assertThat(stored()).isEqualTo(before);
    }

    /** Rows for every team and indicator over the given quarters, numbered from 1 in file order; the last has denominator 0. */
    private StringBuilder rowsWithABadLastRow(List<Quarter> quarters, int count) {
        List<Team> all = teams.all();
        List<Indicator> ids = indicators.all();
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < count; i++) {
            Team team = all.get(i % all.size());
            Indicator indicator = ids.get(i / all.size() % ids.size());
            Quarter quarter = quarters.get(i / (all.size() * ids.size()));
            csv.append(team.code()).append(',').append(quarter).append(',').append(indicator.id()).append(',')
                    .append(i % 40).append(',').append(i == count - 1 ? 0 : indicator.isPercentage() ? 40 : 15_000 + i % 1000)
                    .append('\n');
        }
        return csv;
    }

    @Test
    void aHundredThousandRowFileWhoseLastRowIsBadIs422NamingThatRowAndStoresNothing() {
        int rows = 100_000;
        Quarter first = Fixtures.freshQuarter();
        List<Quarter> quarters = new ArrayList<>(List.of(first));
        for (Quarter q = Fixtures.NATIONAL_YEAR.quarter(1).previous(); quarters.size() * teams.all().size() * indicators.all().size() < rows;
             q = q.previous()) {
            if (!q.equals(first)) {
                quarters.add(q);
            }
        }
        StringBuilder csv = rowsWithABadLastRow(quarters, rows);
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat((long) body.length).as("100,000 rows fit the 20 MB bulk limit").isLessThan(LIMIT);
        Stored before = stored();

        given().auth().oauth2(tokens.admin()).contentType("text/csv").body(body).post("/api/v1/returns/bulk").then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", containsString("Nothing was stored"))
                .body("errors", hasSize(1))
                .body("errors[0].row", equalTo(rows))
                .body("errors[0].field", equalTo("denominator"));

        assertThat(stored()).isEqualTo(before);
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/" + teams.all().get(0).code() + "/returns/" + first).then()
                .statusCode(404);
    }
}
