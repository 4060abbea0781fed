package org.yjhub.kit.http;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.yjhub.localinfra.jwt.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

/** With no origin configured (the default), no page on another origin may call the API from a browser. */
@QuarkusTest
class CorsByDefaultTest {

    private final Tokens tokens = Tokens.forTests();

    @Test
    void noOriginIsAllowedAPreflight() {
        given().header("Origin", "https://dashboard.example.org")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/teams").then().log().ifValidationFails()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void noOriginGetsAnAnswerToARead() {
        given().header("Origin", "https://dashboard.example.org").auth().oauth2(tokens.analyst())
                .get("/api/v1/teams").then().log().ifValidationFails()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aSameOriginPageIsServed() {
        // a browser sends Origin on a same-origin write; the gateway's own dashboard page is such a caller
        int port = io.restassured.RestAssured.port;
        given().header("Origin", "http://localhost:" + port).auth().oauth2(tokens.analyst())
                .get("/api/v1/teams").then().log().ifValidationFails()
                .statusCode(200);
    }

    @Test
    void requestsWithoutAnOriginAreUnaffected() {
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
