package org.yjhub.performance.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.performance.ReturnSubmitted;
import org.yjhub.common.period.Quarter;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.performance.Fixtures;
import org.yjhub.testsupport.AuthProbe;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.yjhub.performance.Fixtures.num;

@QuarkusTest
class ReturnsResourceTest {

    private static final String TEAM = "milton-keynes";
    private static final String CUSTODY = """
            {"values":[{"indicator":"custody-rate","numerator":5,"denominator":19230}]}""";

    private final Tokens tokens = Fixtures.TOKENS;

    private static String path(String team, Quarter quarter) {
        return "/api/v1/teams/" + team + "/returns/" + quarter;
    }

    private ValidatableResponse put(String token, String team, Quarter quarter, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put(path(team, quarter)).then();
    }

    @Test
    void firstRevisionIs201WithComputedRateETagAndLocation() {
        Quarter q = Fixtures.freshQuarter();
        put(tokens.authority(TEAM), TEAM, q, """
                {"values":[{"indicator":"custody-rate","numerator":5,"denominator":19230},
                           {"indicator":"reoffending-rate","numerator":61,"denominator":170,"rate":35.88},
                           {"indicator":"fte-rate","numerator":42,"denominator":19230}],
                 "source":"  Milton Keynes Youth Justice Plan 2019/20, table 3 "}""")
                .statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", endsWith(path(TEAM, q)))
                .body("team", equalTo(TEAM))
                .body("quarter", equalTo(q.toString()))
                .body("revision", equalTo(1))
                .body("submittedBy", equalTo("user-authority-" + TEAM))
                .body("submittedAt", notNullValue())
                .body("source", equalTo("Milton Keynes Youth Justice Plan 2019/20, table 3"))
                .body("synthetic", equalTo(false))
                // catalogue order, whatever the order sent
                .body("values.indicator", equalTo(java.util.List.of("fte-rate", "reoffending-rate", "custody-rate")))
                .body("values[2].numerator", num("5"))
                .body("values[2].denominator", num("19230"))
                .body("values[2].rate", num("0.26"))
                .body("values[2].rateExact", num("0.26001040041601664067"))
                .body("values[1].rate", num("35.88"))
                .body("values[0].rate", num("218.41"));
        assertThat(Fixtures.revisions(TEAM, q.toString())).isEqualTo(1);
        assertThat(Fixtures.events(ReturnSubmitted.AGGREGATE, ReturnSubmitted.aggregateId(TEAM, q.toString()))).isEqualTo(1);
    }

    @Test
    void getReturnsTheLatestRevisionAndRevisionsListsAllOldestFirst() {
        Quarter q = Fixtures.freshQuarter();
        put(tokens.admin(), TEAM, q, CUSTODY).statusCode(201);
        put(tokens.authority(TEAM), TEAM, q, """
                {"values":[{"indicator":"custody-rate","numerator":6,"denominator":19230}],"source":"corrected","synthetic":true}""")
                .statusCode(200).header("ETag", "\"2\"").body("revision", equalTo(2));

        given().auth().oauth2(tokens.analyst()).get(path(TEAM, q)).then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("revision", equalTo(2))
                .body("values", hasSize(1))
                .body("values[0].numerator", num("6"))
                .body("values[0].rate", num("0.31"))
                .body("source", equalTo("corrected"))
                .body("synthetic", equalTo(true));

        given().auth().oauth2(tokens.inspector()).get(path(TEAM, q) + "/revisions").then()
                .statusCode(200)
                .body("", hasSize(2))
                .body("[0].revision", equalTo(1))
                .body("[0].submittedBy", equalTo("user-admin"))
                .body("[0].values[0].numerator", num("5"))
                .body("[0].source", nullValue())
                .body("[0].synthetic", equalTo(false))
                .body("[1].revision", equalTo(2))
                .body("[1].submittedBy", equalTo("user-authority-" + TEAM))
                .body("[1].values[0].numerator", num("6"))
                .body("[1].synthetic", equalTo(true));
    }

