package org.yjhub.performance.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.performance.ReturnSubmitted;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.Team;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.performance.Fixtures;
import org.yjhub.testsupport.AuthProbe;
import org.yjhub.testsupport.jwt.Tokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.yjhub.performance.Fixtures.num;

@QuarkusTest
class BulkResourceTest {

    private static final String BULK = "/api/v1/returns/bulk";
    private static final String HEADER = "team,quarter,indicator,numerator,denominator\n";

    private final Tokens tokens = Fixtures.TOKENS;

    @Inject
    TeamCatalog teams;

    @Inject
    IndicatorCatalog indicators;

    private ValidatableResponse post(String token, String csv) {
        return given().auth().oauth2(token).contentType("text/csv").body(csv).post(BULK).then();
    }

    @Test
    void loadsRowsGroupedIntoOneReturnPerTeamAndQuarter() {
        Quarter q1 = Fixtures.freshQuarter();
        Quarter q2 = Fixtures.freshQuarter();
        String csv = "team,quarter,indicator,numerator,denominator,source,synthetic\n"
                + "milton-keynes," + q1 + ",custody-rate,5,19230,Youth Justice Plan,\n"
                + "milton-keynes," + q1 + ",fte-rate,42,19230,Youth Justice Plan,\n"
                + "medway," + q1 + ",custody-rate,12,26500,\"Plan, table 3\",true\n"
                + "\n"
                + "milton-keynes," + q2 + ",reoffending-frequency,112.5,61,,false\n";
        post(tokens.admin(), csv)
                .statusCode(200)
                .body("returns", equalTo(3))
                .body("values", equalTo(4))
                .body("unchanged", equalTo(0));

        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/milton-keynes/returns/" + q1).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("values.indicator", equalTo(List.of("fte-rate", "custody-rate")))
                .body("values[1].rate", num("0.26"))
                .body("source", equalTo("Youth Justice Plan"))
                .body("synthetic", equalTo(false))
                .body("submittedBy", equalTo("user-admin"));
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/medway/returns/" + q1).then()
                .statusCode(200)
                .body("source", equalTo("Plan, table 3"))
                .body("synthetic", equalTo(true));
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/milton-keynes/returns/" + q2).then()
                .statusCode(200)
                .body("values[0].rate", num("1.84"));
        assertThat(Fixtures.events(ReturnSubmitted.AGGREGATE, ReturnSubmitted.aggregateId("medway", q1.toString()))).isEqualTo(1);
    }

    @Test
    void eachReturnBecomesANewRevisionOrStaysUnchanged() {
        Quarter q = Fixtures.freshQuarter();
        given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body("{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":5,\"denominator\":19230}]}")
                .put("/api/v1/teams/milton-keynes/returns/" + q).then().statusCode(201);
        String csv = HEADER
                + "milton-keynes," + q + ",custody-rate,5,19230\n"      // identical to revision 1
                + "medway," + q + ",custody-rate,12,26500\n";           // new
        post(tokens.admin(), csv).statusCode(200).body("returns", equalTo(1)).body("values", equalTo(1)).body("unchanged", equalTo(1));
        assertThat(Fixtures.revisions("milton-keynes", q.toString())).isEqualTo(1);

        String changed = HEADER
                + "milton-keynes," + q + ",custody-rate,6,19230\n"
                + "milton-keynes," + q + ",kpi-ete,30,40\n";
        post(tokens.authority("milton-keynes"), changed).statusCode(200).body("returns", equalTo(1)).body("unchanged", equalTo(0));
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/milton-keynes/returns/" + q).then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("values", hasSize(2))
                .body("submittedBy", equalTo("user-authority-milton-keynes"));
    }

