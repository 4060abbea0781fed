package org.yjhub.performance.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document is part of the product: every operation has a summary, its error responses and examples. */
@QuarkusTest
class OpenApiTest {

    private JsonPath document() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyOperationIsDocumentedWithItsErrors() {
        JsonPath doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        assertThat(paths).containsKeys("/api/v1/teams/{team}/returns/{quarter}", "/api/v1/teams/{team}/returns/{quarter}/revisions",
                "/api/v1/teams/{team}/targets/{year}", "/api/v1/teams/{team}/targets/{year}/revisions", "/api/v1/returns/bulk",
                "/api/v1/indicators", "/api/v1/indicators/{id}");
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/v1/") || path.startsWith("/api/v1/teams") && !path.contains("/returns") && !path.contains("/targets")) {
                return; // the kit's team endpoints are documented by the kit
            }
            operations.forEach((method, operation) -> {
                assertThat(operation.get("summary")).as(method + " " + path).isNotNull();
                assertThat(((Map<?, ?>) operation.get("responses")).keySet().stream().map(String::valueOf).toList())
                        .as(method + " " + path).contains("401");
            });
        });
    }

    @Test
    void writesListEveryErrorStatusAndCarryRequestExamples() {
        JsonPath doc = document();
        for (String[] op : new String[][]{{"/api/v1/teams/{team}/returns/{quarter}", "put"},
                {"/api/v1/teams/{team}/targets/{year}", "put"}, {"/api/v1/returns/bulk", "post"}}) {
            Map<String, Object> operation = doc.getMap("paths.'" + op[0] + "'." + op[1]);
            assertThat(((Map<?, ?>) operation.get("responses")).keySet().stream().map(String::valueOf).toList()).as(op[0])
                    .contains("200", "400", "401", "403", "413", "415", "422");
            Map<?, ?> content = (Map<?, ?>) ((Map<?, ?>) operation.get("requestBody")).get("content");
            Map<?, ?> media = (Map<?, ?>) content.values().iterator().next();
            assertThat((Map<?, ?>) media.get("examples")).as(op[0]).isNotEmpty();
        }
        assertThat(doc.getMap("paths.'/api/v1/teams/{team}/returns/{quarter}'.put.responses").keySet()).contains("201", "404", "412");
        assertThat(doc.getString("paths.'/api/v1/returns/bulk'.post.description")).contains("Row numbers count data rows from 1, after the header");
        List<String> tags = doc.getList("tags.name");
        assertThat(tags).contains("KPI returns", "KPI targets");
    }

    @Test
    void conditionalRequestsAreDocumentedOnEveryRevisionedOperationWithAnETagHeaderSchema() {
        JsonPath doc = document();
        for (String resource : List.of("/api/v1/teams/{team}/returns/{quarter}", "/api/v1/teams/{team}/targets/{year}")) {
            Map<String, Object> put = doc.getMap("paths.'" + resource + "'.put.responses");
            assertThat(put.keySet()).as(resource).contains("200", "201", "400", "412");
            assertThat(doc.getString("paths.'" + resource + "'.put.responses.'200'.headers.ETag.schema.type")).isEqualTo("string");
            assertThat(doc.getString("paths.'" + resource + "'.put.responses.'201'.headers.ETag.schema.type")).isEqualTo("string");
            assertThat(doc.getList("paths.'" + resource + "'.put.parameters.name")).as(resource).contains("If-Match", "If-None-Match");
            for (String read : List.of(resource, resource + "/revisions")) {
                String get = "paths.'" + read + "'.get";
                assertThat(doc.getMap(get + ".responses").keySet()).as(read).contains("200", "304", "400", "404");
                assertThat(doc.getString(get + ".responses.'200'.headers.ETag.schema.type")).as(read).isEqualTo("string");
                assertThat(doc.getString(get + ".responses.'304'.headers.ETag.schema.type")).as(read).isEqualTo("string");
                assertThat(doc.getMap(get + ".responses.'304'")).as(read + ": a 304 has no body").doesNotContainKey("content");
                assertThat(doc.getList(get + ".parameters.name")).as(read).contains("If-None-Match");
            }
        }
    }
}
