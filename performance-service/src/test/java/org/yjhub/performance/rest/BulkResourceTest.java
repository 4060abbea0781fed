package org.yjhub.performance.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.performance.ReturnSubmitted;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.Team;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.performance.Fixtures;
import org.yjhub.testsupport.AuthProbe;

import java.math.BigDecimal;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.yjhub.performance.Fixtures.num;

@QuarkusTest
class BulkResourceTest {

    private static final String BULK = "/api/v1/returns/bulk";
    private static final String HEADER = "team,quarter,indicator,numerator,denominator\n";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

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

    /** Every team, quarter and indicator of a year (155 × 4 × 14 rows); {@code changed} picks returns to alter. */
    private String nationalCsv(FinancialYear year, java.util.function.BiPredicate<Integer, Integer> changed) {
        StringBuilder csv = new StringBuilder(HEADER.replace("\n", ",source,synthetic\n"));
        List<Team> all = teams.all();
        for (int t = 0; t < all.size(); t++) {
            for (int n = 1; n <= 4; n++) {
                boolean change = changed.test(t, n);
                for (Indicator indicator : indicators.all()) {
                    long denominator = indicator.isPercentage() ? 40 + t % 50 : 15_000 + 97L * t;
                    long numerator = (indicator.isPercentage() ? (t + n) % 40 : (t * 7L + n) % 60) + (change ? 1 : 0);
                    csv.append(all.get(t).code()).append(',').append(year.quarter(n)).append(',').append(indicator.id()).append(',')
                            .append(numerator).append(',').append(denominator).append(",national test load,true\n");
                }
            }
        }
        return csv.toString();
    }

    @Test
    void aNationalYearLoadsAsOneRevisionAndOneEventPerReturnAndReloadingItChangesNothing() {
        int returns = teams.all().size() * 4;
        int rows = returns * indicators.all().size();
        assertThat(rows).isGreaterThanOrEqualTo(8_000);
        String csv = nationalCsv(Fixtures.NATIONAL_YEAR, (t, n) -> false);
        long eventsBefore = Fixtures.allEvents();

        post(tokens.admin(), csv)
                .statusCode(200)
                .body("returns", equalTo(returns))
                .body("values", equalTo(rows))
                .body("unchanged", equalTo(0));
        assertThat(Fixtures.revisionsIn(Fixtures.NATIONAL_YEAR)).isEqualTo(returns);
        assertThat(Fixtures.allEvents() - eventsBefore).isEqualTo(returns);

        post(tokens.admin(), csv)
                .statusCode(200)
                .body("returns", equalTo(0))
                .body("values", equalTo(0))
                .body("unchanged", equalTo(returns));
        assertThat(Fixtures.allEvents() - eventsBefore).isEqualTo(returns);
        assertThat(Fixtures.revisionsIn(Fixtures.NATIONAL_YEAR)).isEqualTo(returns);
        assertThat(Fixtures.revisions("milton-keynes", Fixtures.NATIONAL_YEAR.quarter(4).toString())).isEqualTo(1);
    }

