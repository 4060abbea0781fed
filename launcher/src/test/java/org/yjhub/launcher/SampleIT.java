package org.yjhub.launcher;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yjhub.launcher.data.ApiClient;
import org.yjhub.launcher.data.SampleLoader;
import org.yjhub.localinfra.jwt.Tokens;

import java.io.PrintStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * The sample data from the published papers, loaded as {@code ./yj run} loads it (through the gateway) onto a stack
 * of its own that starts empty: the seeds' published figures come back exactly through the gateway's profile, series
 * and comparison, and a second load changes nothing.
 */
class SampleIT {

    private static Stack stack;
    private static Tokens tokens;
    private static SampleLoader.Summary first;
    private static SampleLoader.Summary second;

    @BeforeAll
    static void loadTheSampleTwiceOntoAnEmptyStack() {
        stack = StackExtension.fresh("yj-sample-it-");
        tokens = stack.tokens();
        ApiClient api = new ApiClient(stack.url(Component.GATEWAY), tokens.admin());
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        first = SampleLoader.load(api, quiet);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> gateway().get("/api/v1/teams/buckinghamshire/profile")
                .then().statusCode(200).body("inspection.overall", equalTo("GOOD")));
        second = SampleLoader.load(api, quiet);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private static RequestSpecification gateway() {
        return given().baseUri(stack.url(Component.GATEWAY)).auth().oauth2(tokens.analyst());
    }

    @Test
    void everySampleRecordIsAcceptedAndASecondLoadAddsNothing() {
        // 4 inspections; 3 + 8 + 7 recommendations; Buckinghamshire's 7 progress reports; 4 plans; 20 actions;
        // 2 budgets, 1 staffing, 3 returns, 2 targets sent
        assertThat(first).isEqualTo(new SampleLoader.Summary(4, 18, 7, 4, 20, 2, 1, 3, 2));
        assertThat(second).isEqualTo(new SampleLoader.Summary(0, 0, 0, 0, 0, 2, 1, 3, 2));
        for (String path : new String[]{"/api/v1/teams/milton-keynes/returns/2018-19-Q4/revisions",
                "/api/v1/teams/medway/returns/2017-18-Q4/revisions", "/api/v1/teams/medway/returns/2018-19-Q4/revisions",
                "/api/v1/teams/milton-keynes/budgets/2019-20/revisions", "/api/v1/teams/medway/budgets/2020-21/revisions",
                "/api/v1/teams/milton-keynes/staffing/2019-20/revisions",
                "/api/v1/teams/milton-keynes/targets/2018-19/revisions", "/api/v1/teams/milton-keynes/targets/2019-20/revisions"}) {
            gateway().get(path).then().statusCode(200).body("size()", equalTo(1));
        }
        for (String team : new String[]{"milton-keynes", "medway", "merton", "buckinghamshire"}) {
            gateway().get("/api/v1/inspections?team=" + team).then().statusCode(200).body("size()", equalTo(1))
                    .body("[0].plan.revision", equalTo(1));
        }
    }

