package org.yjhub.launcher;

import io.restassured.http.Method;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.testsupport.AuthProbe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Security drills over the packaged stack, on every port (each service directly and through the gateway):
 * every write endpoint refuses missing, garbage, tampered, alg-none and expired tokens (401), writes by the wrong
 * role or for another team (403), and stores nothing when it refuses.
 */
@ExtendWith(StackExtension.class)
class SecurityIT {

    private static final Stack STACK = StackExtension.stack();
    private static final Tokens TOKENS = STACK.tokens();
    private static String inspectionId;
    private static String actionId;

    record Write(Component owner, Method method, String path, String contentType, String body) {
    }

    private static final String RETURN = "{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":3,\"denominator\":20000}]}";
    private static final String TARGETS = "{\"targets\":[{\"indicator\":\"custody-rate\",\"value\":0.2}]}";
    private static final String BUDGET = "{\"contributions\":[{\"partner\":\"YJB\",\"staff\":0,\"delegated\":250000}]}";
    private static final String STAFFING = "{\"fte\":[{\"role\":\"Case manager\",\"contractType\":\"PERMANENT\",\"fte\":3}]}";
    private static final String CSV = "team,quarter,indicator,numerator,denominator\nmilton-keynes,2020-21-Q2,custody-rate,3,20000\n";
    private static final String INSPECTION = """
            {"team":"milton-keynes","framework":"hmip-headline","overall":"GOOD","publishedOn":"2016-05-10"}""";
    private static final String RECOMMENDATION = "{\"addressee\":\"YOS\",\"text\":\"Do better\"}";
    private static final String ACTION = "{\"text\":\"Act\",\"owner\":\"YOT Manager\",\"due\":\"2016-09-01\",\"status\":\"GREEN\"}";
    private static final String PATCH = "{\"progress\":\"Done\",\"status\":\"COMPLETE\"}";

    @BeforeAll
    static void anInspectionWithAnAction() {
        inspectionId = given().baseUri(STACK.url(Component.INSPECTION)).auth().oauth2(TOKENS.inspector())
                .contentType("application/json").body(INSPECTION.replace("2016-05-10", "2015-05-10"))
                .post("/api/v1/inspections").then().statusCode(201).extract().path("id");
        actionId = given().baseUri(STACK.url(Component.INSPECTION)).auth().oauth2(TOKENS.inspector())
                .contentType("application/json").body(ACTION).post("/api/v1/inspections/" + inspectionId + "/actions")
                .then().statusCode(201).extract().path("id");
    }

    private static List<Write> writes() {
        return List.of(
                new Write(Component.PERFORMANCE, Method.PUT, "/api/v1/teams/milton-keynes/returns/2020-21-Q1", "application/json", RETURN),
                new Write(Component.PERFORMANCE, Method.PUT, "/api/v1/teams/milton-keynes/targets/2020-21", "application/json", TARGETS),
                new Write(Component.PERFORMANCE, Method.POST, "/api/v1/returns/bulk", "text/csv", CSV),
                new Write(Component.BUDGET, Method.PUT, "/api/v1/teams/milton-keynes/budgets/2020-21", "application/json", BUDGET),
                new Write(Component.BUDGET, Method.PUT, "/api/v1/teams/milton-keynes/staffing/2020-21", "application/json", STAFFING),
                new Write(Component.INSPECTION, Method.POST, "/api/v1/inspections", "application/json", INSPECTION),
                new Write(Component.INSPECTION, Method.PUT, "/api/v1/inspections/" + inspectionId, "application/json",
                        INSPECTION.replace("GOOD", "OUTSTANDING").replace("2016-05-10", "2015-05-10")),
                new Write(Component.INSPECTION, Method.POST, "/api/v1/inspections/" + inspectionId + "/recommendations",
                        "application/json", RECOMMENDATION),
                new Write(Component.INSPECTION, Method.POST, "/api/v1/inspections/" + inspectionId + "/actions", "application/json", ACTION),
                new Write(Component.INSPECTION, Method.PATCH, "/api/v1/actions/" + actionId, "application/json", PATCH));
    }

    private static RequestSpecification at(Component c, String token, Write w) {
        RequestSpecification spec = given().baseUri(STACK.url(c)).contentType(w.contentType()).body(w.body());
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    @Test
    void everyWriteOnEveryPortRefusesBadTokens() {
        Map<String, String> bad = AuthProbe.badTokens(TOKENS);
        int checked = 0;
        for (Write w : writes()) {
            for (Component port : List.of(w.owner(), Component.GATEWAY)) {
                List<String> tokens = new ArrayList<>(bad.values());
                tokens.add(null);
                for (String token : tokens) {
                    at(port, token, w).request(w.method(), w.path()).then()
                            .statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
                    checked++;
                }
            }
        }
        given().baseUri(STACK.url(Component.GATEWAY)).post("/api/v1/admin/rebuild").then().statusCode(401);
        assertThat(checked).isEqualTo(writes().size() * 2 * (bad.size() + 1));
        assertNothingStored();
    }

    @Test
    void writesByTheWrongRoleOrForAnotherTeamAreForbiddenOnEveryPort() {
        for (Write w : writes()) {
            List<String> refused = new ArrayList<>(List.of(TOKENS.analyst(), TOKENS.authority("medway")));
            if (w.owner() != Component.INSPECTION) {
                refused.add(TOKENS.inspector());
            }
            for (Component port : List.of(w.owner(), Component.GATEWAY)) {
                for (String token : refused) {
                    at(port, token, w).request(w.method(), w.path()).then().statusCode(403)
                            .contentType("application/problem+json").body("status", equalTo(403));
                }
            }
        }
        given().baseUri(STACK.url(Component.GATEWAY)).auth().oauth2(TOKENS.authority("milton-keynes"))
                .post("/api/v1/admin/rebuild").then().statusCode(403);
        assertNothingStored();
    }

    private static void assertNothingStored() {
        String analyst = TOKENS.analyst();
        given().baseUri(STACK.url(Component.PERFORMANCE)).auth().oauth2(analyst)
                .get("/api/v1/teams/milton-keynes/returns/2020-21-Q1").then().statusCode(404);
        given().baseUri(STACK.url(Component.PERFORMANCE)).auth().oauth2(analyst)
                .get("/api/v1/teams/milton-keynes/returns/2020-21-Q2").then().statusCode(404);
        given().baseUri(STACK.url(Component.PERFORMANCE)).auth().oauth2(analyst)
                .get("/api/v1/teams/milton-keynes/targets/2020-21").then().statusCode(404);
        given().baseUri(STACK.url(Component.BUDGET)).auth().oauth2(analyst)
                .get("/api/v1/teams/milton-keynes/budgets/2020-21").then().statusCode(404);
        given().baseUri(STACK.url(Component.BUDGET)).auth().oauth2(analyst)
                .get("/api/v1/teams/milton-keynes/staffing/2020-21").then().statusCode(404);
        given().baseUri(STACK.url(Component.INSPECTION)).auth().oauth2(analyst)
                .get("/api/v1/inspections?team=milton-keynes").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].overall", equalTo("GOOD"))
                .body("[0].recommendations.size()", equalTo(0))
                .body("[0].actions.size()", equalTo(1));
        given().baseUri(STACK.url(Component.INSPECTION)).auth().oauth2(analyst)
                .get("/api/v1/actions/" + actionId).then().statusCode(200).body("status", equalTo("GREEN"))
                .body("history.size()", equalTo(1));
    }
}
