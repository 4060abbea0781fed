package org.yjhub.inspection.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.yjhub.inspection.Fixtures.Store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.yjhub.inspection.Fixtures.TOKENS;
import static org.yjhub.inspection.Fixtures.as;
import static org.yjhub.inspection.Fixtures.create;
import static org.yjhub.inspection.Fixtures.createAction;
import static org.yjhub.inspection.Fixtures.createRecommendation;
import static org.yjhub.inspection.Fixtures.json;
import static org.yjhub.inspection.Fixtures.problem;
import static org.yjhub.inspection.Fixtures.youth;

/**
 * The kit's revision lifecycle on every revisioned resource of the service: If-Match and If-None-Match parsed once
 * (malformed: 400), If-Match compared strongly (stale or weak: 412 naming the current revision), If-None-Match weakly
 * (304 on a read).
 */
@QuarkusTest
class ConditionalRequestsTest {

    private static final String INSPECTIONS = "/api/v1/inspections/";

    /** An inspection at version 4 (created, a recommendation, an action at revision 1, a plan at revision 1). */
    private record Fixture(String inspection, Map<String, Object> body, String action) {
    }

    private static Fixture fixture() {
        Map<String, Object> body = youth("milton-keynes");
        String id = create(body);
        createRecommendation(id, "YOS");
        String action = createAction(id, "AMBER");
        as(TOKENS.inspector()).body(json(Map.of("status", "DRAFT"))).put(INSPECTIONS + id + "/plan").then()
                .statusCode(201).header("ETag", "\"1\"");
        return new Fixture(id, body, action);
    }

