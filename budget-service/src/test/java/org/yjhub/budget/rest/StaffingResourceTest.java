package org.yjhub.budget.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yjhub.budget.TestData;
import org.yjhub.common.events.budget.StaffingSubmitted;
import org.yjhub.testsupport.AuthProbe;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.yjhub.budget.TestData.as;
import static org.yjhub.budget.TestData.asAdmin;
import static org.yjhub.budget.TestData.events;
import static org.yjhub.budget.TestData.fte;
import static org.yjhub.budget.TestData.headcount;
import static org.yjhub.budget.TestData.miltonKeynesFte;
import static org.yjhub.budget.TestData.people;
import static org.yjhub.budget.TestData.staffing;
import static org.yjhub.budget.TestData.staffingPath;
import static org.yjhub.budget.TestData.staffingRevisions;
import static org.yjhub.budget.TestData.tokens;

@QuarkusTest
class StaffingResourceTest {

    private static final String REJECTED_TEAM = "luton";
    private static final String REJECTED_YEAR = "2019-20";

    @BeforeAll
    static void decimals() {
        TestData.exactDecimals();
    }

    private static ValidatableResponse put(String token, String team, String year, Object body) {
        return as(token).contentType(ContentType.JSON).body(body).when().put(staffingPath(team, year)).then().log().ifValidationFails();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void miltonKeynesAppendixIsStoredAndTheNarrativeTotalRejected() {
        String team = "milton-keynes";
        put(tokens().authority(team), team, "2019-20", staffing(miltonKeynesFte(), 19.79, headcount()))
                .statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", endsWith(staffingPath(team, "2019-20")))
                .body("revision", equalTo(1))
                .body("fte", hasSize(5))
                .body("fte[0].role", equalTo("YOT staff"))
                .body("fte[0].contractType", equalTo("PERMANENT"))
                .body("fte.fte", contains(dec("16.59"), dec("1.00"), dec("0.80"), dec("0.40"), dec("1.00")))
                .body("totalFte", equalTo(dec("19.79")))
                .body("statedTotalFte", equalTo(dec("19.79")))
                .body("fteByContractType.PERMANENT", equalTo(dec("16.59")))
                .body("fteByContractType.SECONDED", equalTo(dec("2.20")))
                .body("fteByContractType.VACANT", equalTo(dec("1.00")))
                .body("headcount", hasSize(4))
                .body("headcount[0].role", nullValue())
                .body("headcountTotals.gender", equalTo(21))
                .body("headcountTotals.ethnicity", equalTo(21))
                .body("submittedBy", equalTo("user-authority-milton-keynes"))
                .body("synthetic", equalTo(false));

        put(tokens().authority(team), team, "2019-20", staffing(miltonKeynesFte(), 17.46, headcount()))
                .statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("stated total FTE 17.46 differs from the computed total FTE 19.79 by 2.33"))
                .body("statedTotalFte", equalTo(dec("17.46")))
                .body("computedTotalFte", equalTo(dec("19.79")))
                .body("errors[0].field", equalTo("statedTotalFte"));
        assertThat(staffingRevisions(team, "2019-20")).isEqualTo(1);

        as(tokens().analyst()).get(staffingPath(team, "2019-20")).then().statusCode(200).header("ETag", "\"1\"")
                .body("totalFte", equalTo(dec("19.79")));
    }

