package org.yjhub.gateway.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yjhub.gateway.readmodel.ReadModel;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.testsupport.AuthProbe;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.yjhub.gateway.TestEvents.budget;
import static org.yjhub.gateway.TestEvents.inspection;
import static org.yjhub.gateway.TestEvents.returned;
import static org.yjhub.gateway.TestEvents.sendAndAwait;
import static org.yjhub.gateway.TestEvents.synthetic;
import static org.yjhub.gateway.TestEvents.value;

/**
 * Regional dashboards. Uses North East teams and quarters 2024-25-Q3/Q4; 2024-25-Q4 is the newest quarter any test
 * sends, so it is the default quarter. darlington's return and inspection and gateshead's budget are synthetic.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardResourceTest {

    static final Tokens TOKENS = Tokens.forTests();
    static final String Q4 = "2024-25-Q4";
    static final String INSPECTION = UUID.randomUUID().toString();

    @Inject
    ReadModel readModel;

    @BeforeAll
    void publish() {
        sendAndAwait(readModel,
                returned("county-durham", Q4, 1, value("custody-rate", 2, 10000)),
                synthetic(returned("darlington", Q4, 1, value("custody-rate", 3, 10000))),
                returned("gateshead", Q4, 1, value("custody-rate", 1, 10000), value("kpi-ete", 8, 10)),
                returned("merton", Q4, 1, value("custody-rate", 10, 10000)),
                returned("county-durham", "2024-25-Q3", 1, value("custody-rate", 5, 10000)),
                synthetic(inspection(INSPECTION, "darlington", 1, LocalDate.of(2023, 1, 12), "OUTSTANDING", 32,
                        Map.of("1.1", "OUTSTANDING"), "RED", "AMBER")),
                synthetic(budget("gateshead", "2024-25", 1, 1000, 99000)));
    }

    private static RequestSpecification analyst() {
        return given().header("Authorization", "Bearer " + TOKENS.analyst());
    }

    @Test
    void everyTeamOfTheRegionWithItsRanksInspectionAndBudget() {
        analyst().queryParam("quarter", Q4).when().get("/api/v1/regions/north-east/dashboard")
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", notNullValue())
                .header("X-Data-As-Of", notNullValue())
                .body("region.code", equalTo("north-east"))
                .body("region.name", equalTo("North East"))
                .body("quarter", equalTo(Q4))
                .body("teams", hasSize(11))
                .body("teams[0].team", equalTo("county-durham"))
                // national ranks: gateshead 0.1, county-durham 0.2, darlington 0.3, merton 1.0
                .body("teams.find { it.team == 'county-durham' }.indicators.indicator", equalTo(List.of("custody-rate")))
                .body("teams.find { it.team == 'county-durham' }.indicators[0]", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.hasEntry("rate", (Object) 0.2f),
                        org.hamcrest.Matchers.hasEntry("numerator", (Object) 2),
                        org.hamcrest.Matchers.hasEntry("denominator", (Object) 10000),
                        org.hamcrest.Matchers.hasEntry("rank", (Object) 2),
                        // four teams are too few for quartiles (8 are needed)
                        org.hamcrest.Matchers.hasEntry("quartile", null),
                        org.hamcrest.Matchers.hasEntry("noQuartile", (Object) "TOO_FEW_TEAMS"),
                        org.hamcrest.Matchers.hasEntry("synthetic", (Object) false)))
                .body("teams.find { it.team == 'county-durham' }.indicators[0].statistics.comparator",
                        equalTo("england-and-wales"))
                .body("teams.find { it.team == 'county-durham' }.indicators[0].statistics.lowCount", equalTo(true))
                .body("teams.find { it.team == 'gateshead' }.indicators.indicator", equalTo(List.of("custody-rate", "kpi-ete")))
                .body("teams.find { it.team == 'gateshead' }.indicators[0].rank", equalTo(1))
                .body("teams.find { it.team == 'gateshead' }.indicators.synthetic", equalTo(List.of(false, false)))
                .body("teams.find { it.team == 'gateshead' }.budget.synthetic", equalTo(true))
                .body("teams.find { it.team == 'gateshead' }.budget.year", equalTo("2024-25"))
                .body("teams.find { it.team == 'gateshead' }.budget.total", equalTo(100000))
                .body("teams.find { it.team == 'darlington' }.indicators[0].rank", equalTo(3))
                .body("teams.find { it.team == 'darlington' }.indicators[0].synthetic", equalTo(true))
                .body("teams.find { it.team == 'darlington' }.inspection.synthetic", equalTo(true))
                .body("teams.find { it.team == 'darlington' }.inspection.overall", equalTo("OUTSTANDING"))
                .body("teams.find { it.team == 'darlington' }.inspection.publishedOn", equalTo("2023-01-12"))
                .body("teams.find { it.team == 'darlington' }.openActions", equalTo(2))
                .body("teams.find { it.team == 'hartlepool' }.indicators", equalTo(List.of()))
                .body("teams.find { it.team == 'hartlepool' }.inspection", nullValue())
                .body("teams.find { it.team == 'hartlepool' }.budget", nullValue())
                // pooled: region (2+3+1) × 1000 ÷ 30000 = 0.2; national 16 × 1000 ÷ 40000 = 0.4
                .body("indicators.indicator", equalTo(List.of("custody-rate", "kpi-ete")))
                .body("indicators[0].region.rate", equalTo(0.2f))
                .body("indicators[0].region.teams", equalTo(3))
                .body("indicators[0].region.syntheticTeams", equalTo(1))
                .body("indicators[0].national.syntheticTeams", equalTo(1))
                .body("indicators[1].region.syntheticTeams", equalTo(0))
                .body("indicators[0].national.rate", equalTo(0.4f))
                .body("indicators[0].national.teams", equalTo(4))
                .body("teams.find { it.team == 'merton' }", nullValue());
    }

    @Test
    void theDefaultQuarterIsTheNewestWithData() {
        analyst().when().get("/api/v1/regions/north-east/dashboard")
                .then().statusCode(200)
                .body("quarter", equalTo(Q4));
        analyst().queryParam("quarter", "").when().get("/api/v1/regions/north-east/dashboard")
                .then().statusCode(200)
                .body("quarter", equalTo(Q4));
    }

    @Test
    void anEarlierQuarterAndARegionName() {
        analyst().queryParam("quarter", "2024-25-Q3").when().get("/api/v1/regions/North East/dashboard")
                .then().statusCode(200)
                .body("region.code", equalTo("north-east"))
                .body("quarter", equalTo("2024-25-Q3"))
                .body("teams.find { it.team == 'county-durham' }.indicators[0].rate", equalTo(0.5f))
                .body("teams.find { it.team == 'county-durham' }.indicators[0].rank", equalTo(1))
                .body("teams.find { it.team == 'county-durham' }.indicators[0].quartile", nullValue());
    }

    @Test
    void aQuarterWithoutData() {
        analyst().queryParam("quarter", "2001-02-Q1").when().get("/api/v1/regions/wales/dashboard")
                .then().statusCode(200)
                .body("quarter", equalTo("2001-02-Q1"))
                .body("indicators", equalTo(List.of()))
                .body("teams", hasSize(17))
                .body("teams.indicators.flatten()", equalTo(List.of()));
    }

    @Test
    void notModified() {
        String etag = analyst().queryParam("quarter", Q4).when().get("/api/v1/regions/north-east/dashboard").header("ETag");
        analyst().queryParam("quarter", Q4).header("If-None-Match", etag)
                .when().get("/api/v1/regions/north-east/dashboard")
                .then().statusCode(304).header("ETag", etag);
    }

    @Test
    void unknownRegionIs404() {
        analyst().when().get("/api/v1/regions/atlantis/dashboard")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", containsString("atlantis"));
    }

    @Test
    void malformedQuarterIs400() {
        for (String bad : List.of("2024-Q4", "Q4", "2024-25-Q0", "2024-26-Q1")) {
            analyst().queryParam("quarter", bad).when().get("/api/v1/regions/north-east/dashboard")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400));
        }
    }

    @Test
    void refusesBadTokens() {
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, "/api/v1/regions/north-east/dashboard", null, null);
    }
}
