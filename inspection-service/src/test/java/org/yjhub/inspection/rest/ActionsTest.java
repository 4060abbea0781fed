package org.yjhub.inspection.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import org.junit.jupiter.api.Test;
import org.yjhub.inspection.Fixtures.Store;
import org.yjhub.testsupport.AuthProbe;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.yjhub.inspection.Fixtures.TOKENS;
import static org.yjhub.inspection.Fixtures.as;
import static org.yjhub.inspection.Fixtures.create;
import static org.yjhub.inspection.Fixtures.createAction;
import static org.yjhub.inspection.Fixtures.createRecommendation;
import static org.yjhub.inspection.Fixtures.json;
import static org.yjhub.inspection.Fixtures.problem;
import static org.yjhub.inspection.Fixtures.youth;

/** Improvement-plan actions: written by the team's own authority (or an inspector/admin); progress is appended. */
@QuarkusTest
class ActionsTest {

    private static Map<String, Object> action(String recommendation, String due, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (recommendation != null) {
            body.put("recommendation", recommendation);
        }
        body.put("reference", "A");
        body.put("text", "Review the out-of-court disposal protocol with partners");
        body.put("owner", "YOT Manager");
        body.put("due", due);
        if (status != null) {
            body.put("status", status);
        }
        body.put("progress", "Draft circulated");
        return body;
    }

    private static String actions(String inspection) {
        return "/api/v1/inspections/" + inspection + "/actions";
    }

    @Test
    void theTeamsAuthorityAddsAnActionLinkedToARecommendation_yellowIsStoredAsAmber() {
        String id = create(youth("milton-keynes"));
        String rec = createRecommendation(id, "Management Board");

        String location = as(TOKENS.authority("milton-keynes"))
                .body(json(action(rec, "July Strategic Board Agenda Item", "YELLOW"))).post(actions(id)).then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("id", notNullValue())
                .body("inspection", equalTo(id))
                .body("team", equalTo("milton-keynes"))
                .body("number", equalTo(1))
                .body("recommendation", equalTo(rec))
                .body("reference", equalTo("A"))
                .body("owner", equalTo("YOT Manager"))
                .body("due", equalTo("July Strategic Board Agenda Item"))
                .body("dueDate", nullValue())
                .body("status", equalTo("AMBER"))
                .body("progress", equalTo("Draft circulated"))
                .body("open", equalTo(true))
                .body("revision", equalTo(1))
                .body("createdBy", equalTo("user-authority-milton-keynes"))
                .body("history", hasSize(1))
                .body("history[0].status", equalTo("AMBER"))
                .body("history[0].submittedStatus", equalTo("YELLOW"))
                .body("history[0].by", equalTo("user-authority-milton-keynes"))
                .extract().header("Location");

        given().auth().oauth2(TOKENS.analyst()).get(location).then()
                .statusCode(200).header("ETag", "\"1\"").body("status", equalTo("AMBER"));
        given().auth().oauth2(TOKENS.analyst()).get("/api/v1/inspections/" + id).then()
                .statusCode(200)
                .header("ETag", "\"3\"")
                .body("actions", hasSize(1))
                .body("actions[0].recommendation", equalTo(rec))
                .body("actions[0].status", equalTo("AMBER"));
    }

    @Test
    void inspectorsAndAdminsMayAddActions_aDateDueIsAlsoADate_noStatusIsNotRated() {
        String id = create(youth("medway"));

        as(TOKENS.inspector()).body(json(action(null, "2021-09-30", "GREEN"))).post(actions(id)).then()
                .statusCode(201)
                .body("due", equalTo("2021-09-30"))
                .body("dueDate", equalTo("2021-09-30"))
                .body("status", equalTo("GREEN"))
                .body("recommendation", nullValue())
                .body("history[0].submittedStatus", nullValue());
        Map<String, Object> second = action(null, "September", null);
        second.put("reference", "B"); // references are unique within an inspection
        as(TOKENS.admin()).body(json(second)).post(actions(id)).then()
                .statusCode(201)
                .body("number", equalTo(2))
                .body("status", nullValue())
                .body("open", equalTo(true));
    }