    private static Map<String, Object> newAction() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("text", "Review the protocol");
        a.put("owner", "YOT Manager");
        a.put("due", "2021-09-30");
        return a;
    }

    /** Every write guarded by If-Match, sent with the given header value. */
    private static Map<String, Function<String, ValidatableResponse>> writes(Fixture f) {
        Map<String, Object> corrected = new LinkedHashMap<>(f.body());
        corrected.put("source", "corrected");
        Map<String, Function<String, ValidatableResponse>> w = new LinkedHashMap<>();
        w.put("correctInspection", h -> ifMatch(h).body(json(corrected)).put(INSPECTIONS + f.inspection()).then());
        w.put("addRecommendation", h -> ifMatch(h).body(json(Map.of("addressee", "YOS", "text", "t")))
                .post(INSPECTIONS + f.inspection() + "/recommendations").then());
        w.put("addAction", h -> ifMatch(h).body(json(newAction())).post(INSPECTIONS + f.inspection() + "/actions").then());
        w.put("recordActionProgress", h -> ifMatch(h).body("{\"status\": \"RED\"}").patch("/api/v1/actions/" + f.action())
                .then());
        w.put("putPlan", h -> ifMatch(h).body(json(Map.of("status", "AGREED"))).put(INSPECTIONS + f.inspection() + "/plan")
                .then());
        return w;
    }

    private static RequestSpecification ifMatch(String value) {
        return as(TOKENS.inspector()).header("If-Match", value);
    }

    /** Each GET of a revisioned resource and its current ETag in the fixture. */
    private static Map<String, String> reads(Fixture f) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put(INSPECTIONS + f.inspection(), "4");
        r.put(INSPECTIONS + f.inspection() + "/versions", "4");
        r.put(INSPECTIONS + f.inspection() + "/plan", "1");
        r.put("/api/v1/actions/" + f.action(), "1");
        return r;
    }

    /** The current revision each write's If-Match is compared with. */
    private static long current(String operation) {
        return switch (operation) {
            case "recordActionProgress", "putPlan" -> 1;
            default -> 4; // the inspection's version
        };
    }

    @Test
    void aMalformedIfMatchIs400AndNothingIsStored() {
        Fixture f = fixture();
        Store before = Store.now();

        writes(f).forEach((operation, write) -> {
            for (String malformed : new String[] {"4", "1", "W/1", "\"4", "\"4\" \"5\"", "four"}) {
                problem(write.apply(malformed), 400).body("detail", containsString("If-Match"))
                        .body("detail", containsString("malformed"));
            }
        });
        problem(as(TOKENS.inspector()).header("If-None-Match", "1").body(json(Map.of("status", "AGREED")))
                .put(INSPECTIONS + f.inspection() + "/plan").then(), 400).body("detail", containsString("If-None-Match"));

        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void aWeakTagInIfMatchIs412EvenForTheCurrentRevision() {
        Fixture f = fixture();
        Store before = Store.now();

        writes(f).forEach((operation, write) -> {
            long current = current(operation);
            problem(write.apply("W/\"" + current + "\""), 412)
                    .body("currentRevision", equalTo((int) current))
                    .body("currentETag", equalTo("\"" + current + "\""));
        });

        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void aStaleIfMatchIs412NamingTheCurrentRevision() {
        Fixture f = fixture();
        Store before = Store.now();

        writes(f).forEach((operation, write) -> {
            long current = current(operation);
            problem(write.apply("\"" + (current + 1) + "\", \"" + (current + 7) + "\""), 412)
                    .body("detail", containsString("does not hold"))
                    .body("detail", containsString("Nothing was stored"))
                    .body("currentRevision", equalTo((int) current))
                    .body("currentETag", equalTo("\"" + current + "\""));
        });

        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void theCurrentStrongTagOrStarPasses() {
        Fixture f = fixture();
        // the inspection is at 4: correct it with a list naming it, then add a recommendation with *
        Map<String, Object> corrected = new LinkedHashMap<>(f.body());
        corrected.put("source", "corrected");
        ifMatch("\"9\", \"4\"").body(json(corrected)).put(INSPECTIONS + f.inspection()).then().statusCode(200)
                .header("ETag", "\"5\"");
        ifMatch("*").body(json(Map.of("addressee", "YOS", "text", "t")))
                .post(INSPECTIONS + f.inspection() + "/recommendations").then().statusCode(201);
        ifMatch("\"1\"").body("{\"status\": \"RED\"}").patch("/api/v1/actions/" + f.action()).then().statusCode(200)
                .header("ETag", "\"2\"");
        ifMatch("\"1\"").body(json(Map.of("status", "AGREED"))).put(INSPECTIONS + f.inspection() + "/plan").then()
                .statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void unchangedContentWithTheCurrentTagMakesNoRevisionAndNoEvent() {
        Fixture f = fixture();
        Store before = Store.now();

        ifMatch("\"4\"").body(json(f.body())).put(INSPECTIONS + f.inspection()).then().statusCode(200)
                .header("ETag", "\"4\"");
        ifMatch("\"1\"").body(json(Map.of("status", "DRAFT"))).put(INSPECTIONS + f.inspection() + "/plan").then()
                .statusCode(200).header("ETag", "\"1\"");
        ifMatch("\"1\"").body("{\"status\": \"AMBER\"}").patch("/api/v1/actions/" + f.action()).then().statusCode(200)
                .header("ETag", "\"1\"");

        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void ifNoneMatchNamingTheCurrentTagIs304OnEveryRead_strongOrWeak() {
        Fixture f = fixture();
        reads(f).forEach((path, etag) -> {
            for (String tag : new String[] {"\"" + etag + "\"", "W/\"" + etag + "\"", "\"99\", W/\"" + etag + "\"", "*"}) {
                given().auth().oauth2(TOKENS.analyst()).header("If-None-Match", tag).get(path).then()
                        .statusCode(304).header("ETag", "\"" + etag + "\"").body(emptyString());
            }
            given().auth().oauth2(TOKENS.analyst()).header("If-None-Match", "\"99\"").get(path).then()
                    .statusCode(200).header("ETag", "\"" + etag + "\"");
            given().auth().oauth2(TOKENS.analyst()).get(path).then()
                    .statusCode(200).header("ETag", "\"" + etag + "\"");
            problem(given().auth().oauth2(TOKENS.analyst()).header("If-None-Match", etag).get(path).then(), 400)
                    .body("detail", containsString("If-None-Match"));
        });
    }

    @Test
    void aChangeEndsThe304() {
        Fixture f = fixture();
        String path = INSPECTIONS + f.inspection();
        given().auth().oauth2(TOKENS.analyst()).header("If-None-Match", "\"4\"").get(path).then().statusCode(304);

        createRecommendation(f.inspection(), "Management Board");

        given().auth().oauth2(TOKENS.analyst()).header("If-None-Match", "\"4\"").get(path).then().statusCode(200)
                .header("ETag", "\"5\"");
        given().auth().oauth2(TOKENS.analyst()).header("If-None-Match", "\"4\"").get(path + "/versions").then()
                .statusCode(200).header("ETag", "\"5\"");
    }

    @Test
    void ifNoneMatchStarRecordsOnlyTheFirstPlan() {
        String id = create(youth("milton-keynes"));
        String plan = INSPECTIONS + id + "/plan";

        as(TOKENS.inspector()).header("If-None-Match", "*").body(json(Map.of("status", "DRAFT"))).put(plan).then()
                .statusCode(201).header("ETag", "\"1\"");
        Store before = Store.now();
        problem(as(TOKENS.inspector()).header("If-None-Match", "*").body(json(Map.of("status", "AGREED"))).put(plan)
                .then(), 412).body("currentRevision", equalTo(1)).body("currentETag", equalTo("\"1\""));
        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void anIfMatchBeforeTheFirstPlanIs412WithoutACurrentRevision() {
        String id = create(youth("milton-keynes"));
        Store before = Store.now();

        problem(ifMatch("W/\"1\"").body(json(Map.of("status", "DRAFT"))).put(INSPECTIONS + id + "/plan").then(), 412)
                .body("detail", containsString("does not exist yet")).body("$", not(hasKey("currentRevision")));

        assertThat(Store.now()).isEqualTo(before);
    }
}