    @Test
    void newRevisionReplacesTheWholeSetOfValues() {
        Quarter q = Fixtures.freshQuarter();
        put(tokens.admin(), TEAM, q, """
                {"values":[{"indicator":"custody-rate","numerator":5,"denominator":19230},
                           {"indicator":"fte-rate","numerator":42,"denominator":19230}]}""").statusCode(201);
        put(tokens.admin(), TEAM, q, CUSTODY.replace("\"numerator\":5", "\"numerator\":4")).statusCode(200)
                .body("revision", equalTo(2))
                .body("values", hasSize(1));
        given().auth().oauth2(tokens.analyst()).get(path(TEAM, q)).then().statusCode(200)
                .body("values.indicator", equalTo(java.util.List.of("custody-rate")));
    }

    @Test
    void identicalContentInAnyOrderIs200WithTheSameRevisionAndNothingStored() {
        Quarter q = Fixtures.freshQuarter();
        String aggregate = ReturnSubmitted.aggregateId(TEAM, q.toString());
        put(tokens.admin(), TEAM, q, """
                {"values":[{"indicator":"custody-rate","numerator":5,"denominator":19230},
                           {"indicator":"reoffending-frequency","numerator":112.5,"denominator":61}]}""").statusCode(201);
        // other order, other scale, a matching rate: the same content
        put(tokens.authority(TEAM), TEAM, q, """
                {"values":[{"indicator":"reoffending-frequency","numerator":112.500,"denominator":61.0},
                           {"indicator":"custody-rate","numerator":5,"denominator":19230,"rate":0.26}]}""")
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("revision", equalTo(1))
                .body("submittedBy", equalTo("user-admin"));
        assertThat(Fixtures.revisions(TEAM, q.toString())).isEqualTo(1);
        assertThat(Fixtures.events(ReturnSubmitted.AGGREGATE, aggregate)).isEqualTo(1);
    }

