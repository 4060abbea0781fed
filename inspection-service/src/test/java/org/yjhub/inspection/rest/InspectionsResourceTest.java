package org.yjhub.inspection.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.yjhub.inspection.Fixtures.Store;
import org.yjhub.testsupport.AuthProbe;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.yjhub.inspection.Fixtures.STANDARDS;
import static org.yjhub.inspection.Fixtures.TOKENS;
import static org.yjhub.inspection.Fixtures.as;
import static org.yjhub.inspection.Fixtures.create;
import static org.yjhub.inspection.Fixtures.json;
import static org.yjhub.inspection.Fixtures.medwayRatings;
import static org.yjhub.inspection.Fixtures.miltonKeynesRatings;
import static org.yjhub.inspection.Fixtures.problem;
import static org.yjhub.inspection.Fixtures.uniquePublishedOn;
import static org.yjhub.inspection.Fixtures.youth;

@QuarkusTest
class InspectionsResourceTest {

    private static final String PATH = "/api/v1/inspections";

    @Test
    void recordsMiltonKeynes2021AsTwentyThreeGood() {
        Map<String, Object> body = youth("milton-keynes", LocalDate.of(2021, 6, 10), miltonKeynesRatings());
        body.put("overall", "GOOD");
        body.put("source", "HMIP inspection of youth offending services in Milton Keynes, 2021");

        String location = as(TOKENS.inspector()).body(json(body)).post(PATH).then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("id", notNullValue())
                .body("team", equalTo("milton-keynes"))
                .body("framework", equalTo("hmip-youth-2018"))
                .body("fieldworkStart", equalTo("2021-04-01"))
                .body("fieldworkEnd", equalTo("2021-04-05"))
                .body("publishedOn", equalTo("2021-06-10"))
                .body("ratings.'2.4'", equalTo("OUTSTANDING"))
                .body("ratings.'3.2'", equalTo("INADEQUATE"))
                .body("score", equalTo(23))
                .body("overall", equalTo("GOOD"))
                .body("pointsToNextBand", equalTo(8))
                .body("correction", equalTo(0))
                .body("version", equalTo(1))
                .body("recommendations", empty())
                .body("actions", empty())
                .body("source", containsString("Milton Keynes"))
                .body("synthetic", equalTo(false))
                .body("createdBy", equalTo("user-inspector"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(location).endsWith("/api/v1/inspections/" + id);

        given().auth().oauth2(TOKENS.analyst()).get(location).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("id", equalTo(id))
                .body("score", equalTo(23))
                .body("overall", equalTo("GOOD"))
                .body("ratings.keySet()", contains(STANDARDS.toArray()));
    }

    @Test
    void recordsMedway2020AsEighteenRequiresImprovementOnePointFromGood() {
        as(TOKENS.admin()).body(json(youth("medway", LocalDate.of(2020, 1, 15), medwayRatings())))
                .post(PATH).then()
                .statusCode(201)
                .body("score", equalTo(18))
                .body("overall", equalTo("REQUIRES_IMPROVEMENT"))
                .body("pointsToNextBand", equalTo(1));
    }

    @Test
    void recordsACoreCaseInspectionWithPercentagesAndNoOverall() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("team", "merton");
        body.put("framework", "hmip-cci-2009");
        body.put("fieldworkStart", "2011-05-09");
        body.put("fieldworkEnd", "2011-05-13");
        body.put("publishedOn", "2011-07-20");
        body.put("ratings", Map.of("safeguarding", "SUBSTANTIAL_IMPROVEMENT", "risk-of-harm", "SUBSTANTIAL_IMPROVEMENT",
                "likelihood-of-reoffending", "MODERATE_IMPROVEMENT"));
        body.put("scores", Map.of("safeguarding", 61, "likelihood-of-reoffending", 70));
        body.put("synthetic", true);

        as(TOKENS.inspector()).body(json(body)).post(PATH).then()
                .statusCode(201)
                .body("ratings.keySet()", contains("safeguarding", "risk-of-harm", "likelihood-of-reoffending"))
                .body("scores.safeguarding", equalTo(61))
                .body("scores.'likelihood-of-reoffending'", equalTo(70))
                .body("score", nullValue())
                .body("overall", nullValue())
                .body("pointsToNextBand", nullValue())
                .body("synthetic", equalTo(true));
    }

    @Test
    void recordsAHeadlineOnlyInspection() {
        as(TOKENS.inspector()).body("""
                        {"team": "buckinghamshire", "framework": "hmip-headline", "publishedOn": "2023-01-17",
                         "overall": "GOOD", "source": "Buckinghamshire Youth Justice Plan 2024"}""")
                .post(PATH).then()
                .statusCode(201)
                .body("overall", equalTo("GOOD"))
                .body("score", nullValue())
                .body("ratings.size()", equalTo(0))
                .body("fieldworkStart", nullValue());
    }

    @Test
    void listsATeamsInspectionsNewestFirst() {
        String older = create(youth("bracknell-forest", LocalDate.of(2019, 5, 1), medwayRatings()));
        String newer = create(youth("bracknell-forest", LocalDate.of(2022, 5, 1), miltonKeynesRatings()));

        given().auth().oauth2(TOKENS.authority("medway")).queryParam("team", "bracknell-forest").get(PATH).then()
                .statusCode(200)
                .body("id", contains(newer, older))
                .body("[0].score", equalTo(23))
                .body("[1].score", equalTo(18));

        given().auth().oauth2(TOKENS.analyst()).queryParam("team", "leicestershire-and-rutland").get(PATH).then()
                .statusCode(200).body("", empty());
    }

    @Test
    void listingNeedsAKnownTeam() {
        problem(given().auth().oauth2(TOKENS.analyst()).queryParam("team", "atlantis").get(PATH).then(), 404)
                .body("detail", containsString("atlantis"));
        problem(given().auth().oauth2(TOKENS.analyst()).get(PATH).then(), 400)
                .body("detail", containsString("team"));
    }

    @Test
    void anUnknownInspectionIsA404AndAnIdThatIsNotOneIsA400() {
        problem(given().auth().oauth2(TOKENS.analyst()).get(PATH + "/6d0b7b36-6a8e-4d8e-b4a3-2b1de1a5f0a1").then(), 404);
        problem(given().auth().oauth2(TOKENS.analyst()).get(PATH + "/not-a-uuid").then(), 400)
                .body("errors[0].field", equalTo("id"))
                .body("detail", containsString("must be an id"));
    }

    // ---- every way to get it wrong: status, problem body, nothing stored ----

    @Test
    void missingStandardsAreEachListed() {
        Map<String, String> ratings = miltonKeynesRatings();
        ratings.remove("1.2");
        ratings.remove("2.3");
        ratings.remove("3.4");

        refused(youth("milton-keynes", uniquePublishedOn(), ratings), 422)
                .body("type", equalTo("https://yjhub.org/problems/validation"))
                .body("errors.field", containsInAnyOrder("ratings.1.2", "ratings.2.3", "ratings.3.4"))
                .body("errors.find { it.field == 'ratings.1.2' }.message", containsString("Staff"));
    }

    @Test
    void unknownRatingValuesAndStandardsAreRejected() {
        Map<String, String> ratings = miltonKeynesRatings();
        ratings.put("1.1", "EXCELLENT");
        ratings.put("5.1", "GOOD");

        refused(youth("milton-keynes", uniquePublishedOn(), ratings), 422)
                .body("errors.field", containsInAnyOrder("ratings.1.1", "ratings.5.1"))
                .body("errors.find { it.field == 'ratings.1.1' }.message", containsString("OUTSTANDING"));
    }

    @Test
    void aSuppliedOverallThatDisagreesIsRejectedWithTheComputedOne() {
        Map<String, Object> body = youth("milton-keynes", uniquePublishedOn(), miltonKeynesRatings());
        body.put("overall", "OUTSTANDING");

        refused(body, 422)
                .body("errors.field", contains("overall"))
                .body("detail", containsString("GOOD"))
                .body("computedScore", equalTo(23))
                .body("computedOverall", equalTo("GOOD"));
    }

    @Test
    void unknownTeamAndFrameworkAreContentErrors() {
        Map<String, Object> unknownTeam = youth("atlantis");
        refused(unknownTeam, 422).body("errors.field", contains("team"));

        Map<String, Object> unknownFramework = youth("milton-keynes");
        unknownFramework.put("framework", "ofsted-2015");
        refused(unknownFramework, 422).body("errors.field", contains("framework"))
                .body("errors[0].message", containsString("hmip-youth-2018"));

        Map<String, Object> none = new LinkedHashMap<>();
        refused(none, 422).body("errors.field", containsInAnyOrder("team", "framework", "publishedOn"));
    }

    @Test
    void datesOutOfOrderOrInTheFutureAreRejected() {
        LocalDate published = uniquePublishedOn();
        Map<String, Object> reversed = youth("milton-keynes", published, miltonKeynesRatings());
        reversed.put("fieldworkStart", published.minusDays(10).toString());
        reversed.put("fieldworkEnd", published.minusDays(20).toString());
        refused(reversed, 422).body("errors.field", contains("fieldworkEnd"));

        Map<String, Object> early = youth("milton-keynes", published, miltonKeynesRatings());
        early.put("fieldworkEnd", published.plusDays(1).toString());
        refused(early, 422).body("errors.field", contains("publishedOn"));

        LocalDate future = LocalDate.now().plusDays(3);
        Map<String, Object> tomorrow = youth("milton-keynes", future, miltonKeynesRatings());
        tomorrow.put("fieldworkStart", future.minusDays(10).toString());
        tomorrow.put("fieldworkEnd", future.minusDays(5).toString());
        refused(tomorrow, 422).body("errors.field", contains("publishedOn"))
                .body("errors[0].message", containsString("future"));

        Map<String, Object> halfFieldwork = youth("milton-keynes");
        halfFieldwork.remove("publishedOn");
        halfFieldwork.remove("fieldworkStart");
        refused(halfFieldwork, 422).body("errors.field", contains("fieldworkStart"));

        Map<String, Object> noDates = youth("milton-keynes");
        noDates.remove("publishedOn");
        noDates.remove("fieldworkStart");
        noDates.remove("fieldworkEnd");
        refused(noDates, 422).body("errors.field", contains("publishedOn"));
    }

    @Test
    void wrongFormsAreRejected() {
        Map<String, Object> badDate = youth("milton-keynes");
        badDate.put("publishedOn", "10/06/2021");
        refused(badDate, 422).body("errors.field", hasItem("publishedOn"));

        Map<String, Object> cci = new LinkedHashMap<>();
        cci.put("team", "merton");
        cci.put("framework", "hmip-cci-2009");
        cci.put("fieldworkStart", "2011-05-09");
        cci.put("fieldworkEnd", "2011-05-13");
        cci.put("publishedOn", "2011-07-21");
        cci.put("ratings", Map.of("safeguarding", "MINIMUM_IMPROVEMENT", "risk-of-harm", "MINIMUM_IMPROVEMENT",
                "likelihood-of-reoffending", "MINIMUM_IMPROVEMENT"));
        cci.put("scores", Map.of("safeguarding", 60.5, "risk-of-harm", 120));
        cci.put("overall", "GOOD");
        refused(cci, 422).body("errors.field", containsInAnyOrder("scores.safeguarding", "scores.risk-of-harm", "overall"));

        Map<String, Object> headline = new LinkedHashMap<>();
        headline.put("team", "medway");
        headline.put("framework", "hmip-headline");
        headline.put("publishedOn", "2020-03-01");
        refused(headline, 422).body("errors.field", contains("overall"));

        Map<String, Object> longSource = youth("milton-keynes");
        longSource.put("source", "s".repeat(501));
        refused(longSource, 422).body("errors.field", contains("source"));
    }

    @Test
    void malformedRequestsAreRefused() {
        Store before = Store.now();
        problem(as(TOKENS.inspector()).body("{\"team\": ").post(PATH).then(), 400);
        problem(as(TOKENS.inspector()).body("").post(PATH).then(), 400);
        problem(given().auth().oauth2(TOKENS.inspector()).contentType("text/plain").body("team=medway").post(PATH).then(), 415);
        problem(as(TOKENS.inspector()).body("{\"ratings\": [1, 2]}").post(PATH).then(), 422)
                .body("errors[0].field", equalTo("ratings"));
        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void aSecondInspectionOfTheSameTeamPublishedTheSameDayIsAConflict() {
        Map<String, Object> body = youth("luton");
        String first = create(body);
        refused(body, 409).body("existing", equalTo(first)).body("detail", containsString("PUT"));
    }

    @Test
    void onlyInspectorsAndAdminsRecordInspections() {
        refusedFor(TOKENS.analyst(), youth("milton-keynes"), 403);
        refusedFor(TOKENS.authority("milton-keynes"), youth("milton-keynes"), 403);
    }

    @Test
    void refusesMissingAndBadTokens() {
        String id = create(youth("slough"));
        Store before = Store.now();
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.POST, PATH, "application/json", json(youth("slough")));
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, PATH + "?team=slough", null, null);
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, PATH + "/" + id, null, null);
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, PATH + "/" + id + "/versions", null, null);
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.PUT, PATH + "/" + id, "application/json", json(youth("slough")));
        assertThat(Store.now()).isEqualTo(before);
    }

    private static ValidatableResponse refused(Map<String, Object> body, int status) {
        return refusedFor(TOKENS.inspector(), body, status);
    }

    private static ValidatableResponse refusedFor(String token, Map<String, Object> body, int status) {
        Store before = Store.now();
        ValidatableResponse r = problem(as(token).body(json(body)).post(PATH).then(), status)
                .body("instance", endsWith(PATH));
        assertThat(Store.now()).isEqualTo(before);
        return r;
    }
}
