package org.yjhub.kit.openapi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.yjhub.testsupport.OpenApiContract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The kit's own endpoints (the teams) as a document: shared responses added once, and a valid document. */
@QuarkusTest
class SharedResponsesFilterTest {

    @Test
    void everyOperationGetsTheSharedResponsesOnceAndTheDocumentIsValid() {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        JsonPath doc = JsonPath.from(document);

        assertThat(doc.getString("paths.'/api/v1/teams'.get.operationId")).isEqualTo("listTeams");
        assertThat(doc.getString("paths.'/api/v1/teams/{team}'.get.operationId")).isEqualTo("getTeam");
        assertThat(doc.getMap("paths.'/api/v1/teams/{team}'.get.responses")).containsKeys("200", "401", "404", "500")
                .doesNotContainKeys("403", "413", "415");
        // the teams declare their own 401; the 500 is the shared one
        assertThat(doc.getString("paths.'/api/v1/teams'.get.responses.'500'.$ref"))
                .isEqualTo("#/components/responses/InternalError");
        assertThat(doc.getString("components.responses.InternalError.content.'application/problem+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(doc.getMap("components.responses")).doesNotContainKeys("Forbidden", "PayloadTooLarge");
        assertThat(doc.getMap("components.schemas.Problem.properties"))
                .containsOnlyKeys("type", "title", "status", "detail", "instance", "errors");
        assertThat(doc.getBoolean("components.schemas.Problem.additionalProperties")).isTrue();
        assertThat(doc.getList("components.schemas.ValidationProblem.allOf")).hasSize(2);

        OpenApiContract.assertValid(document);
    }

    @Test
    void theDocumentStatesTheTokenRulesAndTheCorsPolicy() {
        JsonPath doc = JsonPath.from(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());

        assertThat(doc.getString("components.securitySchemes.jwt.description"))
                .contains("RFC 8725", "RS256", "aud", "iat", "maximum lifetime", "kid", "403");
        assertThat(doc.getString("info.description")).contains("CORS", "YJ_CORS_ORIGINS", "none by default");
        assertThat(doc.getString("components.headers.'Access-Control-Allow-Origin'.description"))
                .contains("YJ_CORS_ORIGINS", "never *");
        for (String response : new String[]{"paths.'/api/v1/teams'.get.responses.'200'",
                "paths.'/api/v1/teams/{team}'.get.responses.'404'", "components.responses.InternalError"}) {
            assertThat(doc.getString(response + ".headers.'Access-Control-Allow-Origin'.$ref")).as(response)
                    .isEqualTo("#/components/headers/Access-Control-Allow-Origin");
        }
    }
}
