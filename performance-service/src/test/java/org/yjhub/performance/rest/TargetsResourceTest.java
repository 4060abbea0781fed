package org.yjhub.performance.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.performance.TargetsSet;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.performance.Fixtures;
import org.yjhub.testsupport.AuthProbe;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.yjhub.performance.Fixtures.num;

@QuarkusTest
class TargetsResourceTest {

    private static final String TEAM = "merton";
    private static final String TARGETS = """
            {"targets":[{"indicator":"custody-rate","value":0.2},{"indicator":"reoffending-rate","value":35}]}""";

    private final Tokens tokens = Fixtures.TOKENS;

    private static String path(String team, FinancialYear year) {
        return "/api/v1/teams/" + team + "/targets/" + year;
    }

    private ValidatableResponse put(String token, String team, FinancialYear year, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put(path(team, year)).then();
    }

    private static FinancialYear thisYear() {
        return FinancialYear.containing(LocalDate.now(ZoneId.of("Europe/London")));
    }

    @Test
    void firstTargetsAre201AndReadBack() {
        FinancialYear year = Fixtures.freshYear();
        put(tokens.authority(TEAM), TEAM, year, TARGETS)
                .statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", endsWith(path(TEAM, year)))
                .body("team", equalTo(TEAM))
                .body("year", equalTo(year.toString()))
                .body("revision", equalTo(1))
                .body("setBy", equalTo("user-authority-" + TEAM))
                // catalogue order
                .body("targets.indicator", equalTo(List.of("reoffending-rate", "custody-rate")))
                .body("targets[1].value", num("0.2"));
        given().auth().oauth2(tokens.analyst()).get(path(TEAM, year)).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("targets", hasSize(2))
                .body("targets[0].value", num("35"));
        assertThat(Fixtures.events(TargetsSet.AGGREGATE, TargetsSet.aggregateId(TEAM, year.toString()))).isEqualTo(1);
    }

    @Test
    void newRevisionsIdenticalContentAndHistory() {
        FinancialYear year = Fixtures.freshYear();
        put(tokens.admin(), TEAM, year, TARGETS).statusCode(201);
        // identical in another order and scale: unchanged
        put(tokens.admin(), TEAM, year, """
                {"targets":[{"indicator":"reoffending-rate","value":35.0},{"indicator":"custody-rate","value":0.20}]}""")
                .statusCode(200).header("ETag", "\"1\"").body("revision", equalTo(1));
        put(tokens.admin(), TEAM, year, """
                {"targets":[{"indicator":"custody-rate","value":0.18}]}""")
                .statusCode(200).header("ETag", "\"2\"").body("revision", equalTo(2)).body("targets", hasSize(1));
        // an empty list withdraws every target
        put(tokens.admin(), TEAM, year, "{\"targets\":[]}").statusCode(200).body("revision", equalTo(3)).body("targets", hasSize(0));
        given().auth().oauth2(tokens.inspector()).get(path(TEAM, year) + "/revisions").then()
                .statusCode(200)
                .body("revision", equalTo(List.of(1, 2, 3)))
                .body("[1].targets[0].value", num("0.18"))
                .body("[0].setBy", equalTo("user-admin"));
        assertThat(Fixtures.targetRevisions(TEAM, year.toString())).isEqualTo(3);
        assertThat(Fixtures.events(TargetsSet.AGGREGATE, TargetsSet.aggregateId(TEAM, year.toString()))).isEqualTo(3);
    }

    @Test
    void staleIfMatchIs412AndNothingStored() {
        FinancialYear year = Fixtures.freshYear();
        put(tokens.admin(), TEAM, year, TARGETS).statusCode(201);
        given().auth().oauth2(tokens.admin()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"targets\":[{\"indicator\":\"custody-rate\",\"value\":0.1}]}").put(path(TEAM, year)).then()
                .statusCode(200).header("ETag", "\"2\"");
        given().auth().oauth2(tokens.admin()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"targets\":[{\"indicator\":\"custody-rate\",\"value\":0.3}]}").put(path(TEAM, year)).then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("currentRevision", equalTo(2));
        assertThat(Fixtures.targetRevisions(TEAM, year.toString())).isEqualTo(2);
        given().auth().oauth2(tokens.analyst()).header("If-None-Match", "\"2\"").get(path(TEAM, year)).then().statusCode(304);
    }

