package org.yjhub.inspection.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import org.junit.jupiter.api.Test;
import org.yjhub.testsupport.AuthProbe;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.yjhub.inspection.Fixtures.TOKENS;
import static org.yjhub.inspection.Fixtures.problem;

@QuarkusTest
class FrameworksResourceTest {

    @Test
    void servesEveryFrameworkWithItsStandardsValuesAndBandsToAnyRole() {
        for (String token : new String[]{TOKENS.analyst(), TOKENS.authority("medway"), TOKENS.inspector(), TOKENS.admin()}) {
            given().auth().oauth2(token).get("/api/v1/frameworks").then()
                    .statusCode(200)
                    .body("id", contains("hmip-cci-2009", "hmip-headline", "hmip-youth-2018"));
        }
        given().auth().oauth2(TOKENS.analyst()).get("/api/v1/frameworks").then()
                .body("find { it.id == 'hmip-youth-2018' }.domains", hasSize(3))
                .body("find { it.id == 'hmip-youth-2018' }.domains.standards.flatten().id", contains("1.1", "1.2", "1.3",
                        "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4"))
                .body("find { it.id == 'hmip-youth-2018' }.ratingValues.points", contains(3, 2, 1, 0))
                .body("find { it.id == 'hmip-youth-2018' }.bands.min", contains(0, 7, 19, 31))
                .body("find { it.id == 'hmip-youth-2018' }.bands.max", contains(6, 18, 30, 36))
                .body("find { it.id == 'hmip-youth-2018' }.bands.overall", contains("INADEQUATE",
                        "REQUIRES_IMPROVEMENT", "GOOD", "OUTSTANDING"))
                .body("find { it.id == 'hmip-youth-2018' }.hasScore", equalTo(true))
                .body("find { it.id == 'hmip-youth-2018' }.maxScore", equalTo(36))
                .body("find { it.id == 'hmip-youth-2018' }.overallMode", equalTo("COMPUTED"))
                .body("find { it.id == 'hmip-cci-2009' }.domains[0].standards.id", contains("safeguarding",
                        "risk-of-harm", "likelihood-of-reoffending"))
                .body("find { it.id == 'hmip-cci-2009' }.ratingValues.value", contains("MINIMUM_IMPROVEMENT",
                        "MODERATE_IMPROVEMENT", "SUBSTANTIAL_IMPROVEMENT", "DRASTIC_IMPROVEMENT"))
                .body("find { it.id == 'hmip-cci-2009' }.overallMode", equalTo("NONE"))
                .body("find { it.id == 'hmip-cci-2009' }.scores.max", equalTo(100))
                .body("find { it.id == 'hmip-cci-2009' }.bands", nullValue())
                .body("find { it.id == 'hmip-headline' }.overallMode", equalTo("SUPPLIED"))
                .body("find { it.id == 'hmip-headline' }.domains", hasSize(0));
    }

    @Test
    void servesOneFrameworkOrA404() {
        given().auth().oauth2(TOKENS.analyst()).get("/api/v1/frameworks/hmip-youth-2018").then()
                .statusCode(200)
                .body("version", equalTo("2018.1"))
                .body("validFrom", equalTo("2018-06-01"));
        problem(given().auth().oauth2(TOKENS.analyst()).get("/api/v1/frameworks/ofsted").then(), 404)
                .body("detail", containsString("hmip-youth-2018"));
    }

    @Test
    void refusesMissingAndBadTokens() {
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, "/api/v1/frameworks", null, null);
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, "/api/v1/frameworks/hmip-youth-2018", null, null);
    }
}
