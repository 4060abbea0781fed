package org.yjhub.inspection.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yjhub.inspection.Fixtures.Store;
import org.yjhub.inspection.repository.InspectionEntity;
import org.yjhub.inspection.repository.InspectionVersionEntity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.yjhub.inspection.Fixtures.TOKENS;
import static org.yjhub.inspection.Fixtures.as;
import static org.yjhub.inspection.Fixtures.create;
import static org.yjhub.inspection.Fixtures.json;
import static org.yjhub.inspection.Fixtures.medwayRatings;
import static org.yjhub.inspection.Fixtures.miltonKeynesRatings;
import static org.yjhub.inspection.Fixtures.problem;

/**
 * Dates known only to the month (HMIP's Milton Keynes report is dated "August 2021", fieldwork "in May 2021"):
 * accepted as 2021-08, stored as the month's first day with MONTH precision, returned as written.
 */
@QuarkusTest
class PartialDatesTest {

    /** The service's clock (service-kit's, in yj.clock.zone): "today" as the service judges it. */
    @Inject
    Clock clock;

    private static final String PATH = "/api/v1/inspections";

    /** A youth-2018 body with the dates exactly as given (null = left out). */
    static Map<String, Object> youth(String team, String fieldworkStart, String fieldworkEnd, String publishedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("team", team);
        body.put("framework", "hmip-youth-2018");
        if (fieldworkStart != null) {
            body.put("fieldworkStart", fieldworkStart);
        }
        if (fieldworkEnd != null) {
            body.put("fieldworkEnd", fieldworkEnd);
        }
        if (publishedOn != null) {
            body.put("publishedOn", publishedOn);
        }
        body.put("ratings", miltonKeynesRatings());
        return body;
    }

    @Test
    void recordsMiltonKeynes2021DatedByMonthAndReturnsTheMonths() {
        Map<String, Object> body = youth("milton-keynes", "2021-05", "2021-05", "2021-08");
        body.put("overall", "GOOD");
        body.put("source", "HM Inspectorate of Probation, 'An inspection of youth offending services in Milton "
                + "Keynes', August 2021");

        String id = as(TOKENS.inspector()).body(json(body)).post(PATH).then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("fieldworkStart", equalTo("2021-05"))
                .body("fieldworkEnd", equalTo("2021-05"))
                .body("publishedOn", equalTo("2021-08"))
                .body("score", equalTo(23))
                .body("overall", equalTo("GOOD"))
                .extract().path("id");

        given().auth().oauth2(TOKENS.analyst()).get(PATH + "/" + id).then()
                .statusCode(200)
                .body("fieldworkStart", equalTo("2021-05"))
                .body("fieldworkEnd", equalTo("2021-05"))
                .body("publishedOn", equalTo("2021-08"));

        given().auth().oauth2(TOKENS.analyst()).queryParam("team", "milton-keynes").get(PATH).then()
                .statusCode(200)
                .body("find { it.id == '" + id + "' }.publishedOn", equalTo("2021-08"))
                .body("find { it.id == '" + id + "' }.fieldworkStart", equalTo("2021-05"))
                .body("find { it.id == '" + id + "' }.fieldworkEnd", equalTo("2021-05"));

        given().auth().oauth2(TOKENS.analyst()).get(PATH + "/" + id + "/versions").then()
                .statusCode(200)
                .body("publishedOn", contains("2021-08"))
                .body("fieldworkStart", contains("2021-05"))
                .body("fieldworkEnd", contains("2021-05"));

        // stored as the month's first day with its precision
        QuarkusTransaction.requiringNew().run(() -> {
            InspectionEntity head = InspectionEntity.findById(UUID.fromString(id));
            assertThat(head.publishedOn).isEqualTo(LocalDate.of(2021, 8, 1));
            assertThat(head.publishedPrecision).isEqualTo("MONTH");
            InspectionVersionEntity v = InspectionVersionEntity.<InspectionVersionEntity>find("inspectionId = ?1 and correction = ?2", head.id, 0).firstResult();
            assertThat(v.fieldworkStart).isEqualTo(LocalDate.of(2021, 5, 1));
            assertThat(v.fieldworkEnd).isEqualTo(LocalDate.of(2021, 5, 1));
            assertThat(v.fieldworkPrecision).isEqualTo("MONTH");
            assertThat(v.publishedOn).isEqualTo(LocalDate.of(2021, 8, 1));
            assertThat(v.publishedPrecision).isEqualTo("MONTH");
        });
    }