    @Test
    void progressIsAppendedToTheHistoryAndNothingIsOverwritten() {
        String id = create(youth("milton-keynes"));
        String actionId = createAction(id, "YELLOW");
        String path = "/api/v1/actions/" + actionId;

        as(TOKENS.authority("milton-keynes")).header("If-Match", "\"1\"")
                .body("{\"progress\": \"Protocol agreed by the board in July\", \"status\": \"COMPLETE\"}")
                .patch(path).then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("COMPLETE"))
                .body("progress", equalTo("Protocol agreed by the board in July"))
                .body("open", equalTo(false))
                .body("revision", equalTo(2))
                .body("history.revision", contains(1, 2))
                .body("history.status", contains("AMBER", "COMPLETE"))
                .body("history.submittedStatus", contains("YELLOW", null))
                .body("history.progress", contains(null, "Protocol agreed by the board in July"))
                .body("history.by", contains("user-inspector", "user-authority-milton-keynes"));

        // status only: progress stays; the alias is recorded
        as(TOKENS.inspector()).body("{\"status\": \"YELLOW\"}").patch(path).then()
                .statusCode(200)
                .body("status", equalTo("AMBER"))
                .body("progress", equalTo("Protocol agreed by the board in July"))
                .body("history", hasSize(3))
                .body("history[2].submittedStatus", equalTo("YELLOW"));

        // empty status: back to not rated
        as(TOKENS.admin()).body("{\"status\": \"\"}").patch(path).then()
                .statusCode(200).body("status", nullValue()).body("revision", equalTo(4));

