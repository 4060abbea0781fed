package org.yjhub.launcher;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yjhub.launcher.data.ApiClient;
import org.yjhub.launcher.data.SampleLoader;
import org.yjhub.testsupport.jwt.Tokens;

import java.io.PrintStream;
import java.io.OutputStream;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
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
        assertThat(first).isEqualTo(new SampleLoader.Summary(4, 3, 0, 2, 2, 1));
        assertThat(second.inspections()).isZero();
        assertThat(second.recommendations()).isZero();
        assertThat(second.actions()).isZero();
        for (String path : new String[]{"/api/v1/teams/milton-keynes/returns/2018-19-Q4/revisions",
                "/api/v1/teams/medway/returns/2018-19-Q4/revisions", "/api/v1/teams/milton-keynes/budgets/2019-20/revisions",
                "/api/v1/teams/medway/budgets/2020-21/revisions"}) {
            gateway().get(path).then().statusCode(200).body("size()", equalTo(1));
        }
        gateway().get("/api/v1/inspections?team=milton-keynes").then().statusCode(200).body("size()", equalTo(1))
                .body("[0].recommendations", hasSize(3));
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
                .body("rows.synthetic", org.hamcrest.Matchers.everyItem(equalTo(false)))
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
                .body("inspection.publishedOn", equalTo("2011-07-01"))
                .body("inspection.publishedPrecision", equalTo("MONTH"));
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
