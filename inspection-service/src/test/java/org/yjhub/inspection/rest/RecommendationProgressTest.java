package org.yjhub.inspection.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.Method;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.yjhub.inspection.Fixtures.Store;
import org.yjhub.testsupport.AuthProbe;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.yjhub.inspection.Fixtures.TOKENS;
import static org.yjhub.inspection.Fixtures.as;
import static org.yjhub.inspection.Fixtures.create;
import static org.yjhub.inspection.Fixtures.json;
import static org.yjhub.inspection.Fixtures.problem;
import static org.yjhub.inspection.Fixtures.uniquePublishedOn;
import static org.yjhub.inspection.Fixtures.youth;

/**
 * Recommendations as reports write them (Merton 2011: owned by the "YJS Manager", no addressee) and the progress
 * reported against them later (Buckinghamshire's select committee, 25 January 2024): appended, never changed.
 */
@QuarkusTest
class RecommendationProgressTest {

    /** The service's clock (service-kit's, in yj.clock.zone): "today" as the service judges it. */
    @Inject
    Clock clock;

    static final String BUCKINGHAMSHIRE_1 = "monitor the reintegration rates of YOS children into mainstream education "
            + "to make sure that children return to full-time mainstream education in every case where this is "
            + "appropriate";
    static final String PROGRESS_2_3 = "The Partnership Board now has oversight of young people open to the YOS who "
            + "are not in mainstream education.";
    static final String SOURCE = "Buckinghamshire Council, Children's and Education Select Committee, 25 January "
            + "2024, paragraph 2.3";

    /** Buckinghamshire's inspection (fieldwork September 2022); the publication day is the test's own. */
    static String buckinghamshire() {
        return create(Map.of("team", "buckinghamshire", "framework", "hmip-headline", "fieldworkStart", "2022-09",
                "fieldworkEnd", "2022-09", "publishedOn", uniquePublishedOn().toString(), "overall", "GOOD"));
    }

    static String recommendation(String inspection) {
        return as(TOKENS.inspector()).body(json(Map.of("addressee", "Buckinghamshire Youth Offending Service Board",
                        "text", BUCKINGHAMSHIRE_1))).post("/api/v1/inspections/" + inspection + "/recommendations")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> report(String reportedOn, String text, String source) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportedOn", reportedOn);
        body.put("text", text);
        if (source != null) {
            body.put("source", source);
        }
        return body;
    }

    static String progress(String recommendation) {
        return "/api/v1/recommendations/" + recommendation + "/progress";
    }

    @Test
    void mertonsRecommendationsAreOwnedByTheYjsManagerWithoutAnAddressee() {
        String id = create(youth("merton"));
        String path = "/api/v1/inspections/" + id + "/recommendations";

        String location = as(TOKENS.inspector()).body(json(Map.of("owner", "YJS Manager", "text", "a timely and good "
                        + "quality assessment and plan, using Asset, is completed when the case starts")))
                .post(path).then()
                .statusCode(201)
                .body("number", equalTo(1))
                .body("addressee", nullValue())
                .body("owner", equalTo("YJS Manager"))
                .body("progress", empty())
                .extract().header("Location");
        as(TOKENS.admin()).body(json(Map.of("addressee", "YOS", "owner", "YOS Manager", "text", "both named")))
                .post(path).then()
                .statusCode(201).body("addressee", equalTo("YOS")).body("owner", equalTo("YOS Manager"));

        given().auth().oauth2(TOKENS.analyst()).get(location).then()
                .statusCode(200).body("owner", equalTo("YJS Manager")).body("addressee", nullValue());
        given().auth().oauth2(TOKENS.analyst()).get("/api/v1/inspections/" + id).then()
                .statusCode(200)
                .body("recommendations.owner", contains("YJS Manager", "YOS Manager"))
                .body("recommendations.addressee", contains(null, "YOS"));
    }