    @Test
    void miltonKeynesHasItsDraftPlanOfTwentyActionsAsThePaperWritesThem() {
        String id = gateway().get("/api/v1/inspections?team=milton-keynes").then().statusCode(200).extract().path("[0].id");
        var inspection = gateway().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("fieldworkStart", equalTo("2021-05-24")).body("fieldworkEnd", equalTo("2021-05-27"))
                .body("score", equalTo(23)).body("overall", equalTo("GOOD"))
                .body("plan.status", equalTo("DRAFT")).body("plan.title", equalTo("Youth Offending Team Action Plan"))
                .body("recommendations.addressee", contains("Milton Keynes Youth Offending Service",
                        "Milton Keynes Management Board", "National Probation Service"))
                .body("actions", hasSize(20))
                .body("actions.reference", contains("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13",
                        "14", "A", "B", "C", "a)", "b)", "c)"))
                .body("actions.findAll { it.status == 'GREEN' }.reference", contains("12"))
                .body("actions.findAll { it.status == 'AMBER' }.reference", contains("13", "14"))
                .body("actions.findAll { it.status == null }", hasSize(17))
                .body("actions.find { it.reference == '13' }.history[0].submittedStatus", equalTo("YELLOW"))
                .body("actions.find { it.reference == '2' }.owners", contains("Chair of the YOSB", "YOSB Members"))
                .body("actions.find { it.reference == 'A' }.owners", contains("Chair of the YOSB", "YOSB Members", "YOT Manager"))
                .body("actions.find { it.reference == '1' }.due", equalTo("July Strategic Board Agenda Item"))
                .body("actions.find { it.reference == '1' }.dueDate", nullValue())
                .body("actions.find { it.reference == '7' }.due", equalTo("30th July 2021 (in place for next recruitment)"))
                .body("actions.find { it.reference == '7' }.dueDate", equalTo("2021-07-30"))
                .body("actions.find { it.reference == 'A' }.section", equalTo("From Youth Justice Plan"))
                .body("actions.find { it.reference == 'a)' }.section", equalTo("From HMIP Inspection"))
                .body("actions.find { it.reference == 'A' }.refersTo.reference", contains("2", "3"))
                .body("actions.find { it.reference == 'B' }.refersTo.reference", contains("a)"))
                .body("actions.find { it.reference == 'a)' }.refersTo.reference", contains("B"))
                .extract().jsonPath();
        List<String> recommendations = inspection.getList("recommendations.id");
        assertThat(inspection.getList("actions.findAll { it.recommendation != null }.recommendation"))
                .containsExactlyElementsOf(recommendations);
        assertThat(inspection.getList("actions.findAll { it.recommendation != null }.reference")).containsExactly("a)", "b)", "c)");
        String a = inspection.getString("actions.find { it.reference == 'a)' }.id");
        String b = inspection.getString("actions.find { it.reference == 'B' }.id");
        assertThat(inspection.getString("actions.find { it.reference == 'B' }.refersTo[0].action")).isEqualTo(a);
        assertThat(inspection.getString("actions.find { it.reference == 'a)' }.refersTo[0].action")).isEqualTo(b);
    }

