package org.yjhub.gateway.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yjhub.gateway.readmodel.ReadModel;
import org.yjhub.testsupport.AuthProbe;
import org.yjhub.testsupport.jwt.Tokens;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.yjhub.gateway.TestEvents.returned;
import static org.yjhub.gateway.TestEvents.sendAndAwait;
import static org.yjhub.gateway.TestEvents.value;

/**
 * Comparisons over events delivered by the real broker: national ranks by polarity with ties, quartiles, pooled
 * national and regional rates (Σ numerators × multiplier ÷ Σ denominators), the region filter, CSV, validators and
 * every error case. Uses quarter 2019-20-Q4 only.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparisonsResourceTest {

    static final String Q = "2019-20-Q4";
    static final Tokens TOKENS = Tokens.forTests();

    @Inject
    ReadModel readModel;

    @BeforeAll
    void publish() {
        sendAndAwait(readModel,
                // custody-rate per 1,000 (lower is better)
                returned("milton-keynes", Q, 1, value("custody-rate", 5, 19230), value("kpi-ete", 30, 40),
                        value("kpi-wider-services", 10, 40)),
                returned("medway", Q, 1, value("custody-rate", 12, 26000), value("kpi-ete", 20, 40),
                        value("kpi-wider-services", 25, 40)),
                returned("merton", Q, 1, value("custody-rate", 3, 18000), value("kpi-ete", 30, 40)),
                // lambeth and wandsworth tie on custody: 4/20000 = 2/10000 = 0.2 per 1,000
                returned("lambeth", Q, 1, value("custody-rate", 4, 20000)),
                returned("wandsworth", Q, 1, value("custody-rate", 2, 10000), value("kpi-ete", 39, 40)));
    }

    private static io.restassured.specification.RequestSpecification analyst() {
        return given().header("Authorization", "Bearer " + TOKENS.analyst());
    }

    @Test
    void ranksByPolarityWithTiesAndPoolsNationally() {
        analyst().queryParam("quarter", Q)
                .when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(200)
                .contentType("application/json")
                .body("indicator", equalTo("custody-rate"))
                .body("quarter", equalTo(Q))
                .body("polarity", equalTo("LOWER_IS_BETTER"))
                // merton 0.1667, lambeth 0.2, wandsworth 0.2, milton-keynes 0.26, medway 0.4615
                .body("rows.team", equalTo(List.of("merton", "lambeth", "wandsworth", "milton-keynes", "medway")))
                .body("rows.rank", equalTo(List.of(1, 2, 2, 4, 5)))
                // ceil(4 × rank ÷ 5)
                .body("rows.quartile", equalTo(List.of(1, 2, 2, 4, 4)))
                .body("rows[0].name", equalTo("Merton"))
                .body("rows[0].region", equalTo("London"))
                .body("rows[3].rate", equalTo(0.26f))
                .body("rows[3].numerator", equalTo(5))
                .body("rows[3].denominator", equalTo(19230))
                // pooled: (3+4+2+5+12) × 1000 ÷ (18000+20000+10000+19230+26000) = 26000 ÷ 93230 = 0.2789
                .body("national.numerator", equalTo(26))
                .body("national.denominator", equalTo(93230))
                .body("national.teams", equalTo(5))
                .body("national.rate", equalTo(0.28f))
                .body("region", nullValue());
    }

    @Test
    void theRegionFilterKeepsNationalRanksAndAddsTheRegionsPooledRate() {
        analyst().queryParam("quarter", Q).queryParam("region", "south-east")
                .when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(200)
                .body("rows.team", equalTo(List.of("milton-keynes", "medway")))
                .body("rows.rank", equalTo(List.of(4, 5)))
                .body("region.code", equalTo("south-east"))
                .body("region.name", equalTo("South East"))
                // (5 + 12) × 1000 ÷ (19230 + 26000) = 0.3759 — not the mean of 0.26 and 0.46 (0.36)
                .body("region.numerator", equalTo(17))
                .body("region.denominator", equalTo(45230))
                .body("region.rate", equalTo(0.38f))
                .body("region.teams", equalTo(2))
                .body("national.teams", equalTo(5));
        // a region's name works as well as its slug
        analyst().queryParam("quarter", Q).queryParam("region", "London")
                .when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(200)
                .body("rows.team", equalTo(List.of("merton", "lambeth", "wandsworth")))
                .body("region.rate", equalTo(0.19f)); // 9000 / 48000 = 0.1875 → 0.19
    }

    @Test
    void higherIsBetterRanksTheHighestFirst() {
        analyst().queryParam("quarter", Q)
                .when().get("/api/v1/comparisons/kpi-ete")
                .then().statusCode(200)
                .body("rows.team", equalTo(List.of("wandsworth", "merton", "milton-keynes", "medway")))
                .body("rows.rate", equalTo(List.of(97.5f, 75.0f, 75.0f, 50.0f)))
                .body("rows.rank", equalTo(List.of(1, 2, 2, 4)))
                .body("rows.quartile", equalTo(List.of(1, 2, 2, 4)))
                .body("national.rate", equalTo(74.38f)); // 119 / 160 = 74.375 → 74.38 (half up)
    }

    @Test
    void aContextIndicatorIsShownAndPooledButNotRanked() {
        analyst().queryParam("quarter", Q)
                .when().get("/api/v1/comparisons/kpi-wider-services")
                .then().statusCode(200)
                .body("polarity", equalTo("NONE"))
                .body("rows.team", equalTo(List.of("medway", "milton-keynes")))
                .body("rows.rank", equalTo(java.util.Arrays.asList(null, null)))
                .body("rows.quartile", equalTo(java.util.Arrays.asList(null, null)))
                .body("national.rate", equalTo(43.75f));
        analyst().queryParam("quarter", Q).accept("text/csv")
                .when().get("/api/v1/comparisons/kpi-wider-services")
                .then().statusCode(200)
                .body(equalTo("""
                        team,name,region,rate,numerator,denominator,rank,quartile
                        medway,Medway,South East,62.50,25,40,,
                        milton-keynes,Milton Keynes,South East,25.00,10,40,,
                        """));
    }

    @Test
    void csvForAcceptTextCsv() {
        Response r = analyst().queryParam("quarter", Q).accept("text/csv")
                .when().get("/api/v1/comparisons/custody-rate");
        r.then().statusCode(200).contentType("text/csv; charset=utf-8").header("ETag", org.hamcrest.Matchers.notNullValue());
        assertThat(r.asString()).isEqualTo("""
                team,name,region,rate,numerator,denominator,rank,quartile
                merton,Merton,London,0.17,3,18000,1,1
                lambeth,Lambeth,London,0.20,4,20000,2,2
                wandsworth,Wandsworth,London,0.20,2,10000,2,2
                milton-keynes,Milton Keynes,South East,0.26,5,19230,4,4
                medway,Medway,South East,0.46,12,26000,5,4
                """);
        // the region filter applies to CSV too, and ?format=csv works without an Accept header
        assertThat(analyst().queryParam("quarter", Q).queryParam("region", "south-east").queryParam("format", "csv")
                .when().get("/api/v1/comparisons/custody-rate").then().statusCode(200).extract().asString())
                .isEqualTo("""
                        team,name,region,rate,numerator,denominator,rank,quartile
                        milton-keynes,Milton Keynes,South East,0.26,5,19230,4,4
                        medway,Medway,South East,0.46,12,26000,5,4
                        """);
        // JSON and CSV have different ETags
        String jsonTag = analyst().queryParam("quarter", Q).when().get("/api/v1/comparisons/custody-rate").header("ETag");
        assertThat(jsonTag).isNotEqualTo(r.header("ETag"));
    }

    @Test
    void etagAndIfNoneMatchGive304AndDataAsOf() {
        Response first = analyst().queryParam("quarter", Q).when().get("/api/v1/comparisons/custody-rate");
        first.then().statusCode(200);
        String etag = first.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{24}\"");
        Instant asOf = Instant.parse(first.header("X-Data-As-Of"));
        assertThat(asOf).isBefore(Instant.now().plusSeconds(1)).isAfter(Instant.now().minusSeconds(600));

        analyst().queryParam("quarter", Q).header("If-None-Match", etag)
                .when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(304)
                .header("ETag", etag)
                .header("X-Data-As-Of", org.hamcrest.Matchers.notNullValue())
                .body(equalTo(""));
        analyst().queryParam("quarter", Q).header("If-None-Match", "\"other\", W/" + etag)
                .when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(304);
        analyst().queryParam("quarter", Q).header("If-None-Match", "\"other\"")
                .when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(200);
        // an unrelated change elsewhere does not change this answer's ETag
        sendAndAwait(readModel, returned("merton", "2019-20-Q3", 1, value("custody-rate", 1, 18000)));
        assertThat(analyst().queryParam("quarter", Q).when().get("/api/v1/comparisons/custody-rate").header("ETag"))
                .isEqualTo(etag);
    }

    @Test
    void aValidQuarterWithoutReturnsIsEmpty() {
        analyst().queryParam("quarter", "2009-10-Q1")
                .when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(200)
                .body("rows", equalTo(List.of()))
                .body("national.teams", equalTo(0))
                .body("national.rate", nullValue())
                .body("national.numerator", equalTo(0));
        analyst().queryParam("quarter", "2009-10-Q1").queryParam("region", "wales")
                .when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(200)
                .body("region.teams", equalTo(0));
        analyst().queryParam("quarter", "2009-10-Q1").accept("text/csv")
                .when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(200)
                .body(equalTo("team,name,region,rate,numerator,denominator,rank,quartile\n"));
    }

    @Test
    void unknownIndicatorIs404() {
        analyst().queryParam("quarter", Q).when().get("/api/v1/comparisons/no-such-kpi")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("no-such-kpi"));
    }

    @Test
    void unknownRegionIs404() {
        analyst().queryParam("quarter", Q).queryParam("region", "atlantis").when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("atlantis"));
    }

    @Test
    void missingOrMalformedQuarterIs400() {
        analyst().when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("quarter"));
        for (String bad : List.of("2019-Q4", "2019-21-Q1", "2019-20-Q5", "banana")) {
            analyst().queryParam("quarter", bad).when().get("/api/v1/comparisons/custody-rate")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("title", equalTo("Malformed request"));
        }
        analyst().queryParam("quarter", "2019-Q4").accept("text/csv").when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(400).contentType("application/problem+json");
        analyst().queryParam("quarter", Q).queryParam("format", "xml").when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void refusesBadTokens() {
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, "/api/v1/comparisons/custody-rate?quarter=" + Q, null, null);
    }

    @Test
    void everyRoleMayRead() {
        for (String token : List.of(TOKENS.admin(), TOKENS.inspector(), TOKENS.authority("medway"))) {
            given().header("Authorization", "Bearer " + token).queryParam("quarter", Q)
                    .when().get("/api/v1/comparisons/custody-rate").then().statusCode(200);
        }
    }
}