    @Test
    void aCorrectionToTheExactDaysKeepsTheMonthVersionAsItWas() {
        String id = create(youth("oxfordshire", "2019-01", "2019-01", "2019-04"));

        as(TOKENS.inspector()).body(json(youth("oxfordshire", "2019-01-14", "2019-01-18", "2019-04-09")))
                .put(PATH + "/" + id).then()
                .statusCode(200)
                .body("correction", equalTo(1))
                .body("fieldworkStart", equalTo("2019-01-14"))
                .body("publishedOn", equalTo("2019-04-09"));

        given().auth().oauth2(TOKENS.analyst()).get(PATH + "/" + id + "/versions").then()
                .statusCode(200)
                .body("correction", contains(0, 1))
                .body("fieldworkStart", contains("2019-01", "2019-01-14"))
                .body("fieldworkEnd", contains("2019-01", "2019-01-18"))
                .body("publishedOn", contains("2019-04", "2019-04-09"));

        // the same month again, but to the month, is a change of precision: a new version
        as(TOKENS.inspector()).body(json(youth("oxfordshire", "2019-01", "2019-01", "2019-04"))).put(PATH + "/" + id)
                .then().statusCode(200).body("correction", equalTo(2)).body("publishedOn", equalTo("2019-04"));
        // and identical content changes nothing
        as(TOKENS.inspector()).body(json(youth("oxfordshire", "2019-01", "2019-01", "2019-04"))).put(PATH + "/" + id)
                .then().statusCode(200).body("correction", equalTo(2)).header("ETag", "\"3\"");
    }

    @Test
    void fieldworkDatesAreOptionalForEveryFramework() {
        String id = create(youth("reading", null, null, "2018-11"));
        given().auth().oauth2(TOKENS.analyst()).get(PATH + "/" + id).then()
                .statusCode(200)
                .body("fieldworkStart", nullValue())
                .body("fieldworkEnd", nullValue())
                .body("publishedOn", equalTo("2018-11"))
                .body("score", equalTo(23));

        Map<String, Object> cci = new LinkedHashMap<>();
        cci.put("team", "merton");
        cci.put("framework", "hmip-cci-2009");
        cci.put("publishedOn", "2011-07");
        cci.put("ratings", Map.of("safeguarding", "SUBSTANTIAL_IMPROVEMENT", "risk-of-harm", "SUBSTANTIAL_IMPROVEMENT",
                "likelihood-of-reoffending", "MODERATE_IMPROVEMENT"));
        as(TOKENS.inspector()).body(json(cci)).post(PATH).then()
                .statusCode(201)
                .body("fieldworkStart", nullValue())
                .body("publishedOn", equalTo("2011-07"));

        as(TOKENS.inspector()).body("""
                        {"team": "buckinghamshire", "framework": "hmip-headline", "fieldworkStart": "2022-09",
                         "fieldworkEnd": "2022-09", "publishedOn": "2023-01", "overall": "GOOD"}""")
                .post(PATH).then()
                .statusCode(201)
                .body("fieldworkStart", equalTo("2022-09"))
                .body("publishedOn", equalTo("2023-01"));
    }

    @Test
    void theCurrentMonthIsNotInTheFuture() {
        String thisMonth = YearMonth.now(clock).toString();
        as(TOKENS.inspector()).body(json(youth("kent", thisMonth, thisMonth, thisMonth))).post(PATH).then()
                .statusCode(201)
                .body("publishedOn", equalTo(thisMonth));
    }

    @Test
    void oneInspectionPerTeamPublicationDateAndPrecision() {
        String month = create(youth("surrey", "2020-06", "2020-06", "2020-09"));

        refused(youth("surrey", null, null, "2020-09"), 409)
                .body("existing", equalTo(month))
                .body("detail", containsString("in 2020-09"))
                .body("detail", containsString("PUT"));

        // a report dated to the day is a different key, even on the month's first day
        String firstDay = create(youth("surrey", null, null, "2020-09-01"));
        String laterDay = create(youth("surrey", null, null, "2020-09-10"));
        refused(youth("surrey", null, null, "2020-09-01"), 409).body("existing", equalTo(firstDay))
                .body("detail", containsString("on 2020-09-01"));

        // a correction into a month another inspection of the team already has is refused too
        Store before = Store.now();
        problem(as(TOKENS.inspector()).body(json(youth("surrey", null, null, "2020-09"))).put(PATH + "/" + laterDay)
                .then(), 409).body("existing", equalTo(month));
        assertThat(Store.now()).isEqualTo(before);
    }

    // ---- every way to get it wrong: 422 naming the field, nothing stored ----