    @Test
    void reloadingANationalYearWithSomeReturnsChangedRevisesOnlyThoseWithOneEventEach() throws Exception {
        FinancialYear year = Fixtures.RELOAD_YEAR;
        List<Team> all = teams.all();
        int returns = all.size() * 4;
        post(tokens.admin(), nationalCsv(year, (t, n) -> false)).statusCode(200).body("returns", equalTo(returns));
        long eventsBefore = Fixtures.allEvents();

        // five returns get new numbers, one loses a value, one gets another source; the other 613 are as stored
        String csv = nationalCsv(year, (t, n) -> n == 2 && t % 31 == 0)
                .replace("\n" + all.get(1).code() + "," + year.quarter(3) + ",custody-rate,", "\nskip-me,")
                .replace("\n" + all.get(2).code() + "," + year.quarter(1) + ",", "\nsource-" + all.get(2).code() + "," + year.quarter(1) + ",");
        csv = csv.lines().filter(l -> !l.startsWith("skip-me,")).map(l -> l.startsWith("source-")
                ? l.substring("source-".length()).replace(",national test load,", ",\"a \"\"revised\"\" plan, {table 3}\",")
                : l).collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        List<String> changed = new java.util.ArrayList<>();
        for (int t = 0; t < all.size(); t += 31) {
            changed.add(all.get(t).code() + "/" + year.quarter(2));
        }
        changed.add(all.get(1).code() + "/" + year.quarter(3));
        changed.add(all.get(2).code() + "/" + year.quarter(1));
        int values = changed.size() * indicators.all().size() - 1;

        post(tokens.admin(), csv)
                .statusCode(200)
                .body("returns", equalTo(changed.size()))
                .body("values", equalTo(values))
                .body("unchanged", equalTo(returns - changed.size()));

        assertThat(Fixtures.revisionsIn(year)).isEqualTo(returns + changed.size());
        assertThat(Fixtures.allEvents() - eventsBefore).isEqualTo(changed.size());
        for (String id : changed) {
            List<String> payloads = Fixtures.eventPayloads(ReturnSubmitted.AGGREGATE, id);
            assertThat(payloads).as(id).hasSize(2);
            JsonNode envelope = JSON.readTree(payloads.get(1));
            assertThat(envelope.get("version").asLong()).isEqualTo(2);
            ReturnSubmitted event = JSON.treeToValue(envelope.get("data"), ReturnSubmitted.class);
            String team = id.substring(0, id.indexOf('/'));
            String quarter = id.substring(id.indexOf('/') + 1);
            assertThat(event.revision()).isEqualTo(2);
            // the event carries the stored state: the same values, full-precision rates and provenance as a GET
            var stored = given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/" + team + "/returns/" + quarter).then()
                    .statusCode(200).header("ETag", "\"2\"").extract().jsonPath();
            assertThat(event.values()).hasSize(stored.getList("values").size());
            for (int i = 0; i < event.values().size(); i++) {
                ReturnSubmitted.Value v = event.values().get(i);
                assertThat(v.indicator()).isEqualTo(stored.getString("values[" + i + "].indicator"));
                assertThat(v.numerator()).isEqualByComparingTo(stored.getString("values[" + i + "].numerator"));
                assertThat(v.denominator()).isEqualByComparingTo(stored.getString("values[" + i + "].denominator"));
                assertThat(v.rate()).isEqualByComparingTo(stored.getString("values[" + i + "].rateExact"));
            }
            assertThat(event.source()).isEqualTo(stored.getString("source"));
            assertThat(event.synthetic()).isTrue();
            assertThat(event.submittedBy()).isEqualTo("user-admin");
        }
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/" + all.get(2).code() + "/returns/" + year.quarter(1)).then()
                .statusCode(200)
                .body("source", equalTo("a \"revised\" plan, {table 3}"));
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/" + all.get(1).code() + "/returns/" + year.quarter(3)).then()
                .statusCode(200)
                .body("values", hasSize(indicators.all().size() - 1))
                .body("values.indicator", not(hasItem("custody-rate")));
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/" + all.get(0).code() + "/returns/" + year.quarter(2) + "/revisions")
                .then()
                .statusCode(200)
                .body("revision", equalTo(List.of(1, 2)))
                .body("values[1].numerator[0]", Fixtures.num("3"));
        String untouched = all.get(3).code() + "/" + year.quarter(4);
        assertThat(Fixtures.eventPayloads(ReturnSubmitted.AGGREGATE, untouched)).hasSize(1);
        assertThat(Fixtures.revisions(all.get(3).code(), year.quarter(4).toString())).isEqualTo(1);
    }