    @Test
    void ifMatchWithTheCurrentRevisionSucceedsAndAStaleOneIs412WithNothingStored() {
        Quarter q = Fixtures.freshQuarter();
        String aggregate = ReturnSubmitted.aggregateId(TEAM, q.toString());
        put(tokens.admin(), TEAM, q, CUSTODY).statusCode(201);
        given().auth().oauth2(tokens.admin()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(CUSTODY.replace("5", "7")).put(path(TEAM, q)).then().statusCode(200).header("ETag", "\"2\"");

        given().auth().oauth2(tokens.admin()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(CUSTODY.replace("5", "8")).put(path(TEAM, q)).then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://yjhub.org/problems/precondition-failed"))
                .body("currentRevision", equalTo(2))
                .body("detail", containsString("revision 2"));
        assertThat(Fixtures.revisions(TEAM, q.toString())).isEqualTo(2);
        assertThat(Fixtures.events(ReturnSubmitted.AGGREGATE, aggregate)).isEqualTo(2);
        given().auth().oauth2(tokens.analyst()).get(path(TEAM, q)).then().body("values[0].numerator", num("7"));

        // * matches an existing return; a list matches if it names the current revision
        given().auth().oauth2(tokens.admin()).header("If-Match", "\"1\", \"2\"").contentType(ContentType.JSON)
                .body(CUSTODY.replace("5", "9")).put(path(TEAM, q)).then().statusCode(200).header("ETag", "\"3\"");
        given().auth().oauth2(tokens.admin()).header("If-Match", "*").contentType(ContentType.JSON)
                .body(CUSTODY.replace("5", "10")).put(path(TEAM, q)).then().statusCode(200).header("ETag", "\"4\"");
    }

    @Test
    void ifMatchOnAReturnThatDoesNotExistIs412AndLeavesNoTrace() {
        Quarter q = Fixtures.freshQuarter();
        given().auth().oauth2(tokens.admin()).header("If-Match", "*").contentType(ContentType.JSON).body(CUSTODY)
                .put(path(TEAM, q)).then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("does not exist yet"));
        assertThat(Fixtures.revisions(TEAM, q.toString())).isZero();
        assertThat(Fixtures.returnHeads(TEAM, q.toString())).isZero();
    }

    @Test
    void ifNoneMatchStarCreatesOnlyOnce() {
        Quarter q = Fixtures.freshQuarter();
        given().auth().oauth2(tokens.admin()).header("If-None-Match", "*").contentType(ContentType.JSON).body(CUSTODY)
                .put(path(TEAM, q)).then().statusCode(201);
        given().auth().oauth2(tokens.admin()).header("If-None-Match", "*").contentType(ContentType.JSON)
                .body(CUSTODY.replace("5", "6")).put(path(TEAM, q)).then()
                .statusCode(412)
                .body("currentRevision", equalTo(1));
        assertThat(Fixtures.revisions(TEAM, q.toString())).isEqualTo(1);
    }

    @Test
    void aBareNumberInIfMatchIs400ButAWeakTagIsWellFormedAndNeverMatches() {
        Quarter q = Fixtures.freshQuarter();
        given().auth().oauth2(tokens.admin()).header("If-Match", "1").contentType(ContentType.JSON).body(CUSTODY)
                .put(path(TEAM, q)).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("If-Match '1' is malformed"));
        assertThat(Fixtures.returnHeads(TEAM, q.toString())).isZero();
        // RFC 9110: If-Match compares strongly, so a weak tag is a condition that does not hold (412), not a syntax error
        given().auth().oauth2(tokens.admin()).header("If-Match", "W/\"1\"").contentType(ContentType.JSON).body(CUSTODY)
                .put(path(TEAM, q)).then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("does not exist yet"));
        assertThat(Fixtures.returnHeads(TEAM, q.toString())).isZero();
    }

    @Test
    void getWithTheCurrentETagIs304() {
        Quarter q = Fixtures.freshQuarter();
        put(tokens.admin(), TEAM, q, CUSTODY).statusCode(201);
        given().auth().oauth2(tokens.analyst()).header("If-None-Match", "\"1\"").get(path(TEAM, q)).then()
                .statusCode(304).header("ETag", "\"1\"");
        given().auth().oauth2(tokens.analyst()).header("If-None-Match", "\"0\"").get(path(TEAM, q)).then()
                .statusCode(200);
    }

    @Test
    void decimalsUpToSixPlacesAreAcceptedAndKept() {
        Quarter q = Fixtures.freshQuarter();
        put(tokens.admin(), TEAM, q, """
                {"values":[{"indicator":"reoffending-frequency","numerator":112.123456,"denominator":61.5}]}""")
                .statusCode(201)
                .body("values[0].numerator", num("112.123456"))
                .body("values[0].denominator", num("61.5"))
                .body("values[0].rate", num("1.82"))
                .body("values[0].rateExact", num("1.8231456260162601626"));
        given().auth().oauth2(tokens.analyst()).get(path(TEAM, q)).then()
                .body("values[0].numerator", num("112.123456"))
                .body("values[0].rateExact", num("1.8231456260162601626"));
    }

    @Test
    void aPercentageNumeratorMayEqualItsDenominator() {
        Quarter q = Fixtures.freshQuarter();
        put(tokens.admin(), TEAM, q, """
                {"values":[{"indicator":"kpi-ete","numerator":19,"denominator":19,"rate":100}]}""")
                .statusCode(201)
                .body("values[0].rate", num("100"))
                .body("values[0].rateExact", num("100"));
    }

    // ---- 422: each rule, every failing field named, nothing stored

    private void assertRejected(String body, String field, String messagePart) {
        Quarter q = Fixtures.freshQuarter();
        put(tokens.admin(), TEAM, q, body)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://yjhub.org/problems/validation"))
                .body("status", equalTo(422))
                .body("detail", containsString("Nothing was stored"))
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", containsString(messagePart));
        assertThat(Fixtures.revisions(TEAM, q.toString())).isZero();
        assertThat(Fixtures.returnHeads(TEAM, q.toString())).isZero();
        assertThat(Fixtures.events(ReturnSubmitted.AGGREGATE, ReturnSubmitted.aggregateId(TEAM, q.toString()))).isZero();
    }

    @Test
    void unknownIndicatorIs422() {
        assertRejected("""
                {"values":[{"indicator":"happiness","numerator":5,"denominator":10}]}""", "values[0].indicator", "not a known indicator");
    }

    @Test
    void duplicateIndicatorIs422() {
        assertRejected("""
                {"values":[{"indicator":"custody-rate","numerator":5,"denominator":19230},
                           {"indicator":"custody-rate","numerator":6,"denominator":19230}]}""", "values[1].indicator", "more than once");
    }

    @Test
    void negativeNumbersAre422() {
        assertRejected("""
                {"values":[{"indicator":"custody-rate","numerator":-1,"denominator":19230}]}""", "values[0].numerator", "negative");
        assertRejected("""
                {"values":[{"indicator":"custody-rate","numerator":1,"denominator":-19230}]}""", "values[0].denominator", "negative");
    }

    @Test
    void zeroDenominatorIs422() {
        assertRejected("""
                {"values":[{"indicator":"fte-rate","numerator":0,"denominator":0}]}""", "values[0].denominator", "above zero");
    }

    @Test
    void numeratorAboveDenominatorForAPercentageIs422() {
        assertRejected("""
                {"values":[{"indicator":"reoffending-rate","numerator":20,"denominator":19}]}""", "values[0].numerator",
                "cannot exceed the denominator");
    }

    @Test
    void tooManyDecimalsAndAbsurdMagnitudesAre422() {
        assertRejected("""
                {"values":[{"indicator":"reoffending-frequency","numerator":1.1234567,"denominator":3}]}""",
                "values[0].numerator", "6 decimal places");
        assertRejected("""
                {"values":[{"indicator":"fte-rate","numerator":1,"denominator":1000000000000.5}]}""",
                "values[0].denominator", "10^12");
    }

    @Test
    void missingPartsAre422() {
        assertRejected("""
                {"values":[{"numerator":1,"denominator":3}]}""", "values[0].indicator", "required");
        assertRejected("""
                {"values":[{"indicator":"fte-rate","denominator":3}]}""", "values[0].numerator", "required");
        assertRejected("""
                {"values":[]}""", "values", "at least one");
        assertRejected("""
                {"source":"no values"}""", "values", "required");
        assertRejected("""
                {"values":[null]}""", "values[0]", "object");
    }

    @Test
    void aWrongTypeIs422NamingTheField() {
        Quarter q = Fixtures.freshQuarter();
        put(tokens.admin(), TEAM, q, """
                {"values":[{"indicator":"fte-rate","numerator":"many","denominator":3}]}""")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("values[0].numerator"))
                .body("errors[0].message", containsString("number"));
        assertThat(Fixtures.returnHeads(TEAM, q.toString())).isZero();
    }

    @Test
    void aDisagreeingRateIs422WithTheComputedRate() {
        Quarter q = Fixtures.freshQuarter();
        put(tokens.admin(), TEAM, q, """
                {"values":[{"indicator":"fte-rate","numerator":42,"denominator":19230,"rate":218.41},
                           {"indicator":"custody-rate","numerator":5,"denominator":19230,"rate":0.3}]}""")
                .statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("values[1].rate"))
                .body("errors[0].message", containsString("computed rate 0.26"))
                .body("computedRates.'values[1].rate'", num("0.26"));
        assertThat(Fixtures.revisions(TEAM, q.toString())).isZero();
    }

    @Test
    void aRateIsComparedAfterRoundingToTwoDecimals() {
        // 0.26001… rounds to 0.26; 0.255 rounds (half up) to 0.26 as well; 0.2649 rounds to 0.26; 0.265 does not
        for (String stated : new String[]{"0.26", "0.255", "0.2649", "0.26001040041601664067"}) {
            Quarter q = Fixtures.freshQuarter();
            put(tokens.admin(), TEAM, q, CUSTODY.replace("19230}", "19230,\"rate\":" + stated + "}")).statusCode(201);
        }
        assertRejected(CUSTODY.replace("19230}", "19230,\"rate\":0.265}"), "values[0].rate", "0.26");
        assertRejected(CUSTODY.replace("19230}", "19230,\"rate\":0.254}"), "values[0].rate", "0.26");
    }

    @Test
    void everyFailingFieldIsListed() {
        Quarter q = Fixtures.freshQuarter();
        put(tokens.admin(), TEAM, q, """
                {"values":[{"indicator":"nope","numerator":-1,"denominator":0},
                           {"indicator":"kpi-ete","numerator":5,"denominator":4}],
                 "source":"%s"}""".formatted("x".repeat(501)))
                .statusCode(422)
                .body("errors.field", equalTo(java.util.List.of("values[0].indicator", "values[0].numerator",
                        "values[0].denominator", "values[1].numerator", "source")));
        assertThat(Fixtures.revisions(TEAM, q.toString())).isZero();
    }

    @Test
    void aFutureQuarterIs422() {
        Quarter future = Quarter.containing(java.time.LocalDate.now()).next().next();
        put(tokens.admin(), TEAM, future, CUSTODY)
                .statusCode(422)
                .body("errors[0].field", equalTo("quarter"))
                .body("errors[0].message", containsString("future"));
        assertThat(Fixtures.revisions(TEAM, future.toString())).isZero();
    }

    @Test
    void theCurrentQuarterIsAccepted() {
        Quarter current = Quarter.containing(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")));
        put(tokens.admin(), "wiltshire", current, CUSTODY).statusCode(201);
    }

    // ---- 400, 404, 415, 413, 401, 403

    @Test
    void malformedJsonIs400AndNothingStored() {
        Quarter q = Fixtures.freshQuarter();
        put(tokens.admin(), TEAM, q, "{\"values\":[{\"indicator\":\"fte-rate\",")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://yjhub.org/problems/bad-request"));
        put(tokens.admin(), TEAM, q, "")
                .statusCode(400)
                .contentType("application/problem+json");
        assertThat(Fixtures.returnHeads(TEAM, q.toString())).isZero();
    }

    @Test
    void malformedQuarterIs400() {
        for (String bad : new String[]{"2019-20-Q5", "2019-21-Q1", "2019Q4", "Q4"}) {
            given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body(CUSTODY)
                    .put("/api/v1/teams/" + TEAM + "/returns/" + bad).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400));
            given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/" + TEAM + "/returns/" + bad).then()
                    .statusCode(400);
        }
    }

    @Test
    void unknownTeamIs404AndNothingStored() {
        Quarter q = Fixtures.freshQuarter();
        put(tokens.admin(), "atlantis", q, CUSTODY)
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("atlantis"));
        assertThat(Fixtures.returnHeads("atlantis", q.toString())).isZero();
        given().auth().oauth2(tokens.analyst()).get(path("atlantis", q)).then().statusCode(404);
        given().auth().oauth2(tokens.analyst()).get(path("atlantis", q) + "/revisions").then().statusCode(404);
    }

    @Test
    void aQuarterWithoutAReturnIs404() {
        Quarter q = Fixtures.freshQuarter();
        given().auth().oauth2(tokens.analyst()).get(path(TEAM, q)).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no return"));
        given().auth().oauth2(tokens.analyst()).get(path(TEAM, q) + "/revisions").then().statusCode(404);
    }

    @Test
    void aBodyThatIsNotJsonIs415AndNothingStored() {
        Quarter q = Fixtures.freshQuarter();
        given().auth().oauth2(tokens.admin()).contentType("text/plain").body(CUSTODY).put(path(TEAM, q)).then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
        given().auth().oauth2(tokens.admin()).contentType("text/csv").body("team,quarter").put(path(TEAM, q)).then()
                .statusCode(415);
        assertThat(Fixtures.returnHeads(TEAM, q.toString())).isZero();
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        Quarter q = Fixtures.freshQuarter();
        // announce a 21 MB body (the limit is 20M) and see the refusal before sending it
        try (Socket socket = new Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + path(TEAM, q) + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + tokens.admin()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + 21 * 1024 * 1024 + "\r\n\r\n{\"values\":[")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
        assertThat(Fixtures.returnHeads(TEAM, q.toString())).isZero();
    }

    @Test
    void anAuthorityWritesOnlyItsOwnTeamAndOtherRolesNot() {
        Quarter q = Fixtures.freshQuarter();
        for (String token : new String[]{tokens.authority("medway"), tokens.analyst(), tokens.inspector()}) {
            put(token, TEAM, q, CUSTODY)
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://yjhub.org/problems/forbidden"));
        }
        assertThat(Fixtures.returnHeads(TEAM, q.toString())).isZero();
        put(tokens.authority("medway"), "medway", q, CUSTODY).statusCode(201);
    }

    @Test
    void refusesMissingAndBadTokens() {
        Quarter q = Fixtures.freshQuarter();
        AuthProbe.assertRefusesBadTokens(tokens, Method.PUT, path(TEAM, q), "application/json", CUSTODY);
        AuthProbe.assertRefusesBadTokens(tokens, Method.GET, path(TEAM, q), null, null);
        AuthProbe.assertRefusesBadTokens(tokens, Method.GET, path(TEAM, q) + "/revisions", null, null);
        assertThat(Fixtures.returnHeads(TEAM, q.toString())).isZero();
    }
}
