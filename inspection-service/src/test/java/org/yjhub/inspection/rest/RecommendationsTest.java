package org.yjhub.inspection.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import org.junit.jupiter.api.Test;
import org.yjhub.inspection.Fixtures.Store;
import org.yjhub.testsupport.AuthProbe;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.yjhub.inspection.Fixtures.TOKENS;
import static org.yjhub.inspection.Fixtures.as;
import static org.yjhub.inspection.Fixtures.create;
import static org.yjhub.inspection.Fixtures.json;
import static org.yjhub.inspection.Fixtures.problem;
import static org.yjhub.inspection.Fixtures.youth;

@QuarkusTest
class RecommendationsTest {

    @Test
    void miltonKeynesThreeRecommendationsOneToEachBody() {
        String id = create(youth("milton-keynes"));
        String path = "/api/v1/inspections/" + id + "/recommendations";

        String location = as(TOKENS.inspector()).body(json(Map.of("addressee", "YOS",
                        "text", "Improve the quality of out-of-court disposal planning"))).post(path).then()
                .statusCode(201)
                .body("id", notNullValue())
                .body("inspection", equalTo(id))
                .body("number", equalTo(1))
                .body("addressee", equalTo("YOS"))
                .extract().header("Location");
        as(TOKENS.admin()).header("If-Match", "\"2\"").body(json(Map.of("addressee", "Management Board",
                "text", "Monitor the quality of information available to staff"))).post(path).then()
                .statusCode(201).body("number", equalTo(2));
        as(TOKENS.inspector()).body(json(Map.of("addressee", "National Probation Service",
                "text", "Ensure probation officers are seconded as agreed"))).post(path).then()
                .statusCode(201).body("number", equalTo(3));

        given().auth().oauth2(TOKENS.analyst()).get(location).then()
                .statusCode(200).body("addressee", equalTo("YOS")).body("number", equalTo(1));
        given().auth().oauth2(TOKENS.analyst()).get("/api/v1/inspections/" + id).then()
                .statusCode(200)
                .header("ETag", "\"4\"")
                .body("recommendations.addressee", contains("YOS", "Management Board", "National Probation Service"))
                .body("recommendations.number", contains(1, 2, 3));
    }

    @Test
    void invalidRecommendationsAreRefusedAndNothingIsStored() {
        String id = create(youth("milton-keynes"));
        String path = "/api/v1/inspections/" + id + "/recommendations";
        Store before = Store.now();

        problem(as(TOKENS.inspector()).body("{}").post(path).then(), 422)
                .body("errors.field", containsInAnyOrder("addressee", "text"));
        problem(as(TOKENS.inspector()).body(json(Map.of("addressee", "x".repeat(201), "text", "t"))).post(path).then(), 422)
                .body("errors.field", contains("addressee"));
        problem(as(TOKENS.inspector()).body(json(Map.of("addressee", "  ", "text", "t"))).post(path).then(), 422)
                .body("errors.field", contains("addressee"));
        problem(as(TOKENS.inspector()).body("{\"addressee\": ").post(path).then(), 400);
        problem(as(TOKENS.inspector()).post(path).then(), 400);
        problem(given().auth().oauth2(TOKENS.inspector()).contentType("text/plain").body("YOS").post(path).then(), 415);
        problem(as(TOKENS.inspector()).header("If-Match", "\"7\"")
                .body(json(Map.of("addressee", "YOS", "text", "t"))).post(path).then(), 412);
        problem(as(TOKENS.inspector()).body(json(Map.of("addressee", "YOS", "text", "t")))
                .post("/api/v1/inspections/0b5a3c56-2f1e-4c4a-8f8e-6f7e1d2c3b4a/recommendations").then(), 404);
        problem(as(TOKENS.analyst()).body(json(Map.of("addressee", "YOS", "text", "t"))).post(path).then(), 403);
        problem(as(TOKENS.authority("milton-keynes")).body(json(Map.of("addressee", "YOS", "text", "t"))).post(path).then(), 403);
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.POST, path, "application/json",
                json(Map.of("addressee", "YOS", "text", "t")));

        assertThat(Store.now()).isEqualTo(before);
        problem(given().auth().oauth2(TOKENS.analyst()).get("/api/v1/recommendations/nope").then(), 400); // not an id
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, "/api/v1/recommendations/nope", null, null);
    }
}
