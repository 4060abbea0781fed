package org.yjhub.kit.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.yjhub.localinfra.jwt.Tokens;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The token rules every service applies (the kit's configuration and {@link CheckedTokenFactory}), on a read that any
 * of the four roles may make: audience, issue time, lifetime, and at least one of the roles.
 */
@QuarkusTest
class TokenRulesTest {

    private static final String READ = "/api/v1/teams/medway";

    private final Tokens tokens = Tokens.forTests();

    @Test
    void acceptsATokenForYjHubFromEachRole() {
        for (String token : new String[]{tokens.analyst(), tokens.inspector(), tokens.admin(), tokens.authority("medway")}) {
            read(token).statusCode(200);
        }
    }

    @Test
    void refusesATokenWithoutAudience() {
        unauthorized(read(tokens.withoutAudience()));
    }

    @Test
    void refusesATokenForAnotherApplication() {
        unauthorized(read(tokens.forAudience("payroll")));
    }

    @Test
    void refusesATokenIssuedADayInTheFuture() {
        unauthorized(read(tokens.issuedIn(Duration.ofDays(1))));
    }

    @Test
    void refusesATokenIssuedJustBeyondTheClockSkew() {
        unauthorized(read(tokens.issuedIn(Duration.ofSeconds(90))));
    }

    @Test
    void acceptsAnIssuerWhoseClockIsSlightlyAhead() {
        read(tokens.issuedIn(Duration.ofSeconds(20))).statusCode(200);
    }

    @Test
    void refusesATokenThatLivesTenYears() {
        unauthorized(read(tokens.living(Duration.ofDays(3653))));
    }

    @Test
    void refusesALifetimeJustOverTheMaximum() {
        unauthorized(read(tokens.living(Tokens.MAX_LIFETIME.plusSeconds(5))));
    }

    @Test
    void acceptsALifetimeOfTheMaximum() {
        read(tokens.living(Tokens.MAX_LIFETIME)).statusCode(200);
    }

    @Test
    void refusesATokenWithNoRoleWith403() {
        forbidden(read(tokens.withoutRole()));
    }

    @Test
    void refusesATokenWithOnlyAnUnknownRoleWith403() {
        forbidden(read(tokens.withoutRole("visitor", "payroll-clerk")));
    }

    @Test
    void acceptsAnUnknownRoleBesideOneOfTheFour() {
        read(tokens.withoutRole("visitor", Roles.ANALYST)).statusCode(200);
    }

    @Test
    void operationsEndpointsStayOpenToAnyone() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().auth().oauth2(tokens.withoutRole()).get("/q/health/live").then().statusCode(200);
    }

    private static ValidatableResponse read(String token) {
        return given().auth().oauth2(token).get(READ).then().log().ifValidationFails();
    }

    private static void unauthorized(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://yjhub.org/problems/unauthorized"))
                .body("title", equalTo("Unauthorized"))
                .body("status", equalTo(401))
                .body("detail", equalTo("a valid bearer token is required"))
                .body("instance", equalTo(READ));
    }

    private static void forbidden(ValidatableResponse response) {
        response.statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://yjhub.org/problems/forbidden"))
                .body("title", equalTo("Forbidden"))
                .body("status", equalTo(403))
                .body("detail", equalTo("this token's role does not allow this operation"))
                .body("instance", equalTo(READ));
    }
}
