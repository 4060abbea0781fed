package org.yjhub.budget.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/** The OpenAPI document is part of the product: every operation has a summary, its error responses and examples. */
@QuarkusTest
class OpenApiTest {

    @Test
    void documentsTheBudgetAndStaffingOperations() {
        String budget = "paths.'/api/v1/teams/{team}/budgets/{year}'";
        String staffing = "paths.'/api/v1/teams/{team}/staffing/{year}'";
        String budgetRevisions = "paths.'/api/v1/teams/{team}/budgets/{year}/revisions'";
        String staffingRevisions = "paths.'/api/v1/teams/{team}/staffing/{year}/revisions'";
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(budget + ".put.summary", equalTo("Submit a team's budget for a financial year"))
                .body(budget + ".put.requestBody.content.'application/json'.examples", hasKey("milton-keynes-2019-20"))
                .body(budget + ".put.requestBody.content.'application/json'.examples", hasKey("medway-2020-21"))
                .body(budget + ".put.requestBody.content.'application/json'.examples.'stated-total-disagrees'.value.statedTotal",
                        equalTo(1223757))
                .body(budget + ".put.responses.keySet()", hasItems("200", "201", "400", "401", "403", "404", "412", "415", "422"))
                .body(budget + ".put.responses.'422'.content.'application/problem+json'.examples.'stated-total-disagrees'.value.detail",
                        containsString("1,223,757"))
                .body(budget + ".get.summary", notNullValue())
                .body(budget + ".get.responses.keySet()", hasItems("200", "400", "401", "404"))
                .body(budgetRevisions + ".get.summary", notNullValue())
                .body(staffing + ".put.summary", equalTo("Submit a team's staffing for a financial year"))
                .body(staffing + ".put.requestBody.content.'application/json'.examples.'milton-keynes-2019-20'.value.statedTotalFte",
                        notNullValue())
                .body(staffing + ".put.responses.keySet()", hasItems("200", "201", "400", "401", "403", "404", "412", "415", "422"))
                .body(staffingRevisions + ".get.summary", notNullValue())
                .body("components.schemas.ContributionRequest.properties.staff.type", equalTo("integer"))
                .body("components.schemas.ContributionRequest.properties.staff.minimum", equalTo(0))
                .body("components.schemas.BudgetRequest.properties.statedTotal.type", equalTo("integer"))
                .body("components.schemas.FteRequest.properties.fte.type", equalTo("number"))
                .body("components.schemas.HeadcountRequest.properties.count.type", equalTo("integer"))
                .body("components.schemas.FteRequest.properties.contractType.enum", hasItems("PERMANENT", "SECONDED", "VACANT"));
    }

    @Test
    void documentsConditionalRequestsWithAnETagHeaderSchema() {
        var doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        for (String resource : List.of("/api/v1/teams/{team}/budgets/{year}", "/api/v1/teams/{team}/staffing/{year}")) {
            String put = "paths.'" + resource + "'.put";
            assertThat(doc.getMap(put + ".responses").keySet()).as(resource).contains("200", "201", "400", "412");
            assertThat(doc.getString(put + ".responses.'200'.headers.ETag.schema.type")).as(resource).isEqualTo("string");
            assertThat(doc.getString(put + ".responses.'201'.headers.ETag.schema.type")).as(resource).isEqualTo("string");
            assertThat(doc.getList(put + ".parameters.name")).as(resource).contains("If-Match", "If-None-Match");
            List<String> reads = resource.contains("staffing") ? List.of(resource, resource + "/revisions") : List.of(resource);
            for (String read : reads) {
                String get = "paths.'" + read + "'.get";
                assertThat(doc.getMap(get + ".responses").keySet()).as(read).contains("200", "304", "400", "404");
                assertThat(doc.getString(get + ".responses.'200'.headers.ETag.schema.type")).as(read).isEqualTo("string");
                assertThat(doc.getString(get + ".responses.'304'.headers.ETag.schema.type")).as(read).isEqualTo("string");
                assertThat(doc.getMap(get + ".responses.'304'")).as(read + ": a 304 has no body").doesNotContainKey("content");
                assertThat(doc.getList(get + ".parameters.name")).as(read).contains("If-None-Match");
            }
        }
        assertThat(doc.getString("paths.'/api/v1/teams/{team}/budgets/{year}/revisions'.get.description"))
                .contains("carries no ETag");
    }
}
