package org.yjhub.gateway.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document lists every gateway operation, each with a summary and its error responses. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationIsDocumented() {
        JsonPath doc = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> expected = List.of(
                "GET /api/v1/teams", "GET /api/v1/teams/{team}", "GET /api/v1/indicators", "GET /api/v1/indicators/{indicator}",
                "GET /api/v1/regions", "GET /api/v1/teams/{team}/profile", "GET /api/v1/comparisons/{indicator}",
                "GET /api/v1/regions/{region}/dashboard", "GET /api/v1/indicators/{indicator}/series",
                "GET /api/v1/changes", "POST /api/v1/admin/rebuild",
                "PUT /api/v1/teams/{team}/returns/{quarter}", "GET /api/v1/teams/{team}/returns/{quarter}",
                "GET /api/v1/teams/{team}/returns/{quarter}/revisions", "PUT /api/v1/teams/{team}/targets/{year}",
                "GET /api/v1/teams/{team}/targets/{year}", "POST /api/v1/returns/bulk",
                "PUT /api/v1/teams/{team}/budgets/{year}", "GET /api/v1/teams/{team}/budgets/{year}",
                "GET /api/v1/teams/{team}/budgets/{year}/revisions", "PUT /api/v1/teams/{team}/staffing/{year}",
                "GET /api/v1/teams/{team}/staffing/{year}", "POST /api/v1/inspections", "GET /api/v1/inspections",
                "GET /api/v1/inspections/{id}", "PUT /api/v1/inspections/{id}", "GET /api/v1/inspections/{id}/versions",
                "POST /api/v1/inspections/{id}/recommendations", "POST /api/v1/inspections/{id}/actions",
                "PATCH /api/v1/actions/{id}", "GET /api/v1/actions/{id}", "GET /api/v1/frameworks");
        List<String> missing = new ArrayList<>();
        for (String op : expected) {
            String[] parts = op.split(" ");
            Map<String, Object> operation = paths.getOrDefault(parts[1], Map.of()).get(parts[0].toLowerCase());
            if (operation == null || operation.get("summary") == null) {
                missing.add(op);
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            // GET /api/v1/teams/{team} is service-kit's, documented there
            if (!responses.containsKey("401") && !op.equals("GET /api/v1/teams/{team}")) {
                missing.add(op + " (no 401)");
            }
        }
        assertThat(missing).isEmpty();
        // writes carry request examples
        for (String op : List.of("PUT /api/v1/teams/{team}/returns/{quarter}", "POST /api/v1/inspections",
                "PATCH /api/v1/actions/{id}", "POST /api/v1/returns/bulk", "PUT /api/v1/teams/{team}/budgets/{year}")) {
            String[] parts = op.split(" ");
            assertThat(doc.getMap("paths.'" + parts[1] + "'." + parts[0].toLowerCase() + ".requestBody.content"))
                    .as(op).isNotEmpty();
        }
        assertThat(doc.getString("paths.'/api/v1/comparisons/{indicator}'.get.responses.'200'.content.'text/csv'"))
                .isNotNull();
    }
}
