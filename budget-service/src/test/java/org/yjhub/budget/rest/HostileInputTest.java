package org.yjhub.budget.rest;

import org.yjhub.testsupport.RawHttp;
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

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yjhub.budget.TestData.as;
import static org.yjhub.budget.TestData.budgetPath;
import static org.yjhub.budget.TestData.staffingPath;
import static org.yjhub.budget.TestData.tokens;

/**
 * Hostile input on every write endpoint of the service (budgets and staffing): odd path values, wrong JSON types, nulls,
 * absurd numbers, control characters in free text, oversized and mistyped bodies. Each answer is the documented 4xx as
 * problem+json — never a 500 — and nothing is stored (no revision, no head, no line, no event).
 */
@QuarkusTest
class HostileInputTest {

    /** Never written by any test: every request here must leave it without a budget or staffing. */
    private static final String TEAM = "wirral";
    private static final String YEAR = "2019-20";
    private static final String PROBLEM = "application/problem+json";
    private static final String BUDGET = """
            {"contributions":[{"partner":"POLICE","staff":54015,"delegated":0}]}""";
    private static final String STAFFING = """
            {"fte":[{"role":"YOT staff","contractType":"PERMANENT","fte":16.59}]}""";
    private static final long LIMIT = 10L * 1024 * 1024;

    @Inject
    EntityManager em;

    private record Stored(long budgetRevisions, long budgetHeads, long budgetLines, long staffingRevisions, long staffingHeads,
                          long fteLines, long headcountLines, long events) {
    }

