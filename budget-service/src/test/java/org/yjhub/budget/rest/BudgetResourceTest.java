package org.yjhub.budget.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.budget.BudgetSubmitted;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.testsupport.AuthProbe;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.yjhub.budget.TestData.as;
import static org.yjhub.budget.TestData.asAdmin;
import static org.yjhub.budget.TestData.asAuthority;
import static org.yjhub.budget.TestData.budget;
import static org.yjhub.budget.TestData.budgetPath;
import static org.yjhub.budget.TestData.budgetRevisions;
import static org.yjhub.budget.TestData.events;
import static org.yjhub.budget.TestData.line;
import static org.yjhub.budget.TestData.medwayLines;
import static org.yjhub.budget.TestData.miltonKeynesLines;
import static org.yjhub.budget.TestData.tokens;

@QuarkusTest
class BudgetResourceTest {

    /** Never stored: every invalid request goes here, and the test checks it stays empty. */
    private static final String REJECTED_TEAM = "luton";
    private static final String REJECTED_YEAR = "2019-20";

    @BeforeAll
    static void decimals() {
        org.yjhub.budget.TestData.exactDecimals();
    }

    private static ValidatableResponse put(String token, String team, String year, Object body) {
        return as(token).contentType(ContentType.JSON).body(body).when().put(budgetPath(team, year)).then().log().ifValidationFails();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void miltonKeynesSeedIsStoredWithComputedTotalsAndItsNarrativeTotalIsRejected() {
        String path = budgetPath("milton-keynes", "2019-20");
        put(tokens().authority("milton-keynes"), "milton-keynes", "2019-20",
                budget(miltonKeynesLines(), 1234757L, "Milton Keynes Youth Justice Plan 2019/20, table 3"))
                .statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", endsWith(path))
                .contentType(ContentType.JSON)
                .body("team", equalTo("milton-keynes"))
                .body("year", equalTo("2019-20"))
                .body("revision", equalTo(1))
                .body("staffTotal", equalTo(108921))
                .body("delegatedTotal", equalTo(1125836))
                .body("total", equalTo(1234757))
                .body("statedTotal", equalTo(1234757))
                .body("previousYear", nullValue())
                .body("contributions", hasSize(8))
                .body("contributions[0].partner", equalTo("POLICE"))
                .body("contributions[0].description", nullValue())
                .body("contributions[0].staff", equalTo(54015))
                .body("contributions[0].delegated", equalTo(0))
                .body("contributions[0].total", equalTo(54015))
                .body("contributions[0].previousYear", nullValue())
                .body("contributions[3].total", equalTo(63687))
                .body("contributions.share", contains(dec("4.37"), dec("9.47"), dec("2.41"), dec("5.16"), dec("49.35"),
                        dec("21.73"), dec("1.84"), dec("5.67")))
                .body("contributions[7].description", equalTo("Strengthening Families"))
                .body("submittedBy", equalTo("user-authority-milton-keynes"))
                .body("submittedAt", notNullValue())
                .body("source", equalTo("Milton Keynes Youth Justice Plan 2019/20, table 3"))
                .body("synthetic", equalTo(false));

        asAuthority("milton-keynes").get(path).then().statusCode(200).header("ETag", "\"1\"")
                .body("total", equalTo(1234757)).body("contributions[6].description", equalTo("DSG for speech and language therapy"));

        put(tokens().authority("milton-keynes"), "milton-keynes", "2019-20", budget(miltonKeynesLines(), 1223757L, null))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("detail", equalTo("stated total 1,223,757 differs from the computed total 1,234,757 by 11,000"))
                .body("statedTotal", equalTo(1223757))
                .body("computedTotal", equalTo(1234757))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("statedTotal"));
        assertThat(budgetRevisions("milton-keynes", "2019-20")).isEqualTo(1);
        assertThat(events(BudgetSubmitted.AGGREGATE, "milton-keynes/2019-20")).isEqualTo(1);
    }