    @Test
    void malformedDatesAreRefusedNamingTheFieldAndBothForms() {
        for (String bad : List.of("2021-13", "2021-8", "August 2021", "2021-02-30", "2021-08-1")) {
            refused(youth("milton-keynes", "2021-05", "2021-05", bad), 422)
                    .body("errors.field", contains("publishedOn"))
                    .body("errors[0].message", containsString(bad))
                    .body("errors[0].message", containsString("2021-08-10"))
                    .body("errors[0].message", containsString("year-month such as 2021-08"));
        }
        refused(youth("milton-keynes", "May 2021", "2021-05", "2021-08"), 422)
                .body("errors.field", contains("fieldworkStart"))
                .body("detail", containsString("fieldworkStart"));
        refused(youth("milton-keynes", "2021-05", "2021-5", "2021-08"), 422)
                .body("errors.field", contains("fieldworkEnd"));

        Map<String, Object> number = youth("milton-keynes", "2021-05", "2021-05", null);
        number.put("publishedOn", 202108);
        refused(number, 422).body("errors.field", contains("publishedOn"));
    }

    @Test
    void fieldworkDatesOfDifferentFormsAreRefused() {
        refused(youth("milton-keynes", "2021-05", "2021-05-14", "2021-08"), 422)
                .body("errors.field", contains("fieldworkEnd"))
                .body("errors[0].message", containsString("both"));
        refused(youth("milton-keynes", "2021-05-10", "2021-05", "2021-08"), 422)
                .body("errors.field", contains("fieldworkEnd"));
    }

    @Test
    void onlyOneFieldworkDateIsRefused() {
        refused(youth("milton-keynes", "2021-05", null, "2021-08"), 422)
                .body("errors.field", contains("fieldworkEnd"))
                .body("errors[0].message", containsString("both"));
        refused(youth("milton-keynes", null, "2021-05", "2021-08"), 422)
                .body("errors.field", contains("fieldworkStart"));
    }

    @Test
    void aPublicationMonthBeforeTheFieldworkMonthIsRefused() {
        refused(youth("milton-keynes", "2021-05", "2021-05", "2021-04"), 422)
                .body("errors.field", contains("publishedOn"))
                .body("errors[0].message", containsString("by month"));
        refused(youth("milton-keynes", "2021-05-10", "2021-05-14", "2021-04"), 422)
                .body("errors.field", contains("publishedOn"));
        refused(youth("milton-keynes", "2021-06", "2021-05", "2021-08"), 422)
                .body("errors.field", contains("fieldworkEnd"));
    }

    @Test
    void aMonthAfterTheCurrentMonthIsRefused() {
        YearMonth next = YearMonth.now(clock).plusMonths(1);
        refused(youth("milton-keynes", null, null, next.toString()), 422)
                .body("errors.field", contains("publishedOn"))
                .body("errors[0].message", containsString("future"));
        refused(youth("milton-keynes", next.toString(), next.toString(), next.plusMonths(1).toString()), 422)
                .body("errors.field", contains("fieldworkStart", "fieldworkEnd", "publishedOn"));
    }

    @Test
    void publishedOnIsRequiredWhenThereAreNoFieldworkDates() {
        refused(youth("milton-keynes", null, null, null), 422)
                .body("errors.field", contains("publishedOn"))
                .body("errors[0].message", containsString("required"))
                .body("errors[0].message", containsString("fieldwork"));
        refused(youth("milton-keynes", null, null, " "), 422)
                .body("errors.field", contains("publishedOn"));
    }

    @Test
    void everyDateProblemIsListedWithTheOtherErrors() {
        Map<String, Object> body = youth("milton-keynes", "2021-05", "2021-05-14", "2021-13");
        Map<String, String> ratings = medwayRatings();
        ratings.remove("1.1");
        body.put("ratings", ratings);
        refused(body, 422).body("errors.field", containsInAnyOrder("fieldworkEnd", "publishedOn", "ratings.1.1"));
    }

    @Test
    void theDatesAreCheckedEvenWhenTheFrameworkIsUnknown() {
        Map<String, Object> body = youth("milton-keynes", "2021-05", "2021-05-14", "August 2021");
        body.put("framework", "ofsted-2015");
        refused(body, 422).body("errors.field", containsInAnyOrder("framework", "fieldworkEnd", "publishedOn"));
    }

    private static ValidatableResponse refused(Map<String, Object> body, int status) {
        Store before = Store.now();
        ValidatableResponse r = problem(as(TOKENS.inspector()).body(json(body)).post(PATH).then(), status)
                .body("instance", endsWith(PATH));
        assertThat(Store.now()).isEqualTo(before);
        return r;
    }
}