    @Test
    void theNextFinancialYearIsAllowedAndTheOneAfterIs422() {
        FinancialYear next = thisYear().next();
        put(tokens.admin(), "kent", next, TARGETS).statusCode(201);
        FinancialYear tooFar = next.next();
        put(tokens.admin(), "kent", tooFar, TARGETS)
                .statusCode(422)
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].message", containsString("too far ahead"));
        assertThat(Fixtures.targetRevisions("kent", tooFar.toString())).isZero();
        assertThat(Fixtures.targetHeads("kent", tooFar.toString())).isZero();
    }

    private void assertRejected(String body, String field, String messagePart) {
        FinancialYear year = Fixtures.freshYear();
        put(tokens.admin(), TEAM, year, body)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://yjhub.org/problems/validation"))
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", containsString(messagePart));
        assertThat(Fixtures.targetRevisions(TEAM, year.toString())).isZero();
        assertThat(Fixtures.targetHeads(TEAM, year.toString())).isZero();
        assertThat(Fixtures.events(TargetsSet.AGGREGATE, TargetsSet.aggregateId(TEAM, year.toString()))).isZero();
    }

    @Test
    void invalidTargetsAre422WithNothingStored() {
        assertRejected("{\"targets\":[{\"indicator\":\"happiness\",\"value\":1}]}", "targets[0].indicator", "not a known indicator");
        assertRejected("{\"targets\":[{\"indicator\":\"custody-rate\",\"value\":0.2},{\"indicator\":\"custody-rate\",\"value\":0.3}]}",
                "targets[1].indicator", "more than once");
        assertRejected("{\"targets\":[{\"indicator\":\"kpi-wider-services\",\"value\":10}]}", "targets[0].indicator", "context indicator");
        assertRejected("{\"targets\":[{\"indicator\":\"custody-rate\",\"value\":-0.1}]}", "targets[0].value", "negative");
        assertRejected("{\"targets\":[{\"indicator\":\"kpi-ete\",\"value\":100.5}]}", "targets[0].value", "cannot exceed 100");
        assertRejected("{\"targets\":[{\"indicator\":\"custody-rate\"}]}", "targets[0].value", "required");
        assertRejected("{\"targets\":[{\"indicator\":\"custody-rate\",\"value\":0.1234567}]}", "targets[0].value", "6 decimal places");
        assertRejected("{}", "targets", "required");
    }

    @Test
    void malformedInputIs400UnknownTeam404WrongType415() {
        FinancialYear year = Fixtures.freshYear();
        put(tokens.admin(), TEAM, year, "{\"targets\":[").statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body(TARGETS)
                .put("/api/v1/teams/" + TEAM + "/targets/2019-21").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/" + TEAM + "/targets/2019").then().statusCode(400);
        put(tokens.admin(), "atlantis", year, TARGETS).statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(tokens.admin()).contentType("text/plain").body(TARGETS).put(path(TEAM, year)).then()
                .statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(tokens.analyst()).get(path(TEAM, year)).then().statusCode(404).body("detail", containsString("no targets"));
        given().auth().oauth2(tokens.analyst()).get(path(TEAM, year) + "/revisions").then().statusCode(404);
        assertThat(Fixtures.targetHeads(TEAM, year.toString())).isZero();
    }

    @Test
    void onlyTheTeamsAuthorityOrAdminMaySetTargets() {
        FinancialYear year = Fixtures.freshYear();
        for (String token : new String[]{tokens.authority("medway"), tokens.analyst(), tokens.inspector()}) {
            put(token, TEAM, year, TARGETS).statusCode(403).contentType("application/problem+json");
        }
        assertThat(Fixtures.targetHeads(TEAM, year.toString())).isZero();
        AuthProbe.assertRefusesBadTokens(tokens, Method.PUT, path(TEAM, year), "application/json", TARGETS);
        AuthProbe.assertRefusesBadTokens(tokens, Method.GET, path(TEAM, year), null, null);
        assertThat(Fixtures.targetHeads(TEAM, year.toString())).isZero();
    }
}
