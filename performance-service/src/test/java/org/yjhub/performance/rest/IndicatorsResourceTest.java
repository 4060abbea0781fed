package org.yjhub.performance.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import org.junit.jupiter.api.Test;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.performance.Fixtures;
import org.yjhub.testsupport.AuthProbe;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.yjhub.performance.Fixtures.num;

@QuarkusTest
class IndicatorsResourceTest {

    private final Tokens tokens = Fixtures.TOKENS;

    @Test
    void listsTheFourteenIndicatorsToAnyRole() {
        for (String token : new String[]{tokens.analyst(), tokens.inspector(), tokens.admin(), tokens.authority("medway")}) {
            given().auth().oauth2(token).get("/api/v1/indicators").then()
                    .statusCode(200)
                    .body("", hasSize(14))
                    .body("id", equalTo(List.of("fte-rate", "reoffending-rate", "reoffending-frequency", "custody-rate",
                            "kpi-accommodation", "kpi-ete", "kpi-send", "kpi-mental-health", "kpi-substance-misuse", "kpi-oocd",
                            "kpi-board-attendance", "kpi-wider-services", "kpi-serious-violence", "kpi-victims")));
        }
    }

    @Test
    void eachIndicatorCarriesItsDefinition() {
        given().auth().oauth2(tokens.analyst()).get("/api/v1/indicators").then()
                .statusCode(200)
                .body("find { it.id == 'fte-rate' }.multiplier", num("100000"))
                .body("find { it.id == 'fte-rate' }.polarity", equalTo("LOWER_IS_BETTER"))
                .body("find { it.id == 'reoffending-rate' }.percentage", equalTo(true))
                .body("find { it.id == 'reoffending-frequency' }.multiplier", num("1"))
                .body("find { it.id == 'kpi-ete' }.polarity", equalTo("HIGHER_IS_BETTER"))
                .body("find { it.id == 'kpi-ete' }.definitionVersion", equalTo("2023-04"))
                .body("find { it.id == 'kpi-wider-services' }.polarity", equalTo("NONE"))
                .body("find { it.id == 'kpi-wider-services' }.ranked", equalTo(false))
                .body("find { it.id == 'kpi-serious-violence' }.multiplier", num("10000"));
    }

    @Test
    void oneIndicator() {
        given().auth().oauth2(tokens.analyst()).get("/api/v1/indicators/custody-rate").then()
                .statusCode(200)
                .body("id", equalTo("custody-rate"))
                .body("name", equalTo("Use of custody"))
                .body("multiplier", num("1000"))
                .body("polarity", equalTo("LOWER_IS_BETTER"))
                .body("window", equalTo("12 months ending the quarter"))
                .body("definitionVersion", equalTo("2011"))
                .body("percentage", equalTo(false))
                .body("ranked", equalTo(true));
    }

    @Test
    void unknownIndicatorIs404Problem() {
        given().auth().oauth2(tokens.analyst()).get("/api/v1/indicators/happiness").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://yjhub.org/problems/not-found"))
                .body("detail", containsString("happiness"));
    }

    @Test
    void theKitsTeamEndpointsStillAnswerBesideTheTeamSubresources() {
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/milton-keynes").then()
                .statusCode(200)
                .body("code", equalTo("milton-keynes"));
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams").then().statusCode(200);
    }

    @Test
    void refusesMissingAndBadTokens() {
        AuthProbe.assertRefusesBadTokens(tokens, Method.GET, "/api/v1/indicators", null, null);
        AuthProbe.assertRefusesBadTokens(tokens, Method.GET, "/api/v1/indicators/fte-rate", null, null);
    }
}
