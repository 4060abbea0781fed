package org.yjhub.gateway.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The dashboard page's files, served by the gateway without a token, with their security headers. */
@QuarkusTest
class DashboardPageTest {

    @Test
    void thePageAndItsScriptsAreServedWithAStrictPolicyAndNoToken() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Frame-Options", equalTo("DENY"))
                .body(containsString("/dashboard/js/app.js"));
        given().get("/dashboard/js/app.js").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        given().get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200);
    }

    @Test
    void thePagesConfigurationNeedsNoTokenAndHasNoProviderUnlessOneIsSetUp() {
        given().get("/dashboard/config").then().statusCode(200).body("oidc", nullValue());
    }

    @Test
    void theApiKeepsItsOwnHeadersAndStillNeedsAToken() {
        given().get("/api/v1/teams").then().statusCode(401).header("Content-Security-Policy", nullValue());
    }
}