    @Test
    void aRecommendationWithNeitherAddresseeNorOwnerIsRefusedAndNothingIsStored() {
        String id = create(youth("merton"));
        String path = "/api/v1/inspections/" + id + "/recommendations";
        Store before = Store.now();

        problem(as(TOKENS.inspector()).body(json(Map.of("text", "t"))).post(path).then(), 422)
                .body("errors.field", contains("addressee"))
                .body("errors[0].message", containsString("owner"));
        problem(as(TOKENS.inspector()).body(json(Map.of("owner", "o".repeat(201), "text", "t"))).post(path).then(), 422)
                .body("errors.field", contains("owner"));
        problem(as(TOKENS.inspector()).body(json(Map.of("owner", 5, "text", "t"))).post(path).then(), 422)
                .body("errors.field", contains("owner"));

        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void progressIsAppendedAndShownWithTheRecommendationOldestFirst() {
        String id = buckinghamshire();
        String rec = recommendation(id);
        Store before = Store.now();

        String location = as(TOKENS.authority("buckinghamshire"))
                .body(json(report("2024-01-25", PROGRESS_2_3, SOURCE))).post(progress(rec)).then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/recommendations/" + rec))
                .body("id", equalTo(rec))
                .body("addressee", equalTo("Buckinghamshire Youth Offending Service Board"))
                .body("progress", hasSize(1))
                .body("progress[0].reportedOn", equalTo("2024-01-25"))
                .body("progress[0].text", equalTo(PROGRESS_2_3))
                .body("progress[0].source", equalTo(SOURCE))
                .body("progress[0].recordedAt", notNullValue())
                .body("progress[0].recordedBy", equalTo("user-authority-buckinghamshire"))
                .extract().header("Location");
        Store after = Store.now();
        assertThat(after.recommendationProgress()).isEqualTo(before.recommendationProgress() + 1);
        assertThat(after.events()).isEqualTo(before.events() + 1);

        // an earlier report, recorded later, sorts first; no source is fine
        as(TOKENS.inspector()).body(json(report("2023-08-31", "Audit conducted in August 2023", null)))
                .post(progress(rec)).then()
                .statusCode(201)
                .body("progress.reportedOn", contains("2023-08-31", "2024-01-25"))
                .body("progress[0].source", nullValue());

        given().auth().oauth2(TOKENS.analyst()).get(location).then()
                .statusCode(200).body("progress.reportedOn", contains("2023-08-31", "2024-01-25"));
        given().auth().oauth2(TOKENS.analyst()).get("/api/v1/inspections/" + id).then()
                .statusCode(200)
                .header("ETag", "\"4\"")
                .body("recommendations[0].progress.text", contains("Audit conducted in August 2023", PROGRESS_2_3));
    }

    @Test
    void theSameReportSentAgainAppendsNothingAndPublishesNothing() {
        String id = buckinghamshire();
        String rec = recommendation(id);
        as(TOKENS.admin()).body(json(report("2024-01-25", PROGRESS_2_3, SOURCE))).post(progress(rec)).then()
                .statusCode(201);
        Store before = Store.now();

        as(TOKENS.admin()).body(json(report("2024-01-25", " " + PROGRESS_2_3 + " ", SOURCE))).post(progress(rec))
                .then().statusCode(200).body("progress", hasSize(1));
        as(TOKENS.admin()).body(json(report("2024-01-25", PROGRESS_2_3, "another source"))).post(progress(rec))
                .then().statusCode(200).body("progress", hasSize(1)).body("progress[0].source", equalTo(SOURCE));

        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void invalidProgressIsRefusedNamingTheFieldAndNothingIsStored() {
        String id = buckinghamshire();
        String rec = recommendation(id);
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();
        Store before = Store.now();

        refused(rec, Map.of()).body("errors.field", contains("reportedOn", "text"));
        refused(rec, report(tomorrow, "t", null)).body("errors.field", contains("reportedOn"))
                .body("errors[0].message", containsString("future"));
        refused(rec, report("2022-08-31", "t", null)).body("errors.field", contains("reportedOn"))
                .body("errors[0].message", containsString("fieldwork"));
        refused(rec, report("25/01/2024", "t", null)).body("errors.field", contains("reportedOn"));
        refused(rec, report("2024-01", "t", null)).body("errors.field", contains("reportedOn"));
        refused(rec, Map.of("reportedOn", 20240125, "text", "t")).body("errors.field", contains("reportedOn"));
        refused(rec, report("2024-01-25", "t".repeat(10_001), "s".repeat(501)))
                .body("errors.field", contains("text", "source"));
        refused(rec, report("2024-01-25", "t\u0000", null)).body("errors.field", contains("text"));
        problem(as(TOKENS.inspector()).body("{\"reportedOn\": ").post(progress(rec)).then(), 400);
        problem(as(TOKENS.inspector()).post(progress(rec)).then(), 400);
        problem(given().auth().oauth2(TOKENS.inspector()).contentType("text/plain").body("done").post(progress(rec))
                .then(), 415);
        problem(as(TOKENS.inspector()).body(json(report("2024-01-25", "t", null)))
                .post(progress("5f8f0a4e-9d1c-4a8e-b3f7-2c6d9e0a1b2c")).then(), 404);
        problem(as(TOKENS.inspector()).body(json(report("2024-01-25", "t", null))).post(progress("nope")).then(), 400); // not an id

        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void progressOfAnInspectionWithoutFieldworkIsNotBeforeItsPublication() {
        LocalDate published = uniquePublishedOn();
        String id = create(Map.of("team", "medway", "framework", "hmip-headline", "publishedOn", published.toString(),
                "overall", "REQUIRES_IMPROVEMENT"));
        String rec = as(TOKENS.inspector()).body(json(Map.of("addressee", "YOT", "text", "t")))
                .post("/api/v1/inspections/" + id + "/recommendations").then().statusCode(201).extract().path("id");
        Store before = Store.now();

        problem(as(TOKENS.inspector()).body(json(report(published.minusDays(1).toString(), "t", null)))
                .post(progress(rec)).then(), 422)
                .body("errors.field", contains("reportedOn"))
                .body("errors[0].message", containsString("publication"));
        assertThat(Store.now()).isEqualTo(before);

        as(TOKENS.inspector()).body(json(report(published.toString(), "t", null))).post(progress(rec)).then()
                .statusCode(201);
    }

    @Test
    void onlyTheTeamsAuthorityInspectorsAndAdminsReportProgress() {
        String id = buckinghamshire();
        String rec = recommendation(id);
        String body = json(report("2024-01-25", PROGRESS_2_3, null));
        Store before = Store.now();

        problem(as(TOKENS.authority("milton-keynes")).body(body).post(progress(rec)).then(), 403)
                .body("detail", containsString("milton-keynes"));
        problem(as(TOKENS.analyst()).body(body).post(progress(rec)).then(), 403);
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.POST, progress(rec), "application/json", body);
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, "/api/v1/recommendations/" + rec, null, null);

        assertThat(Store.now()).isEqualTo(before);
    }

    private static ValidatableResponse refused(String recommendation, Map<String, Object> body) {
        return problem(as(TOKENS.authority("buckinghamshire")).body(json(body)).post(progress(recommendation)).then(),
                422);
    }
}
