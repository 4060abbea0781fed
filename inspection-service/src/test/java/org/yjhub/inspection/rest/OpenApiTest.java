package org.yjhub.inspection.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The OpenAPI document is part of the product: every operation, its errors and request examples. */
@QuarkusTest
class OpenApiTest {

    @Test
    void documentsEveryOperationWithItsErrorsAndExamples() {
        given().accept("application/json").get("/q/openapi").then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/frameworks"))
                .body("paths", hasKey("/api/v1/frameworks/{id}"))
                .body("paths", hasKey("/api/v1/inspections/{id}/versions"))
                .body("paths", hasKey("/api/v1/recommendations/{id}"))
                .body("paths.'/api/v1/inspections'.post.summary", notNullValue())
                .body("paths.'/api/v1/inspections'.post.responses", hasKey("422"))
                .body("paths.'/api/v1/inspections'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/inspections'.post.requestBody.content.'application/json'.examples",
                        hasKey("hmip-youth-2018"))
                .body("paths.'/api/v1/inspections'.get.responses", hasKey("404"))
                .body("paths.'/api/v1/inspections/{id}'.put.responses", hasKey("412"))
                .body("paths.'/api/v1/inspections/{id}/recommendations'.post.requestBody.content.'application/json'.examples",
                        hasKey("recommendation"))
                .body("paths.'/api/v1/inspections/{id}/actions'.post.responses", hasKey("403"))
                .body("paths.'/api/v1/actions/{id}'.patch.requestBody.content.'application/json'.examples",
                        hasKey("progress"))
                .body("paths.'/api/v1/actions/{id}'.patch.description", containsString("history"));
    }

    @Test
    void documentsDatesKnownOnlyToTheMonth() {
        given().accept("application/json").get("/q/openapi").then()
                .statusCode(200)
                .body("paths.'/api/v1/inspections'.post.description", containsString("year-month (2021-08)"))
                .body("paths.'/api/v1/inspections'.post.description", containsString("at its precision"))
                .body("paths.'/api/v1/inspections/{id}'.put.description", containsString("year-month (2021-08)"))
                .body("paths.'/api/v1/inspections'.post.requestBody.content.'application/json'.examples",
                        hasKey("hmip-headline-by-month"))
                .body("paths.'/api/v1/inspections'.post.requestBody.content.'application/json'.examples",
                        hasKey("without-fieldwork"))
                .body("paths.'/api/v1/inspections'.post.requestBody.content.'application/json'.examples"
                        + ".'hmip-youth-2018'.value.publishedOn", equalTo("2021-08"))
                .body("components.schemas.InspectionRequest.properties.publishedOn.type", equalTo("string"))
                .body("components.schemas.InspectionRequest.properties.publishedOn.pattern",
                        equalTo("^\\d{4}-\\d{2}(-\\d{2})?$"))
                .body("components.schemas.InspectionRequest.properties.publishedOn", not(hasKey("format")))
                .body("components.schemas.InspectionRequest.required", hasItem("publishedOn"))
                .body("components.schemas.Inspection.properties.fieldworkStart.pattern", notNullValue())
                .body("components.schemas.InspectionVersion.properties.publishedOn.description",
                        containsString("year-month"))
                .body("components.schemas.Framework.properties", not(hasKey("fieldworkRequired")));
    }
}
