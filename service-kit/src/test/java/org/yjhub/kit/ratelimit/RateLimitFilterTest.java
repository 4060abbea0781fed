package org.yjhub.kit.ratelimit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.yjhub.localinfra.jwt.Tokens;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The limits over a real server: each test calls as a subject of its own, so the counts do not mix. */
@QuarkusTest
@TestProfile(RateLimitFilterTest.SmallLimits.class)
class RateLimitFilterTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yj.rate-limit.enabled", "true",
                    "yj.rate-limit.policies.default.anonymous", "2",
                    "yj.rate-limit.policies.default.authenticated", "4",
                    "yj.rate-limit.policies.default.admin", "6");
        }
    }

    private final Tokens tokens = Tokens.forTests();

    private String token(String subject, String role) {
        return tokens.mint(subject, Set.of(role), null, Instant.now().plus(1, ChronoUnit.HOURS));
    }

    @Test
    void everyAnswerWithinTheLimitSaysWhatIsLeftOfIt() {
        String token = token("within", "analyst");
        given().auth().oauth2(token).get("/api/v1/teams/medway").then().statusCode(200)
                .header("RateLimit-Policy", "\"default\";q=4;w=60")
                .header("RateLimit", startsWith("\"default\";r=3;t="));
        given().auth().oauth2(token).get("/api/v1/teams/atlantis").then().statusCode(404)
                .header("RateLimit", startsWith("\"default\";r=2;t="));
    }

    @Test
    void aCallOverTheLimitIsA429ProblemWithRetryAfterAndDoesNothing() {
        String token = token("over", "analyst");
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(token).get("/api/v1/teams/medway").then().statusCode(200);
        }
        Response refused = given().auth().oauth2(token).get("/api/v1/teams/medway");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://yjhub.org/problems/too-many-requests"))
                .body("status", equalTo(429))
                .body("instance", equalTo("/api/v1/teams/medway"))
                .header("RateLimit", startsWith("\"default\";r=0;t="));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(refused.jsonPath().getString("detail")).contains("4 requests in 60 s");
    }

    @Test
    void eachSubjectHasItsOwnCountAndARoleMayHaveALargerOne() {
        String first = token("first", "analyst");
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(first).get("/api/v1/teams").then().statusCode(200);
        }
        given().auth().oauth2(first).get("/api/v1/teams").then().statusCode(429);
        given().auth().oauth2(token("second", "analyst")).get("/api/v1/teams").then().statusCode(200);
        given().auth().oauth2(token("operator", "admin")).get("/api/v1/teams").then().statusCode(200)
                .header("RateLimit-Policy", "\"default\";q=6;w=60");
    }

    @Test
    void callsWithoutATokenAreCountedByAddressBeforeTheyAreRefused() {
        given().get("/api/v1/teams").then().statusCode(401);
        given().get("/api/v1/teams").then().statusCode(401);
        given().get("/api/v1/teams").then().statusCode(429).header("Retry-After", startsWith(""));
    }

    @Test
    void healthAndTheOpenApiDocumentAreNotCounted() {
        for (int i = 0; i < 5; i++) {
            given().get("/q/health/live").then().statusCode(200);
            given().get("/q/openapi").then().statusCode(200);
        }
    }
}
