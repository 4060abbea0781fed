package org.yjhub.kit.reference;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import org.junit.jupiter.api.Test;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.testsupport.AuthProbe;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class TeamsResourceTest {

    private final Tokens tokens = Tokens.forTests();

    @Test
    void listsEveryTeamToAnyRole() {
        for (String token : new String[]{tokens.analyst(), tokens.inspector(), tokens.admin(), tokens.authority("medway")}) {
            given().auth().oauth2(token).get("/api/v1/teams").then()
                    .statusCode(200)
                    .body("size()", greaterThanOrEqualTo(150))
                    .body("code", hasItem("milton-keynes"));
        }
    }

    @Test
    void oneTeamWithItsOnsCodes() {
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/milton-keynes").then()
                .statusCode(200)
                .body("name", equalTo("Milton Keynes"))
                .body("region", equalTo("South East"))
                .body("localAuthorities[0].onsCode", equalTo("E06000042"));
    }

    @Test
    void theListAndEachTeamCarryAStableETagAndAnswer304WhileCurrent() {
        for (String path : new String[]{"/api/v1/teams", "/api/v1/teams/milton-keynes"}) {
            String etag = given().auth().oauth2(tokens.analyst()).get(path).then().statusCode(200)
                    .header("ETag", matchesPattern("\"[0-9a-f]+\""))
                    .header("Cache-Control", "no-cache")
                    .extract().header("ETag");
            given().auth().oauth2(tokens.inspector()).get(path).then().statusCode(200).header("ETag", etag);
            given().auth().oauth2(tokens.analyst()).header("If-None-Match", etag).get(path).then()
                    .statusCode(304).header("ETag", etag).body(emptyString());
            given().auth().oauth2(tokens.analyst()).header("If-None-Match", "\"stale\"").get(path).then()
                    .statusCode(200).header("ETag", etag);
        }
    }

    @Test
    void unknownTeamIsA404Problem() {
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/atlantis").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("https://yjhub.org/problems/not-found"));
    }

    @Test
    void unknownPathIsA404Problem() {
        given().auth().oauth2(tokens.analyst()).get("/api/v1/nothing-here").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void refusesMissingAndBadTokens() {
        AuthProbe.assertRefusesBadTokens(tokens, Method.GET, "/api/v1/teams", null, null);
        AuthProbe.assertRefusesBadTokens(tokens, Method.GET, "/api/v1/teams/medway", null, null);
    }

    @Test
    void operationsEndpointsAreOpen() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