    @Test
    void medwaySeedHasDelegatedFundsOnly() {
        put(tokens().authority("medway"), "medway", "2020-21", budget(medwayLines(), 611589L, "Medway Youth Justice Plan 2020"))
                .statusCode(201)
                .body("staffTotal", equalTo(0))
                .body("delegatedTotal", equalTo(611589))
                .body("total", equalTo(611589))
                .body("contributions.partner", contains("PCC", "PROBATION", "HEALTH", "LOCAL_AUTHORITY", "YJB"))
                .body("contributions.share", contains(dec("14.77"), dec("0.41"), dec("9.16"), dec("25.89"), dec("49.77")));
    }

    @Test
    void identicalContentMakesNoNewRevisionAndNoEvent() {
        String team = "west-berkshire";
        put(tokens().admin(), team, "2019-20", budget(medwayLines(), null, "a source")).statusCode(201);
        List<Map<String, Object>> reordered = medwayLines();
        Collections.reverse(reordered);
        put(tokens().admin(), team, "2019-20", budget(reordered, null, "a source"))
                .statusCode(200).header("ETag", "\"1\"").body("revision", equalTo(1))
                .body("contributions[0].partner", equalTo("PCC"));
        assertThat(budgetRevisions(team, "2019-20")).isEqualTo(1);
        assertThat(events(BudgetSubmitted.AGGREGATE, team + "/2019-20")).isEqualTo(1);
        put(tokens().admin(), team, "2019-20", budget(medwayLines(), null, "another source"))
                .statusCode(200).body("revision", equalTo(2));
        assertThat(events(BudgetSubmitted.AGGREGATE, team + "/2019-20")).isEqualTo(2);
    }

    @Test
    void revisionsAreKeptAndIfMatchGuardsThem() {
        String team = "reading";
        String path = budgetPath(team, "2019-20");
        put(tokens().authority(team), team, "2019-20", budget(medwayLines(), null, null)).statusCode(201).header("ETag", "\"1\"");

        List<Map<String, Object>> second = medwayLines();
        second.set(0, line("PCC", null, 0, 95000));
        asAuthority(team).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(budget(second, null, null))
                .put(path).then().statusCode(200).header("ETag", "\"2\"").body("revision", equalTo(2)).body("total", equalTo(616236));

        List<Map<String, Object>> stale = medwayLines();
        stale.set(1, line("PROBATION", null, 0, 3000));
        asAuthority(team).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(budget(stale, null, null))
                .put(path).then().statusCode(412).contentType("application/problem+json")
                .body("status", equalTo(412)).body("currentRevision", equalTo(2)).body("currentETag", equalTo("\"2\""))
                .body("detail", containsString("is at revision 2 (ETag \"2\")"));
        asAuthority(team).contentType(ContentType.JSON).header("If-Match", "W/\"2\"").body(budget(stale, null, null))
                .put(path).then().statusCode(412);
        asAuthority(team).contentType(ContentType.JSON).header("If-Match", "2").body(budget(stale, null, null))
                .put(path).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("If-Match '2' is malformed"));
        assertThat(budgetRevisions(team, "2019-20")).isEqualTo(2);

        asAuthority(team).contentType(ContentType.JSON).header("If-Match", "\"7\", \"2\"").body(budget(stale, null, null))
                .put(path).then().statusCode(200).body("revision", equalTo(3));
        asAuthority(team).contentType(ContentType.JSON).header("If-Match", "*").body(budget(medwayLines(), null, null))
                .put(path).then().statusCode(200).body("revision", equalTo(4)).body("total", equalTo(611589));