    @Test
    void valuesAndTextAreStoredExactlyAsSentSoTheSameContentByPutIsUnchanged() {
        Quarter q = Fixtures.freshQuarter();
        String source = "He said \"NULL\", {a,b} \\ back\\slash – Ynys Môn";
        String quoted = "\"" + source.replace("\"", "\"\"") + "\"";
        String csv = "team,quarter,indicator,numerator,denominator,source,synthetic\n"
                + "merton," + q + ",reoffending-frequency,112.500000,61.000001," + quoted + ",false\n"
                + "merton," + q + ",custody-rate,0.000001,1000000000000," + quoted + ",false\n"
                + "kent," + q + ",custody-rate,0,7,NULL,true\n";
        given().auth().oauth2(tokens.admin()).contentType("text/csv; charset=UTF-8").body(csv).post(BULK).then()
                .statusCode(200).body("returns", equalTo(2)).body("values", equalTo(3));

        Indicator frequency = indicators.find("reoffending-frequency").orElseThrow();
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/merton/returns/" + q).then()
                .statusCode(200)
                .body("source", equalTo(source))
                .body("values.indicator", equalTo(List.of("reoffending-frequency", "custody-rate")))
                .body("values[0].numerator", num("112.5"))
                .body("values[0].denominator", num("61.000001"))
                .body("values[0].rateExact", num(frequency.rate(new BigDecimal("112.5"), new BigDecimal("61.000001")).toPlainString()))
                .body("values[1].numerator", num("0.000001"))
                .body("values[1].denominator", num("1000000000000"));
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/kent/returns/" + q).then()
                .statusCode(200)
                .body("source", equalTo("NULL"))
                .body("synthetic", equalTo(true))
                .body("values[0].numerator", num("0"));

        // the same content as JSON (other scale, other order) is what the bulk load stored: unchanged
        given().auth().oauth2(tokens.admin()).contentType("application/json; charset=UTF-8").body("{\"values\":["
                        + "{\"indicator\":\"custody-rate\",\"numerator\":0.0000010,\"denominator\":1E12},"
                        + "{\"indicator\":\"reoffending-frequency\",\"numerator\":112.5,\"denominator\":61.000001}],"
                        + "\"source\":" + JSON.valueToTree(source) + ",\"synthetic\":false}")
                .put("/api/v1/teams/merton/returns/" + q).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("revision", equalTo(1));
        assertThat(Fixtures.revisions("merton", q.toString())).isEqualTo(1);

        // a PUT, a bulk load and a PUT again: one history, one revision each
        given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body("{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":1,\"denominator\":7}],\"synthetic\":true}")
                .put("/api/v1/teams/kent/returns/" + q).then().statusCode(200).header("ETag", "\"2\"");
        post(tokens.authority("kent"), HEADER + "kent," + q + ",custody-rate,2,7\n").statusCode(200).body("returns", equalTo(1));
        given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body("{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":3,\"denominator\":7}]}")
                .put("/api/v1/teams/kent/returns/" + q).then().statusCode(200).header("ETag", "\"4\"");
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/kent/returns/" + q + "/revisions").then()
                .statusCode(200)
                .body("revision", equalTo(List.of(1, 2, 3, 4)))
                .body("submittedBy", equalTo(List.of("user-admin", "user-admin", "user-authority-kent", "user-admin")))
                .body("values.numerator.flatten()", contains(num("0"), num("1"), num("2"), num("3")));
        assertThat(Fixtures.events(ReturnSubmitted.AGGREGATE, ReturnSubmitted.aggregateId("kent", q.toString()))).isEqualTo(4);
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
    void digitsOfOtherScriptsAreNotNumbers() {
        Quarter q = Fixtures.freshQuarter();
        long revisionsBefore = Fixtures.allRevisions();
        String csv = HEADER
                + "medway," + q + ",custody-rate,\u0661\u0662,26667\n"          // Arabic-Indic twelve
                + "medway," + q + ",fte-rate,5,\uff11\uff10\uff10\n";          // full-width one hundred
        post(tokens.admin(), csv)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.row", equalTo(List.of(1, 2)))
                .body("errors.field", equalTo(List.of("numerator", "denominator")))
                .body("errors[0].message", containsString("not a number"));
        assertThat(Fixtures.allRevisions()).isEqualTo(revisionsBefore);
        assertThat(Fixtures.returnHeads("medway", q.toString())).isZero();
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
