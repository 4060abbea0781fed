package org.yjhub.kit.http;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.yjhub.localinfra.jwt.Tokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** With origins listed (YJ_CORS_ORIGINS), a page on one of them may call the API from a browser; no other may. */
@QuarkusTest
@TestProfile(CorsTest.DashboardElsewhere.class)
class CorsTest {

    static final String ALLOWED = "https://dashboard.example.org";
    static final String OTHER = "https://evil.example.com";

    public static class DashboardElsewhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", ALLOWED + ",https://analysis.example.org");
        }
    }

    private final Tokens tokens = Tokens.forTests();

    @Test
    void aListedOriginGetsThePreflightAnswered() {
        given().header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/teams/medway").then().log().ifValidationFails()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Credentials", "false")
                .header("Access-Control-Max-Age", "3600");
    }

    @Test
    void aListedOriginGetsTheHeadersOnARead() {
        given().header("Origin", ALLOWED).auth().oauth2(tokens.analyst())
                .get("/api/v1/teams/medway").then().log().ifValidationFails()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("X-Data-As-Of"))
                .header("Vary", containsString("Origin"))
                .body("code", equalTo("medway"));
    }

    @Test
    void aListedOriginStillNeedsAToken() {
        given().header("Origin", ALLOWED).get("/api/v1/teams/medway").then()
                .statusCode(401)
                .header("Access-Control-Allow-Origin", ALLOWED) // so that the page can read why
                .contentType("application/problem+json");
    }

    @Test
    void anOriginNotListedGetsNoPreflight() {
        given().header("Origin", OTHER)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/teams/medway").then().log().ifValidationFails()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void anOriginNotListedGetsNoAnswerToARead() {
        given().header("Origin", OTHER).auth().oauth2(tokens.analyst())
                .get("/api/v1/teams/medway").then().log().ifValidationFails()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aLookAlikeOfAListedOriginIsNotListed() {
        given().header("Origin", ALLOWED + ".evil.example.com").auth().oauth2(tokens.analyst())
                .get("/api/v1/teams/medway").then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "http://dashboard.example.org").auth().oauth2(tokens.analyst())
                .get("/api/v1/teams/medway").then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void requestsWithoutAnOriginAreUnaffected() {
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/medway").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