    private Stored stored() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] n = (Object[]) em.createNativeQuery("select (select count(*) from budget_revision), (select count(*) from budget_head), "
                    + "(select count(*) from budget_line), (select count(*) from staffing_revision), (select count(*) from staffing_head), "
                    + "(select count(*) from staffing_fte), "
                    + "(select count(*) from staffing_headcount), (select count(*) from outbox_event)").getSingleResult();
            return new Stored(l(n[0]), l(n[1]), l(n[2]), l(n[3]), l(n[4]), l(n[5]), l(n[6]), l(n[7]));
        });
    }

    private static long l(Object n) {
        return ((Number) n).longValue();
    }

    private void assertNothingStoredFor(String team, Stored before) {
        assertThat(stored()).isEqualTo(before);
        as(tokens().analyst()).get(budgetPath(team, YEAR)).then().statusCode(404);
        as(tokens().analyst()).get(staffingPath(team, YEAR)).then().statusCode(404);
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

    // ---- odd path values: 400 (unparsable year) or 404 (unknown team), never 500

    static Stream<String> oddTeams() {
        return Stream.of("wirral'", "%22wirral%22", "..%2F..%2Fteams", "wirral%00", "wir%2Fral", "%ZZ", "w%C3%AFrral",
                "%E2%80%AElarriw", "WIRRAL", "wirral%3Bdrop%20table%20budget_head", "wirral%20", "x".repeat(3000), "x".repeat(5000));
    }

    static Stream<String> oddYears() {
        return Stream.of("2019-20'", "2019-20%00", "2019%2F20", "..%2F2019-20", "%ZZ", "%D9%A2%D9%A0%D9%A1%D9%A9-%D9%A2%D9%A0",
                "2019-20-Q1", "2019-21", "-0", "1e400", "9".repeat(3000), "9".repeat(5000));
    }

    @ParameterizedTest(name = "team {0}")
    @MethodSource("oddTeams")
    void anOddTeamInThePathIs404(String team) throws Exception {
        Stored before = stored();
        for (String kind : List.of("budgets", "staffing")) {
            String path = "/api/v1/teams/" + team + "/" + kind + "/" + YEAR;
            String body = kind.equals("budgets") ? BUDGET : STAFFING;
            assertProblem(RawHttp.send("PUT", path, tokens().admin(), "application/json", body), 400, 404, 414);
            assertProblem(RawHttp.send("GET", path + "/revisions", tokens().analyst(), null, null), 400, 404, 414);
        }
        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest(name = "year {0}")
    @MethodSource("oddYears")
    void anOddYearInThePathIs400(String year) throws Exception {
        Stored before = stored();
        for (String kind : List.of("budgets", "staffing")) {
            String path = "/api/v1/teams/" + TEAM + "/" + kind + "/" + year;
            String body = kind.equals("budgets") ? BUDGET : STAFFING;
            assertProblem(RawHttp.send("PUT", path, tokens().admin(), "application/json", body), 400, 404, 414);
            assertProblem(RawHttp.send("GET", path, tokens().analyst(), null, null), 400, 404, 414);
        }
        assertNothingStoredFor(TEAM, before);
    }

    // ---- hostile JSON bodies: 400 (not JSON) or 422 (well-formed, wrong content)

    static Stream<Arguments> hostileBudgets() {
        return Stream.of(
                Arguments.of("contributions is a string", "{\"contributions\":\"POLICE\"}", 422, "contributions"),
                Arguments.of("contributions is an object", "{\"contributions\":{\"partner\":\"POLICE\",\"staff\":1}}", 422, "contributions"),
                Arguments.of("array at top level", "[" + BUDGET + "]", 422, "body"),
                Arguments.of("a number at top level", "42", 422, "body"),
                Arguments.of("staff is a string", line("\"54015\"", "0"), 422, "contributions[0].staff"),
                Arguments.of("staff is true", line("true", "0"), 422, "contributions[0].staff"),
                Arguments.of("staff is an object", line("{\"pounds\":1}", "0"), 422, "contributions[0].staff"),
                Arguments.of("delegated is an array", line("0", "[1]"), 422, "contributions[0].delegated"),
                Arguments.of("partner is a number", "{\"contributions\":[{\"partner\":5,\"staff\":1}]}", 422, "contributions[0].partner"),
                Arguments.of("partner is an array", "{\"contributions\":[{\"partner\":[\"POLICE\"],\"staff\":1}]}", 422, "contributions[0].partner"),
                Arguments.of("description is a number", "{\"contributions\":[{\"partner\":\"OTHER\",\"description\":7,\"staff\":1}]}", 422, "contributions[0].description"),
                Arguments.of("synthetic is a number", "{\"contributions\":[{\"partner\":\"POLICE\",\"staff\":1}],\"synthetic\":1}", 422, "synthetic"),
                Arguments.of("synthetic is the string true", "{\"contributions\":[{\"partner\":\"POLICE\",\"staff\":1}],\"synthetic\":\"true\"}", 422, "synthetic"),
                Arguments.of("source is a number", "{\"contributions\":[{\"partner\":\"POLICE\",\"staff\":1}],\"source\":5}", 422, "source"),
                Arguments.of("statedTotal is a string", "{\"contributions\":[{\"partner\":\"POLICE\",\"staff\":1}],\"statedTotal\":\"1\"}", 422, "statedTotal"),
                Arguments.of("contributions is null", "{\"contributions\":null}", 422, "contributions"),
                Arguments.of("a null line", "{\"contributions\":[null]}", 422, "contributions[0]"),
                Arguments.of("null partner", "{\"contributions\":[{\"partner\":null,\"staff\":1}]}", 422, "contributions[0].partner"),
                Arguments.of("null amounts", line("null", "null"), 422, "contributions[0]"),
                Arguments.of("empty object", "{}", 422, "contributions"),
                Arguments.of("staff 1e400", line("1e400", "0"), 422, "contributions[0].staff"),
                Arguments.of("staff -1e400", line("-1e400", "0"), 422, "contributions[0].staff"),
                Arguments.of("staff 1e999999999", line("1e999999999", "0"), 422, "contributions[0].staff"),
                Arguments.of("staff 99999999999999999999999", line("99999999999999999999999", "0"), 422, "contributions[0].staff"),
                Arguments.of("staff 1.5", line("1.5", "0"), 422, "contributions[0].staff"),
                Arguments.of("staff 1e-999999999", line("1e-999999999", "0"), 422, "contributions[0].staff"),
                Arguments.of("staff -1", line("-1", "0"), 422, "contributions[0].staff"),
                Arguments.of("statedTotal -0 against a total of 1", "{\"contributions\":[{\"partner\":\"POLICE\",\"staff\":1}],\"statedTotal\":-0}", 422, "statedTotal"),
                Arguments.of("statedTotal 1e400", "{\"contributions\":[{\"partner\":\"POLICE\",\"staff\":1}],\"statedTotal\":1e400}", 422, "statedTotal"),
                Arguments.of("a 5000-digit staff", line("9".repeat(5000), "0"), 400, null),
                Arguments.of("NUL in a description", "{\"contributions\":[{\"partner\":\"OTHER\",\"description\":\"Strengthening\\u0000Families\",\"staff\":1}]}", 422, "contributions[0].description"),
                Arguments.of("NUL in the source", "{\"contributions\":[{\"partner\":\"POLICE\",\"staff\":1}],\"source\":\"plan\\u0000\"}", 422, "source"),
                Arguments.of("escape sequence in the source", "{\"contributions\":[{\"partner\":\"POLICE\",\"staff\":1}],\"source\":\"\\u001b[2J\"}", 422, "source"),
                Arguments.of("a lone surrogate in a description", "{\"contributions\":[{\"partner\":\"OTHER\",\"description\":\"\\udc00\",\"staff\":1}]}", 422, "contributions[0].description"),
                Arguments.of("NUL in the partner", "{\"contributions\":[{\"partner\":\"POLICE\\u0000\",\"staff\":1}]}", 422, "contributions[0].partner"),
                Arguments.of("101 lines", "{\"contributions\":[" + String.join(",", java.util.Collections.nCopies(101,
                        "{\"partner\":\"POLICE\",\"staff\":1}")) + "]}", 422, "contributions"),
                Arguments.of("truncated JSON", "{\"contributions\":[", 400, null),
                Arguments.of("empty body", "", 400, null),
                Arguments.of("literal null body", "null", 400, null));
    }

    private static String line(String staff, String delegated) {
        return "{\"contributions\":[{\"partner\":\"POLICE\",\"staff\":" + staff + ",\"delegated\":" + delegated + "}]}";
    }

    @ParameterizedTest(name = "budget: {0}")
    @MethodSource("hostileBudgets")
    void aHostileBudgetIsRefusedAndNothingIsStored(String label, String body, int status, String field) {
        Stored before = stored();
        Response response = as(tokens().admin()).contentType(ContentType.JSON).body(body).put(budgetPath(TEAM, YEAR));
        assertProblem(response, status);
        if (field != null) {
            assertThat(response.jsonPath().getList("errors.field", String.class)).contains(field);
        }
        assertNothingStoredFor(TEAM, before);
    }

    static Stream<Arguments> hostileStaffing() {
        return Stream.of(
                Arguments.of("fte is a string", "{\"fte\":\"16.59\"}", 422, "fte"),
                Arguments.of("fte is an object", "{\"fte\":{\"role\":\"YOT staff\"}}", 422, "fte"),
                Arguments.of("array at top level", "[" + STAFFING + "]", 422, "body"),
                Arguments.of("an fte is a string", fte("\"16.59\""), 422, "fte[0].fte"),
                Arguments.of("an fte is true", fte("true"), 422, "fte[0].fte"),
                Arguments.of("an fte 1e400", fte("1e400"), 422, "fte[0].fte"),
                Arguments.of("an fte 99999999999999999999999", fte("99999999999999999999999"), 422, "fte[0].fte"),
                Arguments.of("an fte 1e-999999999", fte("1e-999999999"), 422, "fte[0].fte"),
                Arguments.of("an fte -0.5", fte("-0.5"), 422, "fte[0].fte"),
                Arguments.of("an fte with 3 decimals", fte("0.125"), 422, "fte[0].fte"),
                Arguments.of("role is a number", "{\"fte\":[{\"role\":5,\"contractType\":\"PERMANENT\",\"fte\":1}]}", 422, "fte[0].role"),
                Arguments.of("role is null", "{\"fte\":[{\"role\":null,\"contractType\":\"PERMANENT\",\"fte\":1}]}", 422, "fte[0].role"),
                Arguments.of("NUL in a role", "{\"fte\":[{\"role\":\"YOT\\u0000staff\",\"contractType\":\"PERMANENT\",\"fte\":1}]}", 422, "fte[0].role"),
                Arguments.of("a lone surrogate in a role", "{\"fte\":[{\"role\":\"\\ud83d\",\"contractType\":\"PERMANENT\",\"fte\":1}]}", 422, "fte[0].role"),
                Arguments.of("statedTotalFte is a string", "{\"fte\":[{\"role\":\"YOT staff\",\"contractType\":\"PERMANENT\",\"fte\":1}],\"statedTotalFte\":\"1\"}", 422, "statedTotalFte"),
                Arguments.of("a count of 1.5", people("\"gender\"", "\"Female\"", "1.5"), 422, "headcount[0].count"),
                Arguments.of("a count of 1e400", people("\"gender\"", "\"Female\"", "1e400"), 422, "headcount[0].count"),
                Arguments.of("a count that is a string", people("\"gender\"", "\"Female\"", "\"3\""), 422, "headcount[0].count"),
                Arguments.of("a dimension with NUL", people("\"gender\\u0000\"", "\"Female\"", "3"), 422, "headcount[0].dimension"),
                Arguments.of("NUL in a category", people("\"gender\"", "\"Fe\\u0000male\"", "3"), 422, "headcount[0].category"),
                Arguments.of("headcount is an object", "{\"fte\":[{\"role\":\"YOT staff\",\"contractType\":\"PERMANENT\",\"fte\":1}],\"headcount\":{}}", 422, "headcount"),
                Arguments.of("NUL in the source", "{\"fte\":[{\"role\":\"YOT staff\",\"contractType\":\"PERMANENT\",\"fte\":1}],\"source\":\"\\u0000\"}", 422, "source"),
                Arguments.of("synthetic is a number", "{\"fte\":[{\"role\":\"YOT staff\",\"contractType\":\"PERMANENT\",\"fte\":1}],\"synthetic\":0}", 422, "synthetic"),
                Arguments.of("empty object", "{}", 422, "fte"),
                Arguments.of("truncated JSON", "{\"fte\":[{", 400, null),
                Arguments.of("empty body", "", 400, null));
    }

    private static String fte(String fte) {
        return "{\"fte\":[{\"role\":\"YOT staff\",\"contractType\":\"PERMANENT\",\"fte\":" + fte + "}]}";
    }

    private static String people(String dimension, String category, String count) {
        return "{\"fte\":[{\"role\":\"YOT staff\",\"contractType\":\"PERMANENT\",\"fte\":1}],\"headcount\":[{\"dimension\":"
                + dimension + ",\"category\":" + category + ",\"count\":" + count + "}]}";
    }

    @ParameterizedTest(name = "staffing: {0}")
    @MethodSource("hostileStaffing")
    void aHostileStaffingIsRefusedAndNothingIsStored(String label, String body, int status, String field) {
        Stored before = stored();
        Response response = as(tokens().admin()).contentType(ContentType.JSON).body(body).put(staffingPath(TEAM, YEAR));
        assertProblem(response, status);
        if (field != null) {
            assertThat(response.jsonPath().getList("errors.field", String.class)).contains(field);
        }
        assertNothingStoredFor(TEAM, before);
    }

    // ---- wrong content types: 415; bodies over the limit: 413

    static Stream<Arguments> wrongContentTypes() {
        List<Arguments> cases = new ArrayList<>();
        for (String type : List.of("text/plain", "application/xml", "text/csv", "application/x-www-form-urlencoded")) {
            cases.add(Arguments.of(budgetPath(TEAM, YEAR), type, BUDGET));
            cases.add(Arguments.of(staffingPath(TEAM, YEAR), type, STAFFING));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "PUT {0} as {1}")
    @MethodSource("wrongContentTypes")
    void aWrongContentTypeIs415(String path, String contentType, String body) throws Exception {
        Stored before = stored();
        assertProblem(RawHttp.send("PUT", path, tokens().admin(), contentType, body), 415);
        assertNothingStoredFor(TEAM, before);
    }

    static Stream<Arguments> writePaths() {
        return Stream.of(Arguments.of(budgetPath(TEAM, YEAR), "{\"contributions\":["), Arguments.of(staffingPath(TEAM, YEAR), "{\"fte\":["));
    }

    @ParameterizedTest(name = "PUT {0}")
    @MethodSource("writePaths")
    void aBodyOverTheLimitIs413ProblemJson(String path, String start) throws Exception {
        Stored before = stored();
        RawHttp.Answer answer = RawHttp.announce("PUT", path, tokens().admin(), "application/json", LIMIT + 1, start);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith(PROBLEM);
        assertThat(answer.body()).contains("\"status\":413").contains(String.valueOf(LIMIT));
        assertNothingStoredFor(TEAM, before);
    }

    /**
     * Without a declared length the limit is met while reading, by the HTTP layer: 413 and nothing stored. (That answer
     * is still a bare 413 without a problem body; the kit's BodyLimit only sees declared lengths.)
     */
    @ParameterizedTest(name = "PUT {0} chunked")
    @MethodSource("writePaths")
    void aChunkedBodyOverTheLimitIsRefusedWith413(String path, String start) throws Exception {
        Stored before = stored();
        RawHttp.Answer answer = RawHttp.chunked("PUT", path, tokens().admin(), "application/json", start, LIMIT + 1024 * 1024, " ");
        assertThat(answer.status()).isEqualTo(413);
        if (!answer.body().isEmpty()) {
            assertThat(answer.header("Content-Type")).as(answer.headers()).startsWith(PROBLEM);
        }
        assertNothingStoredFor(TEAM, before);
    }

    // ---- a constraint of the database, not a rule of the service, refuses the write: 409, not 500

    /**
     * A revision row that a writer outside the service's locking left behind (revision 1 of a budget whose head does not
     * exist) makes the next PUT collide with the unique (team, year, revision) constraint: the kit's 409 problem, and
     * nothing of the refused write is kept.
     */
    @Test
    void aUniqueConstraintViolationIs409AndNothingIsStored() {
        String team = "knowsley";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "insert into budget_revision (team, year, revision, staff_total, delegated_total, total, submitted_at, submitted_by) "
                                + "values (?1, ?2, 1, 0, 0, 0, now(), 'outside')")
                .setParameter(1, team).setParameter(2, YEAR).executeUpdate());
        Stored before = stored();
        try {
            Response response = as(tokens().admin()).contentType(ContentType.JSON).body(BUDGET).put(budgetPath(team, YEAR));
            assertProblem(response, 409);
            assertThat(response.jsonPath().getString("type")).endsWith("/conflict");
            assertThat(stored()).isEqualTo(before);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from budget_revision where team = ?1")
                    .setParameter(1, team).executeUpdate());
        }
    }
}
