package org.yjhub.gateway.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yjhub.gateway.readmodel.ReadModel;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.testsupport.AuthProbe;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.yjhub.gateway.TestEvents.budget;
import static org.yjhub.gateway.TestEvents.inspection;
import static org.yjhub.gateway.TestEvents.returned;
import static org.yjhub.gateway.TestEvents.sendAndAwait;
import static org.yjhub.gateway.TestEvents.staffing;
import static org.yjhub.gateway.TestEvents.synthetic;
import static org.yjhub.gateway.TestEvents.targets;
import static org.yjhub.gateway.TestEvents.value;

/**
 * Team profiles from events on the real broker. Uses quarters 2020-21-Q3/Q4 and North West teams; blackpool's newest
 * return, newest inspection, newest budget and staffing are synthetic, blackburn-with-darwen's records are real.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileResourceTest {

    static final Tokens TOKENS = Tokens.forTests();
    static final String TEAM = "blackpool";
    static final String OLDER = UUID.randomUUID().toString();
    static final String NEWER = UUID.randomUUID().toString();
    static final String REAL = UUID.randomUUID().toString();

    @Inject
    ReadModel readModel;

    static Map<String, String> ratings(String value) {
        Map<String, String> r = new LinkedHashMap<>();
        for (String s : List.of("3.4", "3.3", "3.2", "3.1", "2.4", "2.3", "2.2", "2.1", "1.4", "1.3", "1.2", "1.1")) {
            r.put(s, value);
        }
        return r;
    }

    @BeforeAll
    void publish() {
        sendAndAwait(readModel,
                returned(TEAM, "2020-21-Q3", 1, value("custody-rate", 6, 20000), value("kpi-ete", 10, 20)),
                returned(TEAM, "2020-21-Q4", 1, value("custody-rate", 5, 20000), value("kpi-wider-services", 3, 20)),
                // a later revision replaces the earlier one wholesale
                synthetic(returned(TEAM, "2020-21-Q4", 2, value("custody-rate", 4, 20000), value("kpi-wider-services", 3, 20))),
                returned("blackburn-with-darwen", "2020-21-Q4", 1, value("custody-rate", 2, 20000)),
                returned("bolton", "2020-21-Q4", 1, value("custody-rate", 8, 20000)),
                targets(TEAM, "2020-21", 1, "custody-rate", "0.2", "kpi-ete", "60"),
                inspection(OLDER, TEAM, 1, LocalDate.of(2017, 3, 1), "REQUIRES_IMPROVEMENT", 15,
                        ratings("REQUIRES_IMPROVEMENT"), "RED", "COMPLETE"),
                inspection(NEWER, TEAM, 1, LocalDate.of(2021, 5, 4), "GOOD", 24, ratings("GOOD")),
                synthetic(inspection(NEWER, TEAM, 2, LocalDate.of(2021, 5, 4), "GOOD", 24, ratings("GOOD"),
                        "GREEN", "AMBER", "COMPLETE")),
                budget(TEAM, "2019-20", 1, 100, 1000),
                synthetic(budget(TEAM, "2020-21", 1, 54015, 1180742)),
                synthetic(staffing(TEAM, "2020-21", 1, "19.79")),
                inspection(REAL, "blackburn-with-darwen", 1, LocalDate.of(2020, 11, 2), "GOOD", 22, ratings("GOOD")),
                budget("blackburn-with-darwen", "2020-21", 1, 2000, 3000),
                staffing("blackburn-with-darwen", "2020-21", 1, "8.5"));
    }

    private static RequestSpecification analyst() {
        return given().header("Authorization", "Bearer " + TOKENS.analyst());
    }

    @Test
    void profileHasTheNewestOfEverything() {
        analyst().when().get("/api/v1/teams/" + TEAM + "/profile")
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", notNullValue())
                .header("X-Data-As-Of", notNullValue())
                .body("team.code", equalTo(TEAM))
                .body("team.name", equalTo("Blackpool"))
                .body("team.region", equalTo("North West"))
                .body("inspection.id", equalTo(NEWER))
                .body("inspection.framework", equalTo("hmip-youth-2018"))
                .body("inspection.publishedOn", equalTo("2021-05-04"))
                .body("inspection.publishedPrecision", equalTo("DAY"))
                .body("inspection.overall", equalTo("GOOD"))
                .body("inspection.score", equalTo(24))
                .body("inspection.ratings.'1.1'", equalTo("GOOD"))
                .body("inspection.ratings.size()", equalTo(12))
                // open actions across both inspections: RED (older) + GREEN and AMBER (newer)
                .body("openActions", equalTo(3))
                .body("budget.year", equalTo("2020-21"))
                .body("budget.total", equalTo(1234757))
                .body("budget.staffTotal", equalTo(54015))
                .body("budget.delegatedTotal", equalTo(1180742))
                .body("budget.contributions.partner", equalTo(List.of("POLICE", "OTHER")))
                .body("budget.contributions[1].description", equalTo("Strengthening Families"))
                .body("staffing.year", equalTo("2020-21"))
                .body("staffing.totalFte", equalTo(19.79f))
                // the newest inspection, budget and staffing came from ./yj load-synthetic
                .body("inspection.synthetic", equalTo(true))
                .body("budget.synthetic", equalTo(true))
                .body("staffing.synthetic", equalTo(true));
    }

    @Test
    void realRecordsShowSyntheticFalse() {
        Response before = analyst().when().get("/api/v1/teams/blackburn-with-darwen/profile");
        before.then().statusCode(200)
                .body("inspection.id", equalTo(REAL))
                .body("inspection.synthetic", equalTo(false))
                .body("indicators.indicator", equalTo(List.of("custody-rate")))
                .body("indicators[0].synthetic", equalTo(false))
                // blackpool's synthetic value is pooled in the national rate
                .body("indicators[0].nationalSyntheticTeams", equalTo(1))
                .body("budget.total", equalTo(5000))
                .body("budget.synthetic", equalTo(false))
                .body("staffing.synthetic", equalTo(false));
        // the same budget, flagged synthetic: the answer and its ETag change
        sendAndAwait(readModel, synthetic(budget("blackburn-with-darwen", "2020-21", 2, 2000, 3000)));
        Response after = analyst().header("If-None-Match", before.header("ETag"))
                .when().get("/api/v1/teams/blackburn-with-darwen/profile");
        after.then().statusCode(200)
                .body("budget.total", equalTo(5000))
                .body("budget.synthetic", equalTo(true))
                .body("inspection.synthetic", equalTo(false));
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
    }

    @Test
    void indicatorsShowTheNewestQuarterWithPreviousTargetAndRank() {
        Response r = analyst().when().get("/api/v1/teams/" + TEAM + "/profile");
        r.then().statusCode(200)
                // catalogue order; only indicators the team has
                .body("indicators.indicator", equalTo(List.of("custody-rate", "kpi-ete", "kpi-wider-services")));
        r.then()
                .body("indicators[0].quarter", equalTo("2020-21-Q4"))
                // revision 2: 4 per 20,000 → 0.2 per 1,000
                .body("indicators[0].rate", equalTo(0.20f))
                .body("indicators[0].numerator", equalTo(4))
                .body("indicators[0].denominator", equalTo(20000))
                .body("indicators[0].previous.quarter", equalTo("2020-21-Q3"))
                .body("indicators[0].previous.rate", equalTo(0.30f))
                // revision 2 is synthetic, the previous quarter's return is real
                .body("indicators[0].synthetic", equalTo(true))
                .body("indicators[0].previous.synthetic", equalTo(false))
                .body("indicators[0].nationalSyntheticTeams", equalTo(1))
                .body("indicators[0].target", equalTo(0.2f))
                .body("indicators[0].targetMet", equalTo(true))
                // national 2020-21-Q4: (4 + 2 + 8) × 1000 ÷ 60000 = 0.2333
                .body("indicators[0].nationalRate", equalTo(0.23f))
                .body("indicators[0].rank", equalTo(2))
                .body("indicators[0].quartile", nullValue())
                .body("indicators[0].noQuartile", equalTo("TOO_FEW_TEAMS"));
        r.then()
                .body("indicators[1].quarter", equalTo("2020-21-Q3"))
                .body("indicators[1].rate", equalTo(50.0f))
                .body("indicators[1].previous", nullValue())
                .body("indicators[1].synthetic", equalTo(false))
                .body("indicators[1].nationalSyntheticTeams", equalTo(0))
                .body("indicators[1].target", equalTo(60))
                .body("indicators[1].targetMet", equalTo(false))
                .body("indicators[1].rank", equalTo(1))
                .body("indicators[1].quartile", nullValue());
        r.then()
                .body("indicators[2].rate", equalTo(15.0f))
                .body("indicators[2].synthetic", equalTo(true))
                .body("indicators[2].target", nullValue())
                .body("indicators[2].targetMet", nullValue())
                .body("indicators[2].rank", nullValue())
                .body("indicators[2].quartile", nullValue());
    }

    @Test
    void aTeamWithoutDataHasNullsAndEmptyLists() {
        analyst().when().get("/api/v1/teams/isle-of-wight/profile")
                .then().statusCode(200)
                .body("team.code", equalTo("isle-of-wight"))
                .body("inspection", nullValue())
                .body("indicators", equalTo(List.of()))
                .body("budget", nullValue())
                .body("staffing", nullValue())
                .body("openActions", equalTo(0));
    }

    @Test
    void notModifiedWhenTheEtagMatches() {
        String etag = analyst().when().get("/api/v1/teams/bolton/profile").header("ETag");
        analyst().header("If-None-Match", etag).when().get("/api/v1/teams/bolton/profile")
                .then().statusCode(304).header("ETag", etag).header("X-Data-As-Of", notNullValue());
        // a change to the team's data changes the answer and its ETag
        sendAndAwait(readModel, budget("bolton", "2020-21", 1, 10, 20));
        Response after = analyst().header("If-None-Match", etag).when().get("/api/v1/teams/bolton/profile");
        after.then().statusCode(200).body("budget.total", equalTo(30));
        assertThat(after.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void unknownTeamIs404() {
        analyst().when().get("/api/v1/teams/atlantis/profile")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("atlantis"));
    }

    @Test
    void refusesBadTokens() {
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, "/api/v1/teams/" + TEAM + "/profile", null, null);
    }
}
