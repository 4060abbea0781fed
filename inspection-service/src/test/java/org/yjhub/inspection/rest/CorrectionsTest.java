package org.yjhub.inspection.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.yjhub.inspection.Fixtures.Store;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.yjhub.inspection.Fixtures.TOKENS;
import static org.yjhub.inspection.Fixtures.as;
import static org.yjhub.inspection.Fixtures.create;
import static org.yjhub.inspection.Fixtures.createRecommendation;
import static org.yjhub.inspection.Fixtures.json;
import static org.yjhub.inspection.Fixtures.medwayRatings;
import static org.yjhub.inspection.Fixtures.problem;
import static org.yjhub.inspection.Fixtures.uniquePublishedOn;
import static org.yjhub.inspection.Fixtures.youth;

/** Corrections make a new version; the earlier ones stay listable; nothing is silently edited. */
@QuarkusTest
class CorrectionsTest {

    private static final String PATH = "/api/v1/inspections/";

    @Test
    void aCorrectionIsANewVersionAndTheOldOneIsKept() {
        LocalDate published = uniquePublishedOn();
        Map<String, Object> original = youth("medway", published, medwayRatings());
        String id = create(original);
        createRecommendation(id, "YOS");

        Map<String, String> corrected = medwayRatings();
        corrected.put("3.4", "GOOD"); // was Inadequate: 18 → 20, Good
        Map<String, Object> body = youth("medway", published, corrected);
        body.put("source", "HMIP report, corrected table");

        as(TOKENS.inspector()).header("If-Match", "\"2\"").body(json(body)).put(PATH + id).then()
                .statusCode(200)
                .header("ETag", "\"3\"")
                .body("correction", equalTo(1))
                .body("version", equalTo(3))
                .body("score", equalTo(20))
                .body("overall", equalTo("GOOD"))
                .body("pointsToNextBand", equalTo(11))
                .body("source", equalTo("HMIP report, corrected table"))
                .body("recommendations", hasSize(1));

        given().auth().oauth2(TOKENS.analyst()).get(PATH + id).then()
                .statusCode(200).header("ETag", "\"3\"").body("score", equalTo(20)).body("correction", equalTo(1));

        given().auth().oauth2(TOKENS.analyst()).get(PATH + id + "/versions").then()
                .statusCode(200)
                .body("correction", contains(0, 1))
                .body("score", contains(18, 20))
                .body("overall", contains("REQUIRES_IMPROVEMENT", "GOOD"))
                .body("ratings.'3.4'", contains("INADEQUATE", "GOOD"))
                .body("recordedBy", contains("user-inspector", "user-inspector"))
                .body("id", contains(id, id));
    }

    @Test
    void aHeadlineRecordCanBeCorrectedToTheFullRatingsWhenTheyComeToHand() {
        LocalDate published = uniquePublishedOn();
        String id = create(Map.of("team", "medway", "framework", "hmip-headline", "publishedOn", published.toString(),
                "overall", "REQUIRES_IMPROVEMENT"));

        as(TOKENS.inspector()).body(json(youth("medway", published, medwayRatings()))).put(PATH + id).then()
                .statusCode(200)
                .body("framework", equalTo("hmip-youth-2018"))
                .body("correction", equalTo(1))
                .body("score", equalTo(18))
                .body("overall", equalTo("REQUIRES_IMPROVEMENT"))
                .body("pointsToNextBand", equalTo(1));

        given().auth().oauth2(TOKENS.analyst()).get(PATH + id + "/versions").then()
                .body("framework", contains("hmip-headline", "hmip-youth-2018"))
                .body("score", contains(null, 18));
    }

    @Test
    void identicalContentMakesNoNewVersion() {
        Map<String, Object> body = youth("medway");
        String id = create(body);
        Store before = Store.now();

        as(TOKENS.admin()).body(json(body)).put(PATH + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("correction", equalTo(0));

        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void aStaleIfMatchIsRefused() {
        Map<String, Object> body = youth("medway");
        String id = create(body);
        createRecommendation(id, "YOS"); // version 2
        body.put("ratings", medwayRatings());
        Store before = Store.now();

        problem(as(TOKENS.inspector()).header("If-Match", "\"1\"").body(json(body)).put(PATH + id).then(), 412)
                .body("currentRevision", equalTo(2)).body("currentETag", equalTo("\"2\""));
        // If-Match compares strongly: a weak tag never matches, even one naming the current version
        problem(as(TOKENS.inspector()).header("If-Match", "W/\"2\"").body(json(body)).put(PATH + id).then(), 412)
                .body("currentRevision", equalTo(2)).body("currentETag", equalTo("\"2\""));

        assertThat(Store.now()).isEqualTo(before);
        as(TOKENS.inspector()).header("If-Match", "\"2\"").body(json(body)).put(PATH + id).then().statusCode(200)
                .header("ETag", "\"3\"").body("correction", equalTo(1));
    }

    @Test
    void aCorrectionFollowsTheSameRules() {
        LocalDate published = uniquePublishedOn();
        String id = create(youth("medway", published, medwayRatings()));
        Store before = Store.now();

        Map<String, Object> disagrees = youth("medway", published, medwayRatings());
        disagrees.put("overall", "GOOD");
        problem(as(TOKENS.inspector()).body(json(disagrees)).put(PATH + id).then(), 422)
                .body("computedScore", equalTo(18)).body("computedOverall", equalTo("REQUIRES_IMPROVEMENT"));

        Map<String, String> missing = medwayRatings();
        missing.remove("2.2");
        problem(as(TOKENS.inspector()).body(json(youth("medway", published, missing))).put(PATH + id).then(), 422)
                .body("errors.field", contains("ratings.2.2"));

        problem(as(TOKENS.inspector()).body(json(youth("swindon", published, medwayRatings()))).put(PATH + id).then(), 422)
                .body("errors.field", contains("team"))
                .body("errors[0].message", containsString("cannot be corrected"));

        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void aCorrectedPublicationDateMustNotCollideWithAnotherInspection() {
        LocalDate first = uniquePublishedOn();
        String other = create(youth("wokingham", first, medwayRatings()));
        String id = create(youth("wokingham", uniquePublishedOn(), medwayRatings()));
        Store before = Store.now();

        problem(as(TOKENS.inspector()).body(json(youth("wokingham", first, medwayRatings()))).put(PATH + id).then(), 409)
                .body("existing", equalTo(other));

        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void correctionsNeedAnInspectorOrAdminAndAnExistingInspection() {
        Map<String, Object> body = youth("medway");
        String id = create(body);
        Store before = Store.now();

        problem(as(TOKENS.analyst()).body(json(body)).put(PATH + id).then(), 403);
        problem(as(TOKENS.authority("medway")).body(json(body)).put(PATH + id).then(), 403);
        problem(as(TOKENS.inspector()).body(json(body)).put(PATH + "8d9c1e9e-0b1a-4f7e-9a37-0d6a4f3b2c10").then(), 404);
        problem(given().auth().oauth2(TOKENS.analyst()).get(PATH + "8d9c1e9e-0b1a-4f7e-9a37-0d6a4f3b2c10/versions").then(), 404);
        problem(as(TOKENS.inspector()).body("{").put(PATH + id).then(), 400);
        problem(given().auth().oauth2(TOKENS.inspector()).contentType("application/xml").body("<a/>").put(PATH + id).then(), 415);

        assertThat(Store.now()).isEqualTo(before);
    }
}