        as(tokens().analyst()).get(path).then().statusCode(200).header("ETag", "\"4\"").body("revision", equalTo(4));
        as(tokens().inspector()).get(path + "/revisions").then().statusCode(200)
                .body("revision", contains(1, 2, 3, 4))
                .body("total", contains(611589, 616236, 612089, 611589))
                .body("[1].contributions[0].delegated", equalTo(95000));
        assertThat(events(BudgetSubmitted.AGGREGATE, team + "/2019-20")).isEqualTo(4);
    }

    @Test
    void ifMatchWhenNothingExistsIsRefused() {
        String team = "slough";
        for (String tag : List.of("\"1\"", "*")) {
            asAdmin().contentType(ContentType.JSON).header("If-Match", tag).body(budget(medwayLines(), null, null))
                    .put(budgetPath(team, "2019-20")).then().statusCode(412).contentType("application/problem+json")
                    .body("detail", containsString("does not exist yet"));
        }
        assertThat(budgetRevisions(team, "2019-20")).isZero();
        asAdmin().get(budgetPath(team, "2019-20")).then().statusCode(404);
    }

    @Test
    void yearOnYearChangeAgainstThePreviousYear() {
        String team = "kent";
        List<Map<String, Object>> previous = List.of(
                line("POLICE", null, 50000, 0),
                line("HEALTH", null, 0, 60000),
                line("LOCAL_AUTHORITY", null, 0, 609347),
                line("OTHER", "strengthening families", 0, 80000));
        put(tokens().authority(team), team, "2018-19", budget(previous, 799347L, null)).statusCode(201)
                .body("previousYear", nullValue());
        put(tokens().authority(team), team, "2019-20", budget(miltonKeynesLines(), null, null)).statusCode(201)
                .body("previousYear.year", equalTo("2018-19"))
                .body("previousYear.total", equalTo(799347))
                .body("previousYear.change", equalTo(435410))
                .body("previousYear.changePercent", equalTo(dec("54.47")))
                .body("contributions[0].previousYear.total", equalTo(50000))
                .body("contributions[0].previousYear.change", equalTo(4015))
                .body("contributions[0].previousYear.changePercent", equalTo(dec("8.03")))
                .body("contributions[1].previousYear", nullValue())
                .body("contributions[3].previousYear.change", equalTo(3687))
                .body("contributions[7].previousYear.total", equalTo(80000))
                .body("contributions[7].previousYear.changePercent", equalTo(dec("-12.50")));
        asAdmin().get(budgetPath(team, "2019-20")).then().statusCode(200).body("previousYear.total", equalTo(799347));
    }

    @Test
    void theCurrentYearIsAcceptedAndTheNextRejected() {
        FinancialYear current = FinancialYear.containing(LocalDate.now(ZoneId.of("Europe/London")));
        put(tokens().admin(), "oxfordshire", current.toString(), budget(medwayLines(), null, null)).statusCode(201);
        put(tokens().admin(), "oxfordshire", current.next().toString(), budget(medwayLines(), null, null))
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"))
                .body("detail", containsString("has not started yet"));
        assertThat(budgetRevisions("oxfordshire", current.next().toString())).isZero();
    }

    @Test
    void anyRoleReads() {
        String team = "portsmouth";
        put(tokens().authority(team), team, "2019-20", budget(medwayLines(), null, null)).statusCode(201);
        for (String token : List.of(tokens().analyst(), tokens().inspector(), tokens().authority("medway"), tokens().admin())) {
            as(token).get(budgetPath(team, "2019-20")).then().statusCode(200).body("total", equalTo(611589));
            as(token).get(budgetPath(team, "2019-20") + "/revisions").then().statusCode(200).body("$", hasSize(1));
        }
    }

    // ---- refusals: each asserts the status, the problem body and that nothing was stored ----

    private static ValidatableResponse rejected(Object body, int status) {
        ValidatableResponse response = put(tokens().admin(), REJECTED_TEAM, REJECTED_YEAR, body)
                .statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
        assertNothingStored();
        return response;
    }

    private static void assertNothingStored() {
        assertThat(budgetRevisions(REJECTED_TEAM, REJECTED_YEAR)).isZero();
        assertThat(events(BudgetSubmitted.AGGREGATE, REJECTED_TEAM + "/" + REJECTED_YEAR)).isZero();
    }

    @Test
    void statedTotalThatDisagreesIsRejectedWithBothFigures() {
        rejected(budget(miltonKeynesLines(), 1223757L, null), 422)
                .body("title", equalTo("Validation failed"))
                .body("detail", equalTo("stated total 1,223,757 differs from the computed total 1,234,757 by 11,000"))
                .body("statedTotal", equalTo(1223757))
                .body("computedTotal", equalTo(1234757))
                .body("errors[0].message", equalTo("stated total 1,223,757 differs from the computed total 1,234,757 by 11,000"));
    }

    @Test
    void fractionalAmountIsRejectedNamingTheField() {
        List<Map<String, Object>> lines = miltonKeynesLines();
        lines.set(0, line("POLICE", null, new BigDecimal("54015.5"), 0));
        rejected(budget(lines, null, null), 422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("contributions[0].staff"))
                .body("errors[0].message", equalTo("must be a whole number of pounds; 54015.5 has a fractional part"))
                .body("detail", containsString("contributions[0].staff"));
    }

    @Test
    void textAmountIsRejected() {
        List<Map<String, Object>> lines = miltonKeynesLines();
        lines.set(1, line("PCC", null, 0, "abc"));
        rejected(budget(lines, null, null), 422)
                .body("errors[0].field", equalTo("contributions[1].delegated"))
                .body("errors[0].message", equalTo("must be a whole number of pounds (a JSON integer), not the text \"abc\""));
        lines.set(1, line("PCC", null, 0, "116900"));
        rejected(budget(lines, null, null), 422).body("errors[0].field", equalTo("contributions[1].delegated"));
    }

    @Test
    void negativeAmountIsRejected() {
        List<Map<String, Object>> lines = miltonKeynesLines();
        lines.set(2, line("PROBATION", null, -1, 29776));
        rejected(budget(lines, null, null), 422)
                .body("errors[0].field", equalTo("contributions[2].staff"))
                .body("errors[0].message", equalTo("must not be negative; -1 was given"));
    }

    @Test
    void absurdAmountIsRejected() {
        rejected(budget(List.of(line("YJB", null, 0, 100000000001L)), null, null), 422)
                .body("errors[0].field", equalTo("contributions[0].delegated"))
                .body("errors[0].message", containsString("must not exceed 100,000,000,000 pounds"));
        rejected("{\"contributions\":[{\"partner\":\"YJB\",\"staff\":1e400}]}", 422)
                .body("errors[0].field", equalTo("contributions[0].staff"));
    }

    @Test
    void unknownPartnerIsRejectedListingTheAllowedOnes() {
        rejected(budget(List.of(line("NHS", null, 0, 5)), null, null), 422)
                .body("errors[0].field", equalTo("contributions[0].partner"))
                .body("errors[0].message", equalTo("\"NHS\" is not a partner; use one of POLICE, PCC, PROBATION, HEALTH, "
                        + "LOCAL_AUTHORITY, YJB, OTHER"));
    }

    @Test
    void otherWithoutDescriptionIsRejected() {
        rejected(budget(List.of(line("OTHER", null, 0, 70000)), null, null), 422)
                .body("errors[0].field", equalTo("contributions[0].description"));
    }

    @Test
    void duplicatePartnerAndDuplicateOtherAreRejected() {
        List<Map<String, Object>> lines = miltonKeynesLines();
        lines.add(line("POLICE", null, 1, 0));
        lines.add(line("OTHER", "STRENGTHENING FAMILIES", 0, 1));
        rejected(budget(lines, null, null), 422)
                .body("errors.field", contains("contributions[8].partner", "contributions[9].description"))
                .body("detail", startsWith("2 problems: "));
    }

    @Test
    void emptyOrMissingContributionsAreRejected() {
        rejected(budget(List.of(), null, null), 422).body("errors[0].field", equalTo("contributions"));
        rejected(Map.of("statedTotal", 0), 422).body("errors[0].field", equalTo("contributions"));
    }

    @Test
    void wrongJsonShapesAreRejected() {
        rejected("{\"contributions\":{\"partner\":\"POLICE\"}}", 422).body("errors[0].field", equalTo("contributions"));
        rejected("{\"contributions\":[{\"partner\":{\"name\":\"POLICE\"},\"staff\":1}]}", 422)
                .body("errors[0].field", equalTo("contributions[0].partner"));
        rejected("{\"contributions\":[{\"partner\":\"POLICE\",\"staff\":1}],\"synthetic\":\"perhaps\"}", 422)
                .body("errors[0].field", equalTo("synthetic"));
        rejected("{\"contributions\":[null]}", 422).body("errors[0].field", equalTo("contributions[0]"));
    }

    @Test
    void malformedJsonIsA400() {
        rejected("{\"contributions\": [", 400).body("title", equalTo("Malformed request"));
        rejected("", 400);
    }

    @Test
    void aFutureYearIsRejected() {
        asAdmin().contentType(ContentType.JSON).body(budget(medwayLines(), null, null)).put(budgetPath("luton", "2090-91"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"))
                .body("detail", equalTo("the financial year 2090-91 starts on 2090-04-01 and has not started yet (today is "
                        + LocalDate.now(ZoneId.of("Europe/London")) + ")"));
        assertThat(budgetRevisions("luton", "2090-91")).isZero();
    }

    @Test
    void malformedYearIsA400() {
        for (String year : List.of("2019-2020", "2019-21", "2019", "FY19")) {
            asAdmin().contentType(ContentType.JSON).body(budget(medwayLines(), null, null)).put(budgetPath("luton", year))
                    .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
            asAdmin().get(budgetPath("luton", year)).then().statusCode(400).contentType("application/problem+json");
        }
        assertNothingStored();
    }

    @Test
    void wrongContentTypeIsA415() {
        asAdmin().contentType(ContentType.TEXT).body("POLICE,54015,0").put(budgetPath(REJECTED_TEAM, REJECTED_YEAR))
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
        assertNothingStored();
    }

    @Test
    void unknownTeamIsA404() {
        asAdmin().contentType(ContentType.JSON).body(budget(medwayLines(), null, null)).put(budgetPath("atlantis", "2019-20"))
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("atlantis"));
        asAdmin().get(budgetPath("atlantis", "2019-20")).then().statusCode(404).contentType("application/problem+json");
        asAdmin().get(budgetPath("atlantis", "2019-20") + "/revisions").then().statusCode(404);
        assertThat(budgetRevisions("atlantis", "2019-20")).isZero();
    }

    @Test
    void noBudgetYetIsA404() {
        asAdmin().get(budgetPath(REJECTED_TEAM, "2016-17")).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no budget has been submitted for luton for 2016-17"));
        asAdmin().get(budgetPath(REJECTED_TEAM, "2016-17") + "/revisions").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyTheTeamsAuthorityOrAdminWrites() {
        for (String token : List.of(tokens().analyst(), tokens().inspector(), tokens().authority("milton-keynes"))) {
            put(token, REJECTED_TEAM, REJECTED_YEAR, budget(medwayLines(), null, null))
                    .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        }
        put(tokens().authority("milton-keynes"), REJECTED_TEAM, REJECTED_YEAR, budget(medwayLines(), null, null))
                .body("detail", containsString("only write its own team's data"));
        assertNothingStored();
    }

    @Test
    void badTokensAreRefused() {
        AuthProbe.assertRefusesBadTokens(tokens(), Method.PUT, budgetPath(REJECTED_TEAM, REJECTED_YEAR), "application/json",
                "{\"contributions\":[{\"partner\":\"YJB\",\"delegated\":1}]}");
        AuthProbe.assertRefusesBadTokens(tokens(), Method.GET, budgetPath("milton-keynes", "2019-20"), null, null);
        AuthProbe.assertRefusesBadTokens(tokens(), Method.GET, budgetPath("milton-keynes", "2019-20") + "/revisions", null, null);
        assertNothingStored();
    }
}
