package org.yjhub.performance.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.common.period.Quarter;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.performance.Fixtures;
import org.yjhub.performance.domain.ReturnRules;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Each kind of input bound, once: the document declares it, and a request over it is refused with problem+json naming
 * the field, before anything is stored. A bound in the body is a 422 (as the content rules answer), one in a
 * parameter or header a 400.
 */
@QuarkusTest
class BoundsTest {

    private static final String TEAM = "milton-keynes";
    private static final String PROBLEM = "application/problem+json";
    private final Tokens tokens = Fixtures.TOKENS;

    private static JsonPath document() {
        return JsonPath.from(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
    }

    private static String putReturn(String team, Quarter q) {
        return "/api/v1/teams/" + team + "/returns/" + q;
    }

    @Test
    void theDocumentDeclaresEveryKindOfBound() {
        JsonPath doc = document();
        String request = "components.schemas.ReturnRequest.properties.";
        assertThat(doc.getInt(request + "values.maxItems")).isEqualTo(ReturnRules.MAX_VALUES);
        assertThat(doc.getInt(request + "source.maxLength")).isEqualTo(Bounds.SOURCE_LENGTH);
        assertThat(doc.getString(request + "source.pattern")).isEqualTo(Bounds.PLAIN_TEXT);
        assertThat(doc.getString("components.schemas.ValueInput.properties.numerator.maximum")).isEqualTo("1000000000000");
        assertThat(doc.getString("components.schemas.GroupRequest.properties.teams.items.pattern")).isEqualTo(Bounds.SLUG);

        List<java.util.Map<String, Object>> parameters = doc.getList(
                "paths.'/api/v1/teams/{team}/returns/{quarter}'.put.parameters");
        assertThat(parameters).anySatisfy(p -> {
            assertThat(p.get("name")).isEqualTo("team");
            assertThat(p.get("schema")).asString().contains("maxLength=" + Bounds.CODE_LENGTH).contains(Bounds.SLUG);
        });
        assertThat(parameters).anySatisfy(p -> {
            assertThat(p.get("name")).isEqualTo("If-Match");
            assertThat(p.get("schema")).asString().contains("maxLength=" + Bounds.HEADER_LENGTH);
        });
        // the bulk file: as long as the configured body limit (413 beyond it)
        long limit = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", io.quarkus.runtime.configuration.MemorySize.class)
                .asLongValue();
        assertThat(doc.getLong("paths.'/api/v1/returns/bulk'.post.requestBody.content.'text/csv'.schema.maxLength"))
                .isEqualTo(limit);
    }

    @Test
    void tooManyValuesAre422NamingTheListAndNothingIsStored() {
        Quarter q = Fixtures.freshQuarter();
        String values = IntStream.range(0, ReturnRules.MAX_VALUES + 1)
                .mapToObj(i -> "{\"indicator\":\"custody-rate\",\"numerator\":1,\"denominator\":2}")
                .collect(Collectors.joining(","));
        given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body("{\"values\":[" + values + "]}")
                .put(putReturn(TEAM, q)).then()
                .statusCode(422).contentType(PROBLEM)
                .body("status", equalTo(422))
                .body("errors.field", equalTo(List.of("values")))
                .body("errors[0].message", equalTo("must have at most " + ReturnRules.MAX_VALUES + " entries"))
                .body("instance", equalTo(putReturn(TEAM, q)));
        assertThat(Fixtures.revisions(TEAM, q.toString())).isZero();
    }

    @Test
    void aTeamCodeOverItsBoundIs400NamingTheParameterAndNothingIsStored() {
        Quarter q = Fixtures.freshQuarter();
        String team = "a".repeat(Bounds.CODE_LENGTH + 1);
        given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON)
                .body("{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":5,\"denominator\":19230}]}")
                .put(putReturn(team, q)).then()
                .statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Malformed request"))
                .body("errors.field", equalTo(List.of("team")))
                .body("detail", containsString("nothing was changed"));
        assertThat(Fixtures.revisions(team, q.toString())).isZero();
    }

    @Test
    void aConditionalHeaderOverItsBoundIs400NamingTheHeaderAndNothingIsStored() {
        Quarter q = Fixtures.freshQuarter();
        given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON)
                .header("If-Match", "\"" + "1".repeat(Bounds.HEADER_LENGTH) + "\"")
                .body("{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":5,\"denominator\":19230}]}")
                .put(putReturn(TEAM, q)).then()
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("If-Match")))
                .body("errors[0].message", equalTo("must be at most " + Bounds.HEADER_LENGTH + " characters"));
        assertThat(Fixtures.revisions(TEAM, q.toString())).isZero();
    }

    @Test
    void aGroupMemberThatIsNotACodeIs422NamingItsIndexAndNothingIsStored() {
        String code = "bounds-" + System.nanoTime();
        given().auth().oauth2(tokens.analyst()).contentType(ContentType.JSON)
                .body("{\"name\":\"N\",\"teams\":[\"kent\",\"Not A Code\"]}")
                .put("/api/v1/groups/" + code).then()
                .statusCode(422).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("teams[1]")))
                .body("errors[0].message", equalTo(Bounds.SLUG_MESSAGE));
        assertThat(Fixtures.groupRevisions(code)).isZero();
    }

    @Test
    void aBodyOnAnOperationThatTakesNoneIs400() {
        given().auth().oauth2(tokens.analyst()).contentType(ContentType.JSON).body("{\"name\":\"x\"}")
                .get("/api/v1/groups").then()
                .statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("a body, which this operation does not take"));
    }
}
