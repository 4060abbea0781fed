package org.yjhub.gateway.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.testsupport.AuthProbe;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/** The reference data the gateway serves itself: teams (service-kit), indicators and regions. */
@QuarkusTest
class ReferenceResourcesTest {

    static final Tokens TOKENS = Tokens.forTests();

    private static RequestSpecification analyst() {
        return given().header("Authorization", "Bearer " + TOKENS.analyst());
    }

    @Test
    void teams() {
        analyst().when().get("/api/v1/teams").then().statusCode(200)
                .body("code", hasItem("milton-keynes"))
                .body("size()", equalTo(155));
        analyst().when().get("/api/v1/teams/milton-keynes").then().statusCode(200)
                .body("name", equalTo("Milton Keynes"))
                .body("region", equalTo("South East"))
                .body("localAuthorities[0].onsCode", equalTo("E06000042"));
        analyst().when().get("/api/v1/teams/atlantis").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("atlantis"));
    }

    @Test
    void indicators() {
        analyst().when().get("/api/v1/indicators").then().statusCode(200)
                .contentType("application/json")
                .body("size()", equalTo(14))
                .body("find { it.id == 'custody-rate' }.multiplier", equalTo(1000))
                .body("find { it.id == 'custody-rate' }.polarity", equalTo("LOWER_IS_BETTER"))
                .body("find { it.id == 'kpi-wider-services' }.polarity", equalTo("NONE"));
        analyst().when().get("/api/v1/indicators/fte-rate").then().statusCode(200)
                .body("id", equalTo("fte-rate"))
                .body("multiplier", equalTo(100000));
        analyst().when().get("/api/v1/indicators/no-such-kpi").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void regions() {
        analyst().when().get("/api/v1/regions").then().statusCode(200)
                .body("", hasSize(10))
                .body("find { it.code == 'south-east' }.name", equalTo("South East"))
                .body("find { it.code == 'london' }.teams", equalTo(31))
                .body("teams.sum()", equalTo(155));
    }

    @Test
    void eachReferenceAnswerCarriesAStableETagAndAnswers304WhileItIsCurrent() {
        for (String path : List.of("/api/v1/indicators", "/api/v1/indicators/custody-rate", "/api/v1/regions",
                "/api/v1/teams", "/api/v1/teams/milton-keynes")) {
            String etag = analyst().when().get(path).then().statusCode(200)
                    .header("ETag", matchesPattern("\"[0-9a-f]+\""))
                    .header("Cache-Control", "no-cache")
                    .header("X-Data-As-Of", nullValue())
                    .extract().header("ETag");
            analyst().when().get(path).then().statusCode(200).header("ETag", etag);
            analyst().header("If-None-Match", etag).when().get(path).then().statusCode(304)
                    .header("ETag", etag).body(emptyString());
            analyst().header("If-None-Match", "W/" + etag).when().get(path).then().statusCode(304);
            analyst().header("If-None-Match", "\"stale\"").when().get(path).then().statusCode(200)
                    .header("ETag", etag);
        }
    }

    @Test
    void differentReferenceAnswersHaveDifferentETags() {
        String list = analyst().when().get("/api/v1/indicators").then().extract().header("ETag");
        String one = analyst().when().get("/api/v1/indicators/custody-rate").then().extract().header("ETag");
        String other = analyst().when().get("/api/v1/indicators/fte-rate").then().extract().header("ETag");
        String regions = analyst().when().get("/api/v1/regions").then().extract().header("ETag");
        String teams = analyst().when().get("/api/v1/teams").then().extract().header("ETag");
        String team = analyst().when().get("/api/v1/teams/milton-keynes").then().extract().header("ETag");
        assertThat(List.of(list, one, other, regions, teams, team)).doesNotHaveDuplicates();
    }

    @Test
    void refuseBadTokens() {
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, "/api/v1/indicators", null, null);
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, "/api/v1/teams", null, null);
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, "/api/v1/regions", null, null);
    }
}