    @Test
    void aNationalYearLoadsInAFewSecondsAndReloadingItChangesNothing() {
        StringBuilder csv = new StringBuilder(HEADER.replace("\n", ",source,synthetic\n"));
        int rows = 0;
        List<Team> all = teams.all();
        for (int t = 0; t < all.size(); t++) {
            for (int n = 1; n <= 4; n++) {
                Quarter q = Fixtures.NATIONAL_YEAR.quarter(n);
                for (Indicator indicator : indicators.all()) {
                    long denominator = indicator.isPercentage() ? 40 + t % 50 : 15_000 + 97L * t;
                    long numerator = indicator.isPercentage() ? (t + n) % 40 : (t * 7L + n) % 60;
                    csv.append(all.get(t).code()).append(',').append(q).append(',').append(indicator.id()).append(',')
                            .append(numerator).append(',').append(denominator).append(",national test load,true\n");
                    rows++;
                }
            }
        }
        assertThat(rows).isGreaterThanOrEqualTo(8_000);
        long eventsBefore = Fixtures.allEvents();

        long started = System.nanoTime();
        post(tokens.admin(), csv.toString())
                .statusCode(200)
                .body("returns", equalTo(all.size() * 4))
                .body("values", equalTo(rows))
                .body("unchanged", equalTo(0));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("national load: %d rows in %d ms%n", rows, millis);
        assertThat(millis).as("a national year of %d rows loads in a few seconds", rows).isLessThan(15_000);
        assertThat(Fixtures.allEvents() - eventsBefore).isEqualTo(all.size() * 4L);

        long reloadStarted = System.nanoTime();
        post(tokens.admin(), csv.toString())
                .statusCode(200)
                .body("returns", equalTo(0))
                .body("values", equalTo(0))
                .body("unchanged", equalTo(all.size() * 4));
        System.out.printf("national reload (unchanged): %d ms%n", (System.nanoTime() - reloadStarted) / 1_000_000);
        assertThat(Fixtures.allEvents() - eventsBefore).isEqualTo(all.size() * 4L);
        assertThat(Fixtures.revisions("milton-keynes", Fixtures.NATIONAL_YEAR.quarter(4).toString())).isEqualTo(1);
    }

    @Test
    void everyBadRowIsListedAndNothingIsStored() {
        Quarter q = Fixtures.freshQuarter();
        Quarter future = Quarter.containing(java.time.LocalDate.now()).next().next();
        long revisionsBefore = Fixtures.allRevisions();
        long eventsBefore = Fixtures.allEvents();
        String csv = HEADER
                + "milton-keynes," + q + ",custody-rate,5,19230\n"       // 1 fine
                + "milton-keynes," + q + ",fte-rate,42,0\n"              // 2 zero denominator
                + "milton-keynes," + q + ",custody-rate,6,19230\n"       // 3 duplicate of 1
                + "atlantis," + q + ",custody-rate,1,100\n"              // 4 unknown team
                + "medway,2019-20-Q5,custody-rate,1,100\n"              // 5 bad quarter
                + "medway," + q + ",happiness,1,100\n"                   // 6 unknown indicator
                + "medway," + q + ",kpi-ete,41,40\n"                     // 7 numerator above denominator
                + "medway," + q + ",fte-rate,-1,abc\n"                   // 8 negative, not a number
                + "medway," + future + ",fte-rate,1,100\n"               // 9 future quarter
                + "medway," + q + ",custody-rate,1\n"                    // 10 too few columns
                + "," + q + ",reoffending-frequency,1.1234567,3\n";      // 11 missing team, too many decimals
        post(tokens.admin(), csv)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://yjhub.org/problems/validation"))
                .body("detail", containsString("Nothing was stored"))
                .body("errors.row", equalTo(List.of(2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 11)))
                .body("errors.field", equalTo(List.of("denominator", "indicator", "team", "quarter", "indicator", "numerator",
                        "numerator", "denominator", "quarter", "row", "team", "numerator")))
                .body("errors[1].message", containsString("duplicate of row 1"))
                .body("errors[7].message", containsString("not a number"));
        assertThat(Fixtures.allRevisions()).isEqualTo(revisionsBefore);
        assertThat(Fixtures.allEvents()).isEqualTo(eventsBefore);
        assertThat(Fixtures.returnHeads("milton-keynes", q.toString())).isZero();
    }

