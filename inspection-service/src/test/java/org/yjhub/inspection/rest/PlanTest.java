package org.yjhub.inspection.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.yjhub.inspection.Fixtures.Store;
import org.yjhub.inspection.repository.PlanEntity;
import org.yjhub.testsupport.AuthProbe;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.yjhub.inspection.Fixtures.TOKENS;
import static org.yjhub.inspection.Fixtures.as;
import static org.yjhub.inspection.Fixtures.create;
import static org.yjhub.inspection.Fixtures.json;
import static org.yjhub.inspection.Fixtures.problem;
import static org.yjhub.inspection.Fixtures.youth;

/** The improvement plan's own record: title, status and due as the papers give them; every revision kept. */
@QuarkusTest
class PlanTest {

    static final String MILTON_KEYNES_SOURCE = "Milton Keynes Council, Children and Young People Scrutiny Committee, "
            + "9 September 2021 (the DRAFT Youth Offending Team Action Plan)";

    static String plan(String inspection) {
        return "/api/v1/inspections/" + inspection + "/plan";
    }

    @Test
    void miltonKeynesDraftPlanIsRecordedThenAgreedAsANewRevision() {
        String id = create(youth("milton-keynes"));
        String draft = json(Map.of("title", "Youth Offending Team Action Plan", "status", "DRAFT",
                "source", MILTON_KEYNES_SOURCE));

        as(TOKENS.authority("milton-keynes")).body(draft).put(plan(id)).then()
                .statusCode(201)
                .header("Location", endsWith(plan(id)))
                .header("ETag", "\"1\"")
                .body("inspection", equalTo(id))
                .body("revision", equalTo(1))
                .body("title", equalTo("Youth Offending Team Action Plan"))
                .body("status", equalTo("DRAFT"))
                .body("due", nullValue())
                .body("dueDate", nullValue())
                .body("source", equalTo(MILTON_KEYNES_SOURCE))
                .body("recordedAt", notNullValue())
                .body("recordedBy", equalTo("user-authority-milton-keynes"));
        given().auth().oauth2(TOKENS.analyst()).get(plan(id)).then()
                .statusCode(200).header("ETag", "\"1\"").body("status", equalTo("DRAFT"));
        given().auth().oauth2(TOKENS.analyst()).get("/api/v1/inspections/" + id).then()
                .statusCode(200).header("ETag", "\"2\"")
                .body("plan.title", equalTo("Youth Offending Team Action Plan"))
                .body("plan.revision", equalTo(1));

        as(TOKENS.inspector()).header("If-Match", "\"1\"").body(json(Map.of("title",
                        "Youth Offending Team Action Plan", "status", "AGREED"))).put(plan(id)).then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("revision", equalTo(2))
                .body("status", equalTo("AGREED"))
                .body("source", nullValue());
        given().auth().oauth2(TOKENS.analyst()).get("/api/v1/inspections/" + id).then()
                .statusCode(200).header("ETag", "\"3\"").body("plan.status", equalTo("AGREED"));
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                PlanEntity.count("inspectionId", UUID.fromString(id)))).as("every revision is kept").isEqualTo(2);
    }

    @Test
    void identicalContentKeepsTheRevisionAndPublishesNothing() {
        String id = create(youth("milton-keynes"));
        String agreed = json(Map.of("status", "AGREED", "source", "paragraph 1.5"));
        as(TOKENS.admin()).body(agreed).put(plan(id)).then().statusCode(201);
        Store before = Store.now();

        as(TOKENS.admin()).header("If-Match", "\"1\"").body(agreed).put(plan(id)).then()
                .statusCode(200).header("ETag", "\"1\"").body("revision", equalTo(1));
        as(TOKENS.admin()).body(json(Map.of("status", " AGREED ", "source", " paragraph 1.5 "))).put(plan(id)).then()
                .statusCode(200).header("ETag", "\"1\"");

        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void mertonsPlanIsInPreparationAndDueOnTheThirdOfOctober() {
        String id = create(youth("merton"));

        as(TOKENS.inspector()).body(json(Map.of("status", "IN_PREPARATION", "due", "October 3rd",
                        "dueDate", "2011-10-03"))).put(plan(id)).then()
                .statusCode(201)
                .body("title", nullValue())
                .body("status", equalTo("IN_PREPARATION"))
                .body("due", equalTo("October 3rd"))
                .body("dueDate", equalTo("2011-10-03"));
        // a due that is an ISO date is its own date
        as(TOKENS.inspector()).body(json(Map.of("status", "IN_PREPARATION", "due", "2011-10-03"))).put(plan(id)).then()
                .statusCode(200).body("due", equalTo("2011-10-03")).body("dueDate", equalTo("2011-10-03"));
    }

    @Test
    void invalidPlansAreRefusedNamingTheFieldAndNothingIsStored() {
        String id = create(youth("milton-keynes"));
        Store before = Store.now();

        refused(id, Map.of()).body("errors.field", contains("status"));
        refused(id, Map.of("status", "FINAL")).body("errors.field", contains("status"))
                .body("errors[0].message", containsString("IN_PREPARATION"));
        refused(id, Map.of("status", "draft")).body("errors.field", contains("status"));
        refused(id, Map.of("status", 1)).body("errors.field", contains("status"));
        refused(id, Map.of("status", "DRAFT", "due", "2011-10-03", "dueDate", "2011-10-04"))
                .body("errors.field", contains("dueDate"));
        refused(id, Map.of("status", "DRAFT", "dueDate", "3 October 2011")).body("errors.field", contains("dueDate"));
        refused(id, Map.of("status", "DRAFT", "due", "2011-02-30")).body("errors.field", contains("due"));
        refused(id, Map.of("status", "DRAFT", "title", "t".repeat(201), "source", "s".repeat(501)))
                .body("errors.field", contains("title", "source"));
        problem(as(TOKENS.inspector()).body("{\"status\": ").put(plan(id)).then(), 400);
        problem(as(TOKENS.inspector()).put(plan(id)).then(), 400);
        problem(given().auth().oauth2(TOKENS.inspector()).contentType("text/plain").body("DRAFT").put(plan(id)).then(),
                415);
        problem(as(TOKENS.inspector()).body(json(Map.of("status", "DRAFT")))
                .put(plan("5f8f0a4e-9d1c-4a8e-b3f7-2c6d9e0a1b2c")).then(), 404);
        // no plan yet: there is no revision for If-Match to name
        problem(as(TOKENS.inspector()).header("If-Match", "\"1\"").body(json(Map.of("status", "DRAFT")))
                .put(plan(id)).then(), 412).body("detail", containsString("does not exist yet"))
                .body("$", not(hasKey("currentRevision")));
        problem(as(TOKENS.inspector()).header("If-Match", "*").body(json(Map.of("status", "DRAFT")))
                .put(plan(id)).then(), 412);

        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void aStaleIfMatchIs412AndNothingIsStored() {
        String id = create(youth("milton-keynes"));
        as(TOKENS.inspector()).body(json(Map.of("status", "DRAFT"))).put(plan(id)).then().statusCode(201);
        as(TOKENS.inspector()).body(json(Map.of("status", "AGREED"))).put(plan(id)).then().statusCode(200);
        Store before = Store.now();

        problem(as(TOKENS.inspector()).header("If-Match", "\"1\"").body(json(Map.of("status", "DRAFT")))
                .put(plan(id)).then(), 412).body("currentRevision", equalTo(2)).body("currentETag", equalTo("\"2\""));

        assertThat(Store.now()).isEqualTo(before);
        as(TOKENS.inspector()).header("If-Match", "*").body(json(Map.of("status", "DRAFT"))).put(plan(id)).then()
                .statusCode(200).header("ETag", "\"3\"");
    }

    @Test
    void thereIsNoPlanUntilOneIsRecorded() {
        String id = create(youth("milton-keynes"));

        given().auth().oauth2(TOKENS.analyst()).get("/api/v1/inspections/" + id).then()
                .statusCode(200).body("plan", nullValue());
        problem(given().auth().oauth2(TOKENS.analyst()).get(plan(id)).then(), 404)
                .body("detail", containsString("no improvement plan"));
        problem(given().auth().oauth2(TOKENS.analyst()).get(plan("5f8f0a4e-9d1c-4a8e-b3f7-2c6d9e0a1b2c")).then(), 404)
                .body("detail", containsString("no inspection"));
        problem(given().auth().oauth2(TOKENS.analyst()).get(plan("nope")).then(), 400); // not an id: malformed, as an unparsable quarter is
    }

    @Test
    void onlyTheTeamsAuthorityInspectorsAndAdminsRecordThePlan() {
        String id = create(youth("milton-keynes"));
        String body = json(Map.of("status", "DRAFT"));
        Store before = Store.now();

        problem(as(TOKENS.authority("medway")).body(body).put(plan(id)).then(), 403)
                .body("detail", containsString("medway"));
        problem(as(TOKENS.analyst()).body(body).put(plan(id)).then(), 403);
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.PUT, plan(id), "application/json", body);
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, plan(id), null, null);

        assertThat(Store.now()).isEqualTo(before);
    }

    private static ValidatableResponse refused(String inspection, Map<String, Object> body) {
        return problem(as(TOKENS.authority("milton-keynes")).body(json(body)).put(plan(inspection)).then(), 422);
    }
}