    @Test
    void theTeamProfileCountsMiltonKeynesActionsByStatusAndListsTheOverdueDatedOnes() {
        // every dated action not COMPLETE is past its 2021 target: 3, 6, 7, 8, 9, 12, 13, 14, B and a); the meetings
        // ("July Strategic Board Agenda Item") have no date and are never overdue
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> gateway().get("/api/v1/teams/milton-keynes/profile")
                .then().statusCode(200)
                .body("inspection.plan.status", equalTo("DRAFT"))
                .body("inspection.fieldworkStart", equalTo("2021-05-24"))
                .body("actions.open", equalTo(20))
                .body("actions.byStatus.GREEN", equalTo(1))
                .body("actions.byStatus.AMBER", equalTo(2))
                .body("actions.byStatus.NOT_RATED", equalTo(17))
                .body("actions.overdue.reference", containsInAnyOrder("3", "6", "7", "8", "9", "12", "13", "14", "B", "a)"))
                .body("actions.overdue[0].dueDate", equalTo("2021-06-30"))
                .body("staffing.totalFte", equalTo(19.79f)));
    }

    @Test
    void mertonsEightRecommendationsAreOwnedByTheYjsManagerAndItsPlanWasDueOnThirdOctober() {
        gateway().get("/api/v1/inspections?team=merton").then().statusCode(200)
                .body("[0].fieldworkStart", equalTo("2011-07")).body("[0].fieldworkEnd", equalTo("2011-07"))
                .body("[0].publishedOn", nullValue())
                .body("[0].recommendations", hasSize(8))
                .body("[0].recommendations.owner", everyItem(equalTo("YJS Manager")))
                .body("[0].recommendations.addressee", everyItem(nullValue()))
                .body("[0].recommendations[6].text", equalTo("sufficient attention is given to the safety of victims "
                        + "throughout the course of the sentence"))
                .body("[0].plan.status", equalTo("IN_PREPARATION"))
                .body("[0].plan.dueDate", equalTo("2011-10-03"))
                .body("[0].actions", hasSize(0));
    }

    @Test
    void buckinghamshiresSevenRecommendationsCarryTheProgressReportedInJanuary2024() {
        gateway().get("/api/v1/inspections?team=buckinghamshire").then().statusCode(200)
                .body("[0].fieldworkStart", equalTo("2022-09")).body("[0].publishedOn", equalTo("2023-01"))
                .body("[0].overall", equalTo("GOOD"))
                .body("[0].plan.status", equalTo("AGREED"))
                .body("[0].recommendations", hasSize(7))
                .body("[0].recommendations.addressee", contains("Buckinghamshire Youth Offending Service Board",
                        "Buckinghamshire Youth Offending Service Board", "Buckinghamshire YOS", "Buckinghamshire YOS",
                        "Buckinghamshire YOS", "Buckinghamshire YOS", "Buckinghamshire YOS"))
                .body("[0].recommendations.progress", everyItem(hasSize(1)))
                .body("[0].recommendations.progress.flatten().reportedOn", everyItem(equalTo("2024-01-25")))
                .body("[0].recommendations[6].progress[0].text", containsString("recruited 7 new volunteers"));
        gateway().get("/api/v1/inspections?team=medway").then().statusCode(200)
                .body("[0].fieldworkStart", equalTo("2020-02-24")).body("[0].fieldworkEnd", equalTo("2020-02-28"))
                .body("[0].publishedOn", equalTo("2020-06-04"))
                .body("[0].recommendations", hasSize(0));
    }

    @Test
    void miltonKeynesStaffingAddsUpTo1979FteAndTheNarrativesBudgetTotalIsStillRefused() {
        gateway().get("/api/v1/teams/milton-keynes/staffing/2019-20").then().statusCode(200)
                .body("totalFte", equalTo(19.79f)).body("statedTotalFte", equalTo(19.79f))
                .body("fteByContractType.PERMANENT", equalTo(16.59f))
                .body("fteByContractType.SECONDED", equalTo(2.2f))
                .body("fteByContractType.VACANT", equalTo(1.0f))
                .body("headcount.count.sum()", equalTo(51));
        JsonPath budget = gateway().get("/api/v1/teams/milton-keynes/budgets/2019-20").then().statusCode(200)
                .extract().jsonPath();
        java.util.Map<String, Object> narrative = new java.util.HashMap<>();
        narrative.put("contributions", budget.getList("contributions"));
        narrative.put("statedTotal", 1223757);
        given().baseUri(stack.url(Component.GATEWAY)).auth().oauth2(tokens.admin()).contentType("application/json")
                .body(narrative).put("/api/v1/teams/milton-keynes/budgets/2019-20").then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("1,223,757")).body("detail", containsString("1,234,757"));
        gateway().get("/api/v1/teams/milton-keynes/budgets/2019-20/revisions").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void medwaysTwoCustodyYearsAndMiltonKeynesTargetsForBothYearsAreLoaded() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> gateway()
                .get("/api/v1/indicators/custody-rate/series?team=medway").then().statusCode(200)
                .body("quarter", contains("2017-18-Q4", "2018-19-Q4"))
                .body("numerator", contains(12, 12))
                .body("rate", contains(0.48f, 0.45f)));
        gateway().get("/api/v1/teams/medway/returns/2017-18-Q4").then().statusCode(200)
                .body("source", containsString("DERIVED")).body("source", containsString("25,000 and 26,667"));
        for (String year : new String[]{"2018-19", "2019-20"}) {
            gateway().get("/api/v1/teams/milton-keynes/targets/" + year).then().statusCode(200)
                    .body("targets.find { it.indicator == 'custody-rate' }.value", equalTo(0.2f));
        }
    }

    @Test
    void theCustodyComparisonShowsThePublishedFiguresAndTheDerivedPopulations() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> gateway()
                .get("/api/v1/comparisons/custody-rate?quarter=2018-19-Q4").then().statusCode(200)
                .body("rows", hasSize(2))
                .body("rows.find { it.team == 'milton-keynes' }.numerator", equalTo(5))
                .body("rows.find { it.team == 'milton-keynes' }.denominator", equalTo(19231))
                .body("rows.find { it.team == 'milton-keynes' }.rate", equalTo(0.26f))
                .body("rows.find { it.team == 'milton-keynes' }.rank", equalTo(1))
                .body("rows.find { it.team == 'medway' }.numerator", equalTo(12))
                .body("rows.find { it.team == 'medway' }.denominator", equalTo(26667))
                .body("rows.find { it.team == 'medway' }.rate", equalTo(0.45f))
                .body("rows.find { it.team == 'medway' }.rank", equalTo(2))
                .body("rows.synthetic", everyItem(equalTo(false)))
                // pooled, not a mean of rates: 17 × 1,000 ÷ 45,898 = 0.370…
                .body("national.rate", equalTo(0.37f))
                .body("national.syntheticTeams", equalTo(0)));
        given().baseUri(stack.url(Component.GATEWAY)).auth().oauth2(tokens.analyst()).accept("text/csv")
                .get("/api/v1/comparisons/custody-rate?quarter=2018-19-Q4").then().statusCode(200)
                .body(containsString("milton-keynes")).body(containsString("19231"));
    }

    @Test
    void theMiltonKeynesSeriesAndProfileShowTheCustodyOutturnAgainstItsTarget() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> gateway()
                .get("/api/v1/indicators/custody-rate/series?team=milton-keynes").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].quarter", equalTo("2018-19-Q4"))
                .body("[0].rate", equalTo(0.26f))
                .body("[0].numerator", equalTo(5))
                .body("[0].denominator", equalTo(19231))
                .body("[0].nationalRate", equalTo(0.37f)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> gateway().get("/api/v1/teams/milton-keynes/profile")
                .then().statusCode(200)
                .body("indicators.find { it.indicator == 'custody-rate' }.rate", equalTo(0.26f))
                .body("indicators.find { it.indicator == 'custody-rate' }.target", equalTo(0.2f))
                .body("indicators.find { it.indicator == 'custody-rate' }.targetMet", equalTo(false))
                .body("inspection.framework", equalTo("hmip-youth-2018"))
                .body("inspection.overall", equalTo("GOOD"))
                .body("inspection.score", equalTo(23))
                .body("inspection.ratings.'3.2'", equalTo("INADEQUATE"))
                .body("inspection.publishedOn", equalTo("2021-08-01"))
                .body("inspection.publishedPrecision", equalTo("MONTH"))
                .body("budget.year", equalTo("2019-20"))
                .body("budget.total", equalTo(1234757))
                .body("budget.staffTotal", equalTo(108921))
                .body("budget.delegatedTotal", equalTo(1125836)));
    }

    @Test
    void theOtherSeedsShowTheirPublishedHeadlines() {
        // the read model is eventually consistent: on a fresh stack the first event on each partition reaches the gateway ~1 s late
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> gateway().get("/api/v1/teams/medway/profile").then().statusCode(200)
                .body("inspection.framework", equalTo("hmip-headline"))
                .body("inspection.overall", equalTo("REQUIRES_IMPROVEMENT"))
                .body("inspection.score", nullValue())
                .body("inspection.publishedOn", equalTo("2020-06-04"))
                .body("inspection.publishedPrecision", equalTo("DAY"))
                .body("budget.total", equalTo(611589))
                .body("budget.staffTotal", equalTo(0))
                .body("indicators.find { it.indicator == 'custody-rate' }.rate", equalTo(0.45f)));
        gateway().get("/api/v1/teams/merton/profile").then().statusCode(200)
                .body("inspection.framework", equalTo("hmip-cci-2009"))
                .body("inspection.overall", nullValue())
                .body("inspection.ratings.safeguarding", equalTo("SUBSTANTIAL_IMPROVEMENT"))
                .body("inspection.ratings.'likelihood-of-reoffending'", equalTo("MODERATE_IMPROVEMENT"))
                .body("inspection.publishedOn", nullValue())
                .body("inspection.fieldworkStart", equalTo("2011-07-01"))
                .body("inspection.fieldworkPrecision", equalTo("MONTH"))
                .body("inspection.plan.status", equalTo("IN_PREPARATION"));
        gateway().get("/api/v1/teams/buckinghamshire/profile").then().statusCode(200)
                .body("inspection.overall", equalTo("GOOD"))
                .body("inspection.publishedOn", equalTo("2023-01-01"));
    }

    @Test
    void everySampleRecordCarriesItsSourceAndIsNotSynthetic() {
        gateway().get("/api/v1/inspections?team=milton-keynes").then().statusCode(200)
                .body("[0].source", containsString("HM Inspectorate of Probation"))
                .body("[0].synthetic", equalTo(false));
        gateway().get("/api/v1/teams/milton-keynes/returns/2018-19-Q4").then().statusCode(200)
                .body("source", containsString("DERIVED")).body("synthetic", equalTo(false));
        gateway().get("/api/v1/teams/milton-keynes/budgets/2019-20").then().statusCode(200)
                .body("source", containsString("Milton Keynes")).body("synthetic", equalTo(false));
    }
}
