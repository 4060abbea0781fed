package org.yjhub.gateway.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yjhub.gateway.readmodel.ReadModel;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.testsupport.AuthProbe;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.yjhub.gateway.TestEvents.returned;
import static org.yjhub.gateway.TestEvents.sendAndAwait;
import static org.yjhub.gateway.TestEvents.synthetic;
import static org.yjhub.gateway.TestEvents.value;

/** One team's series for an indicator. Uses West Midlands teams and quarters of 2021-22; coventry's Q2 is synthetic. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeriesResourceTest {

    static final Tokens TOKENS = Tokens.forTests();

    @Inject
    ReadModel readModel;

    @BeforeAll
    void publish() {
        // sent out of order: the series is oldest first whatever the arrival order
        sendAndAwait(readModel,
                returned("coventry", "2021-22-Q3", 1, value("fte-rate", 30, 30000)),
                returned("coventry", "2021-22-Q1", 1, value("fte-rate", 60, 30000)),
                synthetic(returned("coventry", "2021-22-Q2", 1, value("fte-rate", 45, 30000))),
                returned("dudley", "2021-22-Q2", 1, value("fte-rate", 15, 30000)));
    }

    private static RequestSpecification analyst() {
        return given().header("Authorization", "Bearer " + TOKENS.analyst());
    }

    @Test
    void oldestFirstWithTheNationalRate() {
        analyst().queryParam("team", "coventry").when().get("/api/v1/indicators/fte-rate/series")
                .then().statusCode(200)
                .contentType("application/json")
                .body("quarter", equalTo(List.of("2021-22-Q1", "2021-22-Q2", "2021-22-Q3")))
                // per 100,000: 60/30000 = 200, 45/30000 = 150, 30/30000 = 100
                .body("rate", equalTo(List.of(200.0f, 150.0f, 100.0f)))
                .body("numerator", equalTo(List.of(60, 45, 30)))
                .body("denominator", equalTo(List.of(30000, 30000, 30000)))
                // Q2 pooled with dudley: 60 × 100000 ÷ 60000 = 100
                .body("nationalRate", equalTo(List.of(200.0f, 100.0f, 100.0f)))
                .body("synthetic", equalTo(List.of(false, true, false)))
                // Q2's national rate pools coventry's synthetic value with dudley's real one
                .body("nationalSyntheticTeams", equalTo(List.of(0, 1, 0)));
        analyst().queryParam("team", "dudley").when().get("/api/v1/indicators/fte-rate/series")
                .then().statusCode(200)
                .body("quarter", equalTo(List.of("2021-22-Q2")))
                .body("synthetic", equalTo(List.of(false)))
                .body("nationalSyntheticTeams", equalTo(List.of(1)));
    }

    @Test
    void aTeamWithoutValuesHasAnEmptySeries() {
        analyst().queryParam("team", "solihull").when().get("/api/v1/indicators/fte-rate/series")
                .then().statusCode(200).body("", equalTo(List.of()));
    }

    @Test
    void notModified() {
        String etag = analyst().queryParam("team", "coventry").when().get("/api/v1/indicators/fte-rate/series").header("ETag");
        analyst().queryParam("team", "coventry").header("If-None-Match", etag)
                .when().get("/api/v1/indicators/fte-rate/series")
                .then().statusCode(304).header("ETag", etag);
    }

    @Test
    void errors() {
        analyst().when().get("/api/v1/indicators/fte-rate/series")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("team"));
        analyst().queryParam("team", "atlantis").when().get("/api/v1/indicators/fte-rate/series")
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("atlantis"));
        analyst().queryParam("team", "coventry").when().get("/api/v1/indicators/no-such-kpi/series")
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("no-such-kpi"));
    }

    @Test
    void refusesBadTokens() {
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, "/api/v1/indicators/fte-rate/series?team=coventry", null, null);
    }
}