        given().auth().oauth2(TOKENS.analyst()).get(path).then()
                .statusCode(200).header("ETag", "\"4\"").body("history", hasSize(4))
                .body("history.status", contains("AMBER", "COMPLETE", "AMBER", null));
        given().auth().oauth2(TOKENS.analyst()).get("/api/v1/inspections/" + id).then()
                .header("ETag", "\"5\"").body("actions[0].revision", equalTo(4));
    }

    @Test
    void anUpdateThatChangesNothingAppendsNothing() {
        String id = create(youth("milton-keynes"));
        String actionId = createAction(id, "GREEN");
        Store before = Store.now();

        as(TOKENS.inspector()).body("{\"status\": \"GREEN\"}").patch("/api/v1/actions/" + actionId).then()
                .statusCode(200).header("ETag", "\"1\"").body("history", hasSize(1));

        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void invalidActionsAreRefusedAndNothingIsStored() {
        String id = create(youth("milton-keynes"));
        String otherInspection = create(youth("milton-keynes"));
        String foreignRecommendation = createRecommendation(otherInspection, "YOS");
        Store before = Store.now();

        problem(as(TOKENS.inspector()).body("{}").post(actions(id)).then(), 422)
                .body("errors.field", containsInAnyOrder("text", "owners", "due"));
        problem(as(TOKENS.inspector()).body(json(action(null, "2021-09-30", "PURPLE"))).post(actions(id)).then(), 422)
                .body("errors.field", contains("status"))
                .body("errors[0].message", containsString("YELLOW"));
        problem(as(TOKENS.inspector()).body(json(action(null, "2021-02-30", "GREEN"))).post(actions(id)).then(), 422)
                .body("errors.field", contains("due"));
        problem(as(TOKENS.inspector()).body(json(action(foreignRecommendation, "2021-09-30", "GREEN"))).post(actions(id)).then(), 422)
                .body("errors.field", contains("recommendation"));
        problem(as(TOKENS.inspector()).body(json(action("not-an-id", "2021-09-30", "GREEN"))).post(actions(id)).then(), 422)
                .body("errors.field", contains("recommendation"));
        problem(as(TOKENS.inspector()).body("{\"text\": [\"a\"]}").post(actions(id)).then(), 422)
                .body("errors.field", contains("text"));
        problem(as(TOKENS.inspector()).body("{\"text\": ").post(actions(id)).then(), 400);
        problem(as(TOKENS.inspector()).post(actions(id)).then(), 400);
        problem(given().auth().oauth2(TOKENS.inspector()).contentType("text/csv").body("a,b").post(actions(id)).then(), 415);
        problem(as(TOKENS.inspector()).header("If-Match", "\"9\"").body(json(action(null, "2021-09-30", "GREEN")))
                .post(actions(id)).then(), 412);
        problem(as(TOKENS.inspector()).body(json(action(null, "2021-09-30", "GREEN")))
                .post(actions("5f8f0a4e-9d1c-4a8e-b3f7-2c6d9e0a1b2c")).then(), 404);

        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void anotherTeamsAuthorityAndAnalystsMayNotWriteActions() {
        String id = create(youth("milton-keynes"));
        String actionId = createAction(id, "GREEN");
        Store before = Store.now();

        problem(as(TOKENS.authority("medway")).body(json(action(null, "2021-09-30", "GREEN"))).post(actions(id)).then(), 403)
                .body("detail", containsString("medway"));
        problem(as(TOKENS.analyst()).body(json(action(null, "2021-09-30", "GREEN"))).post(actions(id)).then(), 403);
        problem(as(TOKENS.analyst()).body(json(action(null, "2021-09-30", "GREEN")))
                .post(actions("5f8f0a4e-9d1c-4a8e-b3f7-2c6d9e0a1b2c")).then(), 403);
        problem(as(TOKENS.authority("medway")).body("{\"status\": \"RED\"}").patch("/api/v1/actions/" + actionId).then(), 403);
        problem(as(TOKENS.analyst()).body("{\"status\": \"RED\"}").patch("/api/v1/actions/" + actionId).then(), 403);

        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void invalidProgressUpdatesAreRefusedAndNothingIsStored() {
        String id = create(youth("milton-keynes"));
        String actionId = createAction(id, "GREEN");
        String path = "/api/v1/actions/" + actionId;
        Store before = Store.now();

        problem(as(TOKENS.inspector()).body("{}").patch(path).then(), 422).body("errors.field", contains("body"));
        problem(as(TOKENS.inspector()).body("{\"status\": \"BLUE\"}").patch(path).then(), 422)
                .body("errors.field", contains("status"));
        problem(as(TOKENS.inspector()).body(json(Map.of("progress", "p".repeat(10_001)))).patch(path).then(), 422)
                .body("errors.field", contains("progress"));
        problem(as(TOKENS.inspector()).header("If-Match", "\"3\"").body("{\"status\": \"RED\"}").patch(path).then(), 412)
                .body("currentRevision", equalTo(1)).body("currentETag", equalTo("\"1\""));
        problem(as(TOKENS.inspector()).body("{\"status\": ").patch(path).then(), 400);
        problem(as(TOKENS.inspector()).patch(path).then(), 400);
        problem(given().auth().oauth2(TOKENS.inspector()).contentType("text/plain").body("RED").patch(path).then(), 415);
        problem(as(TOKENS.inspector()).body("{\"status\": \"RED\"}")
                .patch("/api/v1/actions/5f8f0a4e-9d1c-4a8e-b3f7-2c6d9e0a1b2c").then(), 404);
        problem(given().auth().oauth2(TOKENS.analyst()).get("/api/v1/actions/5f8f0a4e-9d1c-4a8e-b3f7-2c6d9e0a1b2c").then(), 404);
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.PATCH, path, "application/json", "{\"status\": \"RED\"}");
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, path, null, null);
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.POST, actions(id), "application/json",
                json(action(null, "2021-09-30", "GREEN")));

        assertThat(Store.now()).isEqualTo(before);
    }
}
