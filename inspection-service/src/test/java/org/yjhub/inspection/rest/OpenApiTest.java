package org.yjhub.inspection.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The OpenAPI document is part of the product: every operation (with an operationId a generated client can use as a
 * method name), its errors and request examples taken from the seed papers.
 */
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
                .body("components.schemas.InspectionRequest", not(hasKey("required")))
                .body("components.schemas.Inspection.properties.fieldworkStart.'$ref'",
                        equalTo("#/components/schemas/FieldworkDate"))
                .body("components.schemas.InspectionVersion.properties.publishedOn.'$ref'",
                        equalTo("#/components/schemas/PublicationDate"))
                .body("components.schemas.FieldworkDate.pattern", equalTo("^\\d{4}-\\d{2}(-\\d{2})?$"))
                .body("components.schemas.PublicationDate.type", equalTo("string"))
                .body("components.schemas.PublicationDate.description", containsString("year-month"))
                .body("components.schemas.Framework.properties", not(hasKey("fieldworkRequired")));
    }

    @Test
    void everyOperationHasAUniqueOperationIdThatReadsAsAMethodNameAndASummary() {
        JsonPath doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        Set<String> ids = new HashSet<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!path.startsWith("/api/v1/") || path.startsWith("/api/v1/teams")) {
                return; // the team endpoints are service-kit's
            }
            String id = (String) operation.get("operationId");
            assertThat(id).as("operationId of %s %s", method, path).matches("[a-z][A-Za-z]+");
            assertThat(ids.add(id)).as("%s is unique", id).isTrue();
            assertThat((String) operation.get("summary")).as("summary of %s %s", method, path).isNotBlank();
        }));
        assertThat(ids).contains("createInspection", "listInspections", "getInspection", "correctInspection",
                "listInspectionVersions", "addRecommendation", "getRecommendation", "addRecommendationProgress",
                "addAction", "getAction", "recordActionProgress", "putPlan", "getPlan", "listFrameworks",
                "getFramework");
    }

    @Test
    void documentsThePlanAndRecommendationProgressWithTheSeedsAsExamples() {
        String plan = "paths.'/api/v1/inspections/{id}/plan'";
        String progress = "paths.'/api/v1/recommendations/{id}/progress'.post";
        given().accept("application/json").get("/q/openapi").then()
                .statusCode(200)
                .body(plan + ".put.operationId", equalTo("putPlan"))
                .body(plan + ".get.operationId", equalTo("getPlan"))
                .body(plan + ".put.requestBody.content.'application/json'.schema.$ref", endsWith("/PlanRequest"))
                .body(plan + ".put.responses.'201'.content.'application/json'.schema.$ref", endsWith("/Plan"))
                .body(plan + ".put.responses.'200'.content.'application/json'.schema.$ref", endsWith("/Plan"))
                .body(plan + ".put.responses", hasKey("412"))
                .body(plan + ".put.responses", hasKey("422"))
                .body(plan + ".get.responses", hasKey("404"))
                .body(plan + ".put.requestBody.content.'application/json'.examples.keySet()",
                        containsInAnyOrder("draft", "in-preparation", "agreed"))
                .body(plan + ".put.requestBody.content.'application/json'.examples.draft.value.title",
                        equalTo("Youth Offending Team Action Plan"))
                .body(plan + ".put.requestBody.content.'application/json'.examples.'in-preparation'.value.dueDate",
                        equalTo("2011-10-03"))
                .body(progress + ".operationId", equalTo("addRecommendationProgress"))
                .body(progress + ".summary", notNullValue())
                .body(progress + ".requestBody.content.'application/json'.schema.$ref",
                        endsWith("/RecommendationProgressRequest"))
                .body(progress + ".requestBody.content.'application/json'.examples.progress.value.reportedOn",
                        equalTo("2024-01-25"))
                .body(progress + ".responses.'201'.content.'application/json'.schema.$ref", endsWith("/Recommendation"))
                .body(progress + ".responses", hasKey("200"))
                .body(progress + ".responses", hasKey("403"))
                .body(progress + ".responses", hasKey("422"))
                .body("paths.'/api/v1/recommendations/{id}'.get.operationId", equalTo("getRecommendation"))
                .body("components.schemas.Plan.properties.status.enum",
                        containsInAnyOrder("IN_PREPARATION", "DRAFT", "AGREED"))
                .body("components.schemas.PlanRequest.required", contains("status"))
                .body("components.schemas.RecommendationProgressRequest.required", containsInAnyOrder("reportedOn", "text"))
                .body("components.schemas.Recommendation.properties", hasKey("owner"))
                .body("components.schemas.Recommendation.properties", hasKey("progress"))
                .body("components.schemas.RecommendationRequest.properties", hasKey("owner"))
                .body("components.schemas.Inspection.properties", hasKey("plan"));
    }

    @Test
    void documentsActionsAsPlansWriteThemWithMiltonKeynesExamples() {
        String actions = "paths.'/api/v1/inspections/{id}/actions'.post";
        String examples = actions + ".requestBody.content.'application/json'.examples";
        given().accept("application/json").get("/q/openapi").then()
                .statusCode(200)
                .body(actions + ".operationId", equalTo("addAction"))
                .body(actions + ".responses", hasKey("409"))
                .body(examples + ".keySet()", hasItem("due-at-a-meeting"))
                .body(examples + ".'due-at-a-meeting'.value.owners", contains("Chair of the YOSB", "YOSB Members"))
                .body(examples + ".action.value.due", equalTo("30th July 2021 (in place for next recruitment)"))
                .body(examples + ".action.value.dueDate", equalTo("2021-07-30"))
                .body(examples + ".'due-onwards'.value.due", equalTo("30th June 2021 onwards"))
                .body(examples + ".'referring-to-others'.value.refersTo", contains("2", "3"))
                .body(examples + ".'referring-to-others'.value.section", equalTo("From Youth Justice Plan"))
                .body("components.schemas.ActionRequest.properties.owners.maxItems", equalTo(10))
                .body("components.schemas.ActionRequest.properties.refersTo.maxItems", equalTo(20))
                .body("components.schemas.ActionRequest.properties.dueDate.format", equalTo("date"))
                .body("components.schemas.ActionRequest.properties", hasKey("section"))
                .body("components.schemas.Action.properties", hasKey("overdue"))
                .body("components.schemas.Action.properties", hasKey("owners"))
                .body("components.schemas.Action.properties.refersTo.items.$ref", endsWith("/ActionReference"))
                .body("paths.'/api/v1/inspections/{id}/recommendations'.post.requestBody.content.'application/json'"
                        + ".examples.'owned-by-a-role'.value.owner", equalTo("YJS Manager"))
                .body("paths.'/api/v1/inspections'.post.requestBody.content.'application/json'.examples"
                        + ".'hmip-cci-2009'.value", not(hasKey("publishedOn")))
                .body("paths.'/api/v1/inspections'.post.requestBody.content.'application/json'.examples"
                        + ".'hmip-cci-2009'.value.fieldworkStart", equalTo("2011-07"));
    }

    @Test
    void documentsTheRevisionLifecycle_304_400_412WithAnETagHeaderSchema() {
        JsonPath doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        String inspection = "paths.'/api/v1/inspections/{id}'";
        String versions = "paths.'/api/v1/inspections/{id}/versions'";
        String plan = "paths.'/api/v1/inspections/{id}/plan'";
        String action = "paths.'/api/v1/actions/{id}'";
        for (String read : new String[] {inspection + ".get", versions + ".get", plan + ".get", action + ".get"}) {
            assertThat(doc.getMap(read + ".responses")).as(read).containsKeys("200", "304", "400");
            assertThat(doc.getString(read + ".responses.'304'.headers.ETag.schema.type")).as(read).isEqualTo("string");
            assertThat(doc.getString(read + ".responses.'200'.headers.ETag.schema.type")).as(read).isEqualTo("string");
            assertThat(doc.getList(read + ".parameters.name", String.class)).as(read).contains("If-None-Match");
            assertThat(doc.getString(read + ".description")).as(read).contains("304");
        }
        for (String write : new String[] {inspection + ".put", "paths.'/api/v1/inspections/{id}/recommendations'.post",
                "paths.'/api/v1/inspections/{id}/actions'.post", action + ".patch", plan + ".put"}) {
            assertThat(doc.getMap(write + ".responses")).as(write).containsKeys("400", "412");
            assertThat(doc.getString(write + ".responses.'412'.description")).as(write).contains("currentRevision");
            assertThat(doc.getMap(write + ".responses.'412'.content.'application/problem+json'.examples")).as(write)
                    .containsKey("stale");
            assertThat(doc.getList(write + ".parameters.name", String.class)).as(write).contains("If-Match");
            assertThat(doc.getString(write + ".description")).as(write).contains("weak tag");
        }
        assertThat(doc.getString(plan + ".put.responses.'201'.headers.ETag.schema.type")).isEqualTo("string");
        assertThat(doc.getString("paths.'/api/v1/inspections'.post.responses.'201'.headers.ETag.schema.type"))
                .isEqualTo("string");
        assertThat(doc.getList(plan + ".put.parameters.name", String.class)).contains("If-None-Match");
        assertThat(doc.getString("paths.'/api/v1/inspections'.get.description")).contains("no ETag");
        assertThat(doc.getString("paths.'/api/v1/recommendations/{id}'.get.description")).contains("no ETag");
    }
}
