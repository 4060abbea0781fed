package org.yjhub.gateway.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.yjhub.testsupport.OpenApiContract;

import static io.restassured.RestAssured.given;

/**
 * The gateway's whole document (its own operations and the forwarded ones) passes a real validator (swagger-parser),
 * every operation has an operationId a generated client can use, and every example matches its schema.
 */
@QuarkusTest
class OpenApiValidityTest {

    @Test
    void theDocumentIsValid() {
        OpenApiContract.assertValid(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }
}