    @Test
    void rowsOfOneReturnMustShareSourceAndSyntheticAndARateMustAgree() {
        Quarter q = Fixtures.freshQuarter();
        String csv = "team,quarter,indicator,numerator,denominator,rate,source,synthetic\n"
                + "merton," + q + ",custody-rate,5,19230,0.26,plan A,false\n"
                + "merton," + q + ",fte-rate,42,19230,218.41,plan B,true\n"
                + "merton," + q + ",kpi-ete,30,40,70,plan A,maybe\n";
        post(tokens.admin(), csv)
                .statusCode(422)
                .body("errors.row", equalTo(List.of(2, 2, 3, 3)))
                .body("errors.field", equalTo(List.of("source", "synthetic", "rate", "synthetic")))
                .body("errors[2].message", containsString("computed rate 75.00"));
        assertThat(Fixtures.returnHeads("merton", q.toString())).isZero();
    }

    @Test
    void headerProblemsAre422() {
        post(tokens.admin(), "team,quarter,indicator,numerator\nmedway,2019-20-Q1,fte-rate,1\n")
                .statusCode(422)
                .body("errors[0].field", equalTo("header"))
                .body("errors[0].message", containsString("denominator"));
        post(tokens.admin(), "team,quarter,indicator,numerator,denominator,colour\n")
                .statusCode(422)
                .body("errors[0].field", equalTo("header"))
                .body("errors[0].message", containsString("colour"));
        post(tokens.admin(), HEADER).statusCode(422).body("errors[0].field", equalTo("rows"));
        post(tokens.admin(), "").statusCode(422).body("errors[0].field", equalTo("header"));
    }

    @Test
    void brokenQuotingIs400NamingTheRow() {
        Quarter q = Fixtures.freshQuarter();
        String csv = HEADER
                + "medway," + q + ",custody-rate,1,100\n"
                + "medway,\"" + q + ",fte-rate,1,100\n"
                + "medway," + q + ",kpi-ete,1,100\n";
        post(tokens.admin(), csv)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].row", equalTo(2))
                .body("detail", containsString("data row 2"));
        post(tokens.admin(), HEADER + "medway,\"" + q + "\"x,custody-rate,1,100\n")
                .statusCode(400)
                .body("errors[0].row", equalTo(1));
        assertThat(Fixtures.returnHeads("medway", q.toString())).isZero();
    }

    @Test
    void anAuthorityLoadsOnlyItsOwnTeam() {
        Quarter q = Fixtures.freshQuarter();
        String csv = HEADER
                + "medway," + q + ",custody-rate,1,100\n"
                + "medway," + q + ",fte-rate,1,100\n"
                + "kent," + q + ",fte-rate,1,100\n"
                + "merton," + q + ",fte-rate,1,100\n";
        post(tokens.authority("medway"), csv)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("row 3 is for team 'kent'"))
                .body("team", equalTo("kent"))
                .body("row", equalTo(3));
        assertThat(Fixtures.returnHeads("medway", q.toString())).isZero();
        assertThat(Fixtures.returnHeads("kent", q.toString())).isZero();

        post(tokens.authority("medway"), HEADER + "medway," + q + ",custody-rate,1,100\n").statusCode(200).body("returns", equalTo(1));
    }

    @Test
    void analystsAndInspectorsCannotLoad() {
        Quarter q = Fixtures.freshQuarter();
        String csv = HEADER + "medway," + q + ",custody-rate,1,100\n";
        post(tokens.analyst(), csv).statusCode(403).contentType("application/problem+json");
        post(tokens.inspector(), csv).statusCode(403);
        assertThat(Fixtures.returnHeads("medway", q.toString())).isZero();
    }

    @Test
    void aBodyThatIsNotCsvIs415() {
        Quarter q = Fixtures.freshQuarter();
        given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body("{\"values\":[]}").post(BULK).then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
        given().auth().oauth2(tokens.admin()).contentType("text/plain")
                .body(HEADER + "medway," + q + ",custody-rate,1,100\n").post(BULK).then()
                .statusCode(415);
        assertThat(Fixtures.returnHeads("medway", q.toString())).isZero();
        // a charset parameter is fine
        given().auth().oauth2(tokens.admin()).contentType("text/csv; charset=UTF-8")
                .body("\uFEFF" + HEADER + "medway," + q + ",custody-rate,1,100\n").post(BULK).then()
                .statusCode(200);
    }

    @Test
    void refusesMissingAndBadTokens() {
        AuthProbe.assertRefusesBadTokens(tokens, Method.POST, BULK, "text/csv", HEADER + "medway,2019-20-Q1,custody-rate,1,100\n");
    }
}