    @Test
    void revisionsIfMatchAndIdenticalContent() {
        String team = "reading";
        String path = staffingPath(team, "2019-20");
        put(tokens().authority(team), team, "2019-20", staffing(miltonKeynesFte(), null, null)).statusCode(201);
        List<Map<String, Object>> reordered = miltonKeynesFte();
        Collections.reverse(reordered);
        put(tokens().authority(team), team, "2019-20", staffing(reordered, null, null))
                .statusCode(200).header("ETag", "\"1\"").body("revision", equalTo(1));
        assertThat(events(StaffingSubmitted.AGGREGATE, team + "/2019-20")).isEqualTo(1);

        List<Map<String, Object>> more = miltonKeynesFte();
        more.add(fte("Panel volunteer", "VOLUNTEER", 0.2));
        as(tokens().authority(team)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(staffing(more, 19.99, null)).put(path)
                .then().statusCode(200).header("ETag", "\"2\"").body("totalFte", equalTo(dec("19.99")))
                .body("fteByContractType.VOLUNTEER", equalTo(dec("0.20")));
        as(tokens().authority(team)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(staffing(miltonKeynesFte(), null, headcount())).put(path)
                .then().statusCode(412).contentType("application/problem+json").body("currentRevision", equalTo(2));
        assertThat(staffingRevisions(team, "2019-20")).isEqualTo(2);

        asAdmin().get(path + "/revisions").then().statusCode(200)
                .body("revision", contains(1, 2))
                .body("totalFte", contains(dec("19.79"), dec("19.99")));
        assertThat(events(StaffingSubmitted.AGGREGATE, team + "/2019-20")).isEqualTo(2);
    }

    // ---- refusals ----

    private static ValidatableResponse rejected(Object body, int status) {
        ValidatableResponse response = put(tokens().admin(), REJECTED_TEAM, REJECTED_YEAR, body)
                .statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
        assertNothingStored();
        return response;
    }

    private static void assertNothingStored() {
        assertThat(staffingRevisions(REJECTED_TEAM, REJECTED_YEAR)).isZero();
        assertThat(events(StaffingSubmitted.AGGREGATE, REJECTED_TEAM + "/" + REJECTED_YEAR)).isZero();
    }

    @Test
    void statedTotalFteThatDisagreesIsRejected() {
        rejected(staffing(miltonKeynesFte(), 17.46, null), 422)
                .body("detail", equalTo("stated total FTE 17.46 differs from the computed total FTE 19.79 by 2.33"))
                .body("statedTotalFte", equalTo(dec("17.46")))
                .body("computedTotalFte", equalTo(dec("19.79")));
    }

    @Test
    void badFteValuesAreRejected() {
        List<Map<String, Object>> lines = miltonKeynesFte();
        lines.set(0, fte("YOT staff", "PERMANENT", new BigDecimal("16.595")));
        lines.set(1, fte("Police officer", "SECONDED", -1));
        lines.set(2, fte("Mental health worker", "SECONDMENT", 0.8));
        lines.set(3, fte("Speech and language therapist", "SECONDED", "0.4"));
        rejected(staffing(lines, null, null), 422)
                .body("errors.field", contains("fte[0].fte", "fte[1].fte", "fte[2].contractType", "fte[3].fte"))
                .body("errors[0].message", equalTo("must have at most 2 decimal places; 16.595 has more"))
                .body("detail", containsString("4 problems"));
    }

    @Test
    void duplicateFteLineIsRejected() {
        List<Map<String, Object>> lines = miltonKeynesFte();
        lines.add(fte("Police Officer", "SECONDED", 0.5));
        rejected(staffing(lines, null, null), 422).body("errors[0].field", equalTo("fte[5].role"));
    }

    @Test
    void badHeadcountIsRejected() {
        List<Map<String, Object>> counts = headcount();
        counts.set(0, people("gender", "Female", null, 15.5));
        counts.set(1, people("Gender", "Male", null, 6));
        counts.add(people("ethnicity", "White British", null, 1));
        counts.add(people("ethnicity", "Asian British", null, "two"));
        rejected(staffing(miltonKeynesFte(), null, counts), 422)
                .body("errors.field", contains("headcount[0].count", "headcount[1].dimension", "headcount[4].category",
                        "headcount[5].count"));
    }

    @Test
    void missingFteIsRejected() {
        rejected(staffing(List.of(), null, headcount()), 422).body("errors[0].field", equalTo("fte"));
        rejected(Map.of("headcount", headcount()), 422).body("errors[0].field", equalTo("fte"));
    }

    @Test
    void malformedRequestsAreRefused() {
        rejected("{\"fte\": [", 400);
        asAdmin().contentType(ContentType.TEXT).body("19.79").put(staffingPath(REJECTED_TEAM, REJECTED_YEAR))
                .then().statusCode(415).contentType("application/problem+json");
        asAdmin().contentType(ContentType.JSON).body(staffing(miltonKeynesFte(), null, null))
                .put(staffingPath(REJECTED_TEAM, "2019_20")).then().statusCode(400).contentType("application/problem+json");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "yesterday").body(staffing(miltonKeynesFte(), null, null))
                .put(staffingPath(REJECTED_TEAM, REJECTED_YEAR)).then().statusCode(400).contentType("application/problem+json");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(staffing(miltonKeynesFte(), null, null))
                .put(staffingPath(REJECTED_TEAM, REJECTED_YEAR)).then().statusCode(412).contentType("application/problem+json");
        assertNothingStored();
    }

    @Test
    void futureYearUnknownTeamAndMissingStaffing() {
        asAdmin().contentType(ContentType.JSON).body(staffing(miltonKeynesFte(), null, null))
                .put(staffingPath(REJECTED_TEAM, "2090-91")).then().statusCode(422)
                .body("errors[0].field", equalTo("year"));
        assertThat(staffingRevisions(REJECTED_TEAM, "2090-91")).isZero();
        asAdmin().contentType(ContentType.JSON).body(staffing(miltonKeynesFte(), null, null))
                .put(staffingPath("atlantis", REJECTED_YEAR)).then().statusCode(404).contentType("application/problem+json");
        asAdmin().get(staffingPath("atlantis", REJECTED_YEAR)).then().statusCode(404);
        asAdmin().get(staffingPath(REJECTED_TEAM, "2016-17")).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no staffing has been submitted for luton for 2016-17"));
        asAdmin().get(staffingPath(REJECTED_TEAM, "2016-17") + "/revisions").then().statusCode(404);
    }

    @Test
    void onlyTheTeamsAuthorityOrAdminWrites() {
        for (String token : List.of(tokens().analyst(), tokens().inspector(), tokens().authority("medway"))) {
            put(token, REJECTED_TEAM, REJECTED_YEAR, staffing(miltonKeynesFte(), null, null))
                    .statusCode(403).contentType("application/problem+json");
        }
        assertNothingStored();
        AuthProbe.assertRefusesBadTokens(tokens(), Method.PUT, staffingPath(REJECTED_TEAM, REJECTED_YEAR), "application/json",
                "{\"fte\":[{\"role\":\"Case manager\",\"contractType\":\"PERMANENT\",\"fte\":1}]}");
        AuthProbe.assertRefusesBadTokens(tokens(), Method.GET, staffingPath("milton-keynes", "2019-20"), null, null);
        assertNothingStored();
    }
}
