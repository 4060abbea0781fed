package org.yjhub.gateway.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yjhub.gateway.readmodel.ReadModel;
import org.yjhub.localinfra.jwt.Tokens;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.yjhub.gateway.TestEvents.group;
import static org.yjhub.gateway.TestEvents.returned;
import static org.yjhub.gateway.TestEvents.sendAndAwait;
import static org.yjhub.gateway.TestEvents.targets;
import static org.yjhub.gateway.TestEvents.value;

/**
 * The comparison statistics over events delivered by the real broker, for hand-built data whose answers are worked
 * out below: intervals, significance against each kind of comparator (a group defined by its event included),
 * coverage, low counts and their suppression for publication (JSON and CSV), quartiles from enough teams, the spine
 * figures of the profile and dashboard, and the recent trend of a series. Custody per 1,000 (lower is better) in
 * 2014-15-Q3, by teams no other test uses; sunderland also reports custody for the same quarter of the four years
 * before (custody is counted over 12 months, so its trend takes one quarter a year), and hartlepool ETE for the four
 * quarters before (a quarter's cases: its trend takes consecutive quarters).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparisonStatisticsTest {

    static final String Q = "2014-15-Q3";
    static final Tokens TOKENS = Tokens.forTests();

    /** Numerators over 10,000 each: Σ 124 ÷ 90,000 × 1,000 = 1.3778 for England and Wales. */
    static final Map<String, Integer> CUSTODY = Map.of("hartlepool", 1, "northumberland", 3, "newcastle-upon-tyne", 8,
            "north-tyneside", 9, "south-tees", 10, "south-tyneside", 10, "stockton-on-tees", 11,
            "bath-and-north-east-somerset", 12, "sunderland", 60);

    @Inject
    ReadModel readModel;

    @BeforeAll
    void publish() {
        CUSTODY.forEach((team, n) -> {
            if (!team.equals("hartlepool")) {
                sendAndAwait(readModel, returned(team, Q, 1, value("custody-rate", n, 10000)));
            }
        });
        // ETE rising 40, 50, 60, 70 then 80 of 100: a significant increase, and for ETE getting better
        sendAndAwait(readModel, returned("hartlepool", Q, 1, value("custody-rate", 1, 10000), value("kpi-ete", 80, 100)));
        String[] quarters = {"2013-14-Q3", "2013-14-Q4", "2014-15-Q1", "2014-15-Q2"};
        for (int i = 0; i < quarters.length; i++) {
            sendAndAwait(readModel, returned("hartlepool", quarters[i], 1, value("kpi-ete", 40 + 10 * i, 100)));
        }
        // custody rising 10, 20, 30, 45 then 60 per 10,000 a year apart: a significant increase, getting worse
        String[] years = {"2010-11-Q3", "2011-12-Q3", "2012-13-Q3", "2013-14-Q3"};
        int[] counts = {10, 20, 30, 45};
        for (int i = 0; i < years.length; i++) {
            sendAndAwait(readModel, returned("sunderland", years[i], 1, value("custody-rate", counts[i], 10000)));
        }
        sendAndAwait(readModel, group("ne-test", 1, "North East test group", "hartlepool", "northumberland", "sunderland"));
    }

    private static io.restassured.specification.RequestSpecification analyst() {
        return given().header("Authorization", "Bearer " + TOKENS.analyst()).queryParam("quarter", Q);
    }

    private static JsonPath comparison(String... query) {
        var request = analyst();
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request.when().get("/api/v1/comparisons/custody-rate").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath json, String team) {
        return json.getMap("rows.find { it.team == '" + team + "' }");
    }

    @Test
    void everyRowHasItsIntervalsAndSignificanceAgainstEnglandAndWales() {
        JsonPath json = comparison();
        assertThat(json.getString("comparator.comparator")).isEqualTo("england-and-wales");
        assertThat(json.getFloat("national.rate")).isEqualTo(1.38f);
        // exact Poisson for 1 in 10,000: 95% 0.0025 to 0.5572 per 1,000
        assertThat(json.getFloat("rows.find { it.team == 'hartlepool' }.statistics.ci95.lower")).isEqualTo(0.0f);
        assertThat(json.getFloat("rows.find { it.team == 'hartlepool' }.statistics.ci95.upper")).isEqualTo(0.56f);
        assertThat(json.getString("rows.find { it.team == 'hartlepool' }.statistics.intervalMethod")).isEqualTo("EXACT_POISSON");
        assertThat(json.getString("rows.find { it.team == 'sunderland' }.statistics.intervalMethod")).isEqualTo("BYAR");
        assertThat(json.getString("rows.find { it.team == 'hartlepool' }.statistics.significance.at95")).isEqualTo("BETTER");
        assertThat(json.getString("rows.find { it.team == 'hartlepool' }.statistics.significance.at998")).isEqualTo("BETTER");
        assertThat(json.getString("rows.find { it.team == 'northumberland' }.statistics.significance.at95")).isEqualTo("BETTER");
        assertThat(json.getString("rows.find { it.team == 'newcastle-upon-tyne' }.statistics.significance.at95")).isEqualTo("SIMILAR");
        assertThat(json.getString("rows.find { it.team == 'bath-and-north-east-somerset' }.statistics.significance.at95")).isEqualTo("SIMILAR");
        assertThat(json.getString("rows.find { it.team == 'sunderland' }.statistics.significance.at95")).isEqualTo("WORSE");
        assertThat(json.getString("rows.find { it.team == 'sunderland' }.statistics.significance.at998")).isEqualTo("WORSE");
        assertThat(json.getFloat("rows.find { it.team == 'sunderland' }.statistics.comparatorRate")).isEqualTo(1.38f);
        assertThat(json.getString("rows.find { it.team == 'sunderland' }.statistics.comparator")).isEqualTo("england-and-wales");
    }

    @Test
    void lowCountsAreFlaggedAndQuartilesComeFromNineTeams() {
        JsonPath json = comparison();
        assertThat(json.getList("rows.team")).containsExactly("hartlepool", "northumberland", "newcastle-upon-tyne",
                "north-tyneside", "south-tees", "south-tyneside", "stockton-on-tees", "bath-and-north-east-somerset",
                "sunderland");
        assertThat(json.getList("rows.rank")).containsExactly(1, 2, 3, 4, 5, 5, 7, 8, 9);
        // OHID: 5 − ⌈4(n + 1 − rank) ÷ n⌉ with n = 9
        assertThat(json.getList("rows.quartile")).containsExactly(1, 1, 1, 2, 2, 2, 3, 4, 4);
        assertThat(json.getList("rows.statistics.lowCount")).containsExactly(true, true, false, false, false, false,
                false, false, false);
        assertThat(json.getString("disclosure")).isEqualTo("full");
    }

    @Test
    void theNationalFigureSaysHowFewTeamsItCounts() {
        JsonPath json = comparison();
        assertThat(json.getInt("national.teams")).isEqualTo(9);
        assertThat(json.getInt("national.teamsInComparator")).isGreaterThan(150);
        assertThat(json.getBoolean("national.complete")).isFalse();
        assertThat(json.getBoolean("national.meetsMinimumCoverage")).isFalse();
        assertThat(json.getString("national.label")).startsWith("the 9 of ").endsWith(" teams of England and Wales that reported");
        assertThat(json.getFloat("national.ci95.lower")).isLessThan(1.38f);
        assertThat(json.getInt("national.distribution.teams")).isEqualTo(9);
        assertThat(json.getFloat("national.distribution.lowest")).isEqualTo(0.1f);
        assertThat(json.getFloat("national.distribution.median")).isEqualTo(1.0f);
        assertThat(json.getFloat("national.distribution.highest")).isEqualTo(6.0f);
    }

    @Test
    void aGroupDefinedByItsEventIsAComparator() {
        JsonPath json = comparison("comparator", "group:ne-test");
        // 64 ÷ 30,000 × 1,000 = 2.13
        assertThat(json.getString("comparator.comparator")).isEqualTo("group:ne-test");
        assertThat(json.getList("comparator.figures")).hasSize(1);
        assertThat(json.getFloat("comparator.figures[0].rate")).isEqualTo(2.13f);
        assertThat(json.getString("comparator.figures[0].label")).isEqualTo("North East test group");
        assertThat(json.getBoolean("comparator.figures[0].complete")).isTrue();
        assertThat(json.getString("rows.find { it.team == 'hartlepool' }.statistics.significance.at95")).isEqualTo("BETTER");
        assertThat(json.getString("rows.find { it.team == 'sunderland' }.statistics.significance.at95")).isEqualTo("WORSE");
        assertThat(json.getString("rows.find { it.team == 'south-tees' }.statistics.comparator")).isEqualTo("group:ne-test");
    }

    @Test
    void aGroupOutlivesAReloadOfTheReadModelFromItsTables() {
        readModel.reload();
        assertThat(comparison("comparator", "group:ne-test").getFloat("comparator.figures[0].rate")).isEqualTo(2.13f);
    }

    @Test
    void aRedefinedGroupChangesTheAnswer() {
        sendAndAwait(readModel, group("ne-test-2", 1, "Two", "hartlepool", "sunderland"));
        assertThat(comparison("comparator", "group:ne-test-2").getInt("comparator.figures[0].teamsInComparator")).isEqualTo(2);
        sendAndAwait(readModel, group("ne-test-2", 2, "Two, then four", "hartlepool", "sunderland", "gateshead",
                "darlington"));
        JsonPath json = comparison("comparator", "group:ne-test-2");
        assertThat(json.getInt("comparator.figures[0].teams")).isEqualTo(2);
        assertThat(json.getInt("comparator.figures[0].teamsInComparator")).isEqualTo(4);
        assertThat(json.getFloat("comparator.figures[0].coverage")).isEqualTo(0.5f);
        assertThat(json.getBoolean("comparator.figures[0].meetsMinimumCoverage")).isFalse();
        assertThat(json.getString("comparator.figures[0].label")).isEqualTo("the 2 of 4 teams of Two, then four that reported");
    }

    @Test
    void eachTeamIsComparedWithItsOwnRegionOrType() {
        JsonPath region = comparison("comparator", "region");
        assertThat(region.getList("comparator.figures.comparator")).containsExactly("region:north-east", "region:south-west");
        assertThat(region.getInt("comparator.figures[0].teams")).isEqualTo(8);
        assertThat(region.getInt("comparator.figures[0].teamsInComparator")).isEqualTo(11);
        assertThat(region.getString("rows.find { it.team == 'bath-and-north-east-somerset' }.statistics.comparator"))
                .isEqualTo("region:south-west");
        // the only South West team that reported is its own comparator
        assertThat(region.getString("rows.find { it.team == 'bath-and-north-east-somerset' }.statistics.significance.at95"))
                .isEqualTo("SIMILAR");

        JsonPath type = comparison("comparator", "type");
        assertThat(type.getList("comparator.figures.comparator", String.class))
                .containsExactlyInAnyOrder("type:unitary", "type:metropolitan-district");
        assertThat(type.getString("rows.find { it.team == 'sunderland' }.statistics.comparator"))
                .isEqualTo("type:metropolitan-district");
        assertThat(comparison("comparator", "england").getString("comparator.figures[0].comparator")).isEqualTo("england");
    }

    @Test
    void forPublicationLowCountsAreSuppressedButStillPooled() {
        JsonPath json = comparison("disclosure", "publication");
        assertThat(json.getString("disclosure")).isEqualTo("publication");
        Map<String, Object> hartlepool = row(json, "hartlepool");
        assertThat(hartlepool.get("rate")).isNull();
        assertThat(hartlepool.get("numerator")).isNull();
        assertThat(hartlepool.get("rank")).isNull();
        assertThat(hartlepool.get("suppressed")).isEqualTo(true);
        assertThat((String) hartlepool.get("suppression")).contains("below 5");
        assertThat(json.getMap("rows.find { it.team == 'hartlepool' }.statistics")).containsEntry("ci95", null)
                .containsEntry("significance", null).containsEntry("lowCount", true);
        assertThat(row(json, "sunderland").get("suppressed")).isEqualTo(false);
        assertThat(json.getInt("national.numerator")).isEqualTo(124);

        String csv = analyst().queryParam("disclosure", "publication").accept("text/csv")
                .when().get("/api/v1/comparisons/custody-rate").then().statusCode(200).extract().asString();
        List<String> lines = Arrays.asList(csv.split("\n"));
        assertThat(lines.get(0)).startsWith("team,name,region,rate,numerator,denominator,rank,quartile,synthetic,")
                .endsWith(",significance_95,significance_998,no_quartile,suppressed");
        assertThat(lines.get(1)).startsWith("hartlepool,Hartlepool,North East,,,10000,,,false,,,,,,true,england-and-wales,1.38,,,,true");
        assertThat(lines).anyMatch(l -> l.startsWith("sunderland,Sunderland,North East,6.00,60,10000,9,4,false,")
                && l.contains(",BYAR,false,england-and-wales,1.38,WORSE,WORSE,,false"));
    }

    @Test
    void theProfileHasSpineFiguresAndTheRecentTrend() {
        JsonPath json = given().header("Authorization", "Bearer " + TOKENS.analyst())
                .when().get("/api/v1/teams/sunderland/profile").then().statusCode(200).extract().jsonPath();
        String custody = "indicators.find { it.indicator == 'custody-rate' }";
        assertThat(json.getString(custody + ".quarter")).isEqualTo(Q);
        assertThat(json.getString(custody + ".statistics.significance.at95")).isEqualTo("WORSE");
        assertThat(json.getString(custody + ".comparatorFigure.comparator")).isEqualTo("england-and-wales");
        assertThat(json.getFloat(custody + ".comparatorFigure.distribution.lowest")).isEqualTo(0.1f);
        assertThat(json.getFloat(custody + ".comparatorFigure.distribution.highest")).isEqualTo(6.0f);
        assertThat(json.getString(custody + ".trend.marker")).isEqualTo("INCREASING_AND_GETTING_WORSE");
        assertThat(json.getString(custody + ".trend.notComputed")).isNull();
        assertThat(json.getString("team.authorityType")).isEqualTo("METROPOLITAN_DISTRICT");

        JsonPath hartlepool = given().header("Authorization", "Bearer " + TOKENS.analyst())
                .queryParam("comparator", "group:ne-test")
                .when().get("/api/v1/teams/hartlepool/profile").then().statusCode(200).extract().jsonPath();
        assertThat(hartlepool.getString(custody + ".trend.marker")).isEqualTo("NOT_COMPUTED");
        assertThat(hartlepool.getString(custody + ".trend.notComputed")).isEqualTo("FEWER_THAN_FIVE_POINTS");
        String ete = "indicators.find { it.indicator == 'kpi-ete' }";
        assertThat(hartlepool.getString(ete + ".trend.marker")).isEqualTo("INCREASING_AND_GETTING_BETTER");
        assertThat(hartlepool.getString(ete + ".trend.test")).isEqualTo("CHI_SQUARED_TREND_IN_PROPORTIONS");
        assertThat(hartlepool.getString(custody + ".comparatorFigure.comparator")).isEqualTo("group:ne-test");
        assertThat(hartlepool.getString(custody + ".statistics.significance.at95")).isEqualTo("BETTER");
    }

    @Test
    void eachSeriesPointSaysTheTrendOfTheFivePointsEndingThere() {
        JsonPath json = given().header("Authorization", "Bearer " + TOKENS.analyst()).queryParam("team", "sunderland")
                .when().get("/api/v1/indicators/custody-rate/series").then().statusCode(200).extract().jsonPath();
        assertThat(json.getList("quarter")).containsExactly("2010-11-Q3", "2011-12-Q3", "2012-13-Q3", "2013-14-Q3", Q);
        assertThat(json.getList("trend.marker")).containsExactly("NOT_COMPUTED", "NOT_COMPUTED", "NOT_COMPUTED",
                "NOT_COMPUTED", "INCREASING_AND_GETTING_WORSE");
        assertThat(json.getString("[4].statistics.significance.at95")).isEqualTo("WORSE");
        assertThat(json.getString("[0].statistics.intervalMethod")).isEqualTo("BYAR");

        JsonPath ete = given().header("Authorization", "Bearer " + TOKENS.analyst()).queryParam("team", "hartlepool")
                .when().get("/api/v1/indicators/kpi-ete/series").then().statusCode(200).extract().jsonPath();
        assertThat(ete.getList("quarter")).containsExactly("2013-14-Q3", "2013-14-Q4", "2014-15-Q1", "2014-15-Q2", Q);
        assertThat(ete.getString("[4].trend.marker")).isEqualTo("INCREASING_AND_GETTING_BETTER");
        assertThat(ete.getString("[4].statistics.intervalMethod")).isEqualTo("WILSON");
    }

    @Test
    void theDashboardComparesEachTeamAndGivesTheComparatorsDistribution() {
        JsonPath json = given().header("Authorization", "Bearer " + TOKENS.analyst()).queryParam("quarter", Q)
                .queryParam("comparator", "group:ne-test")
                .when().get("/api/v1/regions/north-east/dashboard").then().statusCode(200).extract().jsonPath();
        String custody = "indicators.find { it.indicator == 'custody-rate' }";
        assertThat(json.getList(custody + ".comparators.comparator")).containsExactly("group:ne-test");
        assertThat(json.getInt(custody + ".comparators[0].distribution.teams")).isEqualTo(3);
        assertThat(json.getInt(custody + ".region.teams")).isEqualTo(8);
        assertThat(json.getInt(custody + ".region.teamsInComparator")).isEqualTo(11);
        assertThat(json.getString("teams.find { it.team == 'sunderland' }.indicators[0].statistics.significance.at95"))
                .isEqualTo("WORSE");
    }

    @Test
    void aGroupHasADashboardOfItsOwnMembers() {
        JsonPath json = given().header("Authorization", "Bearer " + TOKENS.analyst()).queryParam("quarter", Q)
                .queryParam("comparator", "group:ne-test")
                .when().get("/api/v1/dashboards/groups/ne-test").then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("region")).isNull();
        assertThat(json.getString("group.name")).isEqualTo("North East test group");
        assertThat(json.getList("teams.team")).containsExactly("hartlepool", "northumberland", "sunderland");
        String custody = "indicators.find { it.indicator == 'custody-rate' }";
        assertThat(json.getFloat(custody + ".group.rate")).isEqualTo(2.13f);
        assertThat(json.getString(custody + ".region")).isNull();
        assertThat(json.getString("teams.find { it.team == 'hartlepool' }.indicators.find { it.indicator == "
                + "'custody-rate' }.statistics.significance.at95")).isEqualTo("BETTER");
        given().header("Authorization", "Bearer " + TOKENS.analyst())
                .when().get("/api/v1/dashboards/groups/nobody").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no comparator group 'nobody'"));
    }

    @Test
    void aSeriesPointCarriesTheTargetOfItsYear() {
        sendAndAwait(readModel, targets("sunderland", "2014-15", 1, "custody-rate", "4.5"));
        JsonPath json = given().header("Authorization", "Bearer " + TOKENS.analyst()).queryParam("team", "sunderland")
                .when().get("/api/v1/indicators/custody-rate/series").then().statusCode(200).extract().jsonPath();
        assertThat(json.getFloat("[4].target")).isEqualTo(4.5f);
        assertThat(json.getString("[3].target")).isNull();
    }

    @Test
    void aMalformedComparatorOrDisclosureIs400AndAnUnknownGroup404() {
        for (String bad : List.of("regional", "group:", "group:Not A Code", "everyone")) {
            analyst().queryParam("comparator", bad).when().get("/api/v1/comparisons/custody-rate")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("comparator"));
        }
        analyst().queryParam("comparator", "group:nobody").when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("no comparator group 'nobody'"));
        given().header("Authorization", "Bearer " + TOKENS.analyst()).queryParam("comparator", "group:nobody")
                .when().get("/api/v1/teams/sunderland/profile").then().statusCode(404);
        given().header("Authorization", "Bearer " + TOKENS.analyst()).queryParam("comparator", "bad")
                .queryParam("team", "sunderland").when().get("/api/v1/indicators/custody-rate/series")
                .then().statusCode(400);
        given().header("Authorization", "Bearer " + TOKENS.analyst()).queryParam("comparator", "bad")
                .when().get("/api/v1/regions/north-east/dashboard").then().statusCode(400);
        analyst().queryParam("disclosure", "secret").when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("disclosure must be full or publication, not 'secret'"));
        analyst().queryParam("comparator", "group:nobody").when().get("/api/v1/comparisons/custody-rate")
                .then().body("status", equalTo(404)).body("rows", nullValue());
        analyst().when().get("/api/v1/comparisons/custody-rate").then().body("rows.team", hasItems("hartlepool"));
    }
}
