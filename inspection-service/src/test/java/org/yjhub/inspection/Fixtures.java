package org.yjhub.inspection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.yjhub.inspection.repository.ActionEntity;
import org.yjhub.inspection.repository.ActionHistoryEntity;
import org.yjhub.inspection.repository.InspectionEntity;
import org.yjhub.inspection.repository.InspectionVersionEntity;
import org.yjhub.inspection.repository.PlanEntity;
import org.yjhub.inspection.repository.RecommendationEntity;
import org.yjhub.inspection.repository.RecommendationProgressEntity;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.outbox.OutboxEvent;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Request bodies, tokens and store snapshots shared by the endpoint tests. */
public final class Fixtures {

    public static final Tokens TOKENS = Tokens.forTests();
    public static final List<String> STANDARDS = List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4",
            "3.1", "3.2", "3.3", "3.4");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger DAYS_BACK = new AtomicInteger();

    private Fixtures() {
    }

    /** A publication date no other test uses (one inspection per team and day). */
    public static LocalDate uniquePublishedOn() {
        return LocalDate.of(2023, 12, 31).minusDays(DAYS_BACK.incrementAndGet());
    }

    /** Milton Keynes 2021: 2.4 and 3.1 Outstanding, 1.4 Requires improvement, 3.2 Inadequate, the rest Good. */
    public static Map<String, String> miltonKeynesRatings() {
        Map<String, String> r = new LinkedHashMap<>();
        STANDARDS.forEach(s -> r.put(s, "GOOD"));
        r.put("2.4", "OUTSTANDING");
        r.put("3.1", "OUTSTANDING");
        r.put("1.4", "REQUIRES_IMPROVEMENT");
        r.put("3.2", "INADEQUATE");
        return r;
    }

    /** Medway 2020: seven Good, four Requires improvement, one Inadequate. */
    public static Map<String, String> medwayRatings() {
        Map<String, String> r = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            r.put(STANDARDS.get(i), i < 7 ? "GOOD" : i < 11 ? "REQUIRES_IMPROVEMENT" : "INADEQUATE");
        }
        return r;
    }

    /** A youth-2018 body for a team, published on the given day, fieldwork two months earlier. */
    public static Map<String, Object> youth(String team, LocalDate publishedOn, Map<String, String> ratings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("team", team);
        body.put("framework", "hmip-youth-2018");
        body.put("fieldworkStart", publishedOn.minusDays(70).toString());
        body.put("fieldworkEnd", publishedOn.minusDays(66).toString());
        body.put("publishedOn", publishedOn.toString());
        body.put("ratings", ratings);
        return body;
    }

    public static Map<String, Object> youth(String team) {
        return youth(team, uniquePublishedOn(), miltonKeynesRatings());
    }

    public static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    /** Records an inspection as an inspector and returns its id. */
    public static String create(Map<String, Object> body) {
        return as(TOKENS.inspector()).body(json(body)).post("/api/v1/inspections").then().statusCode(201)
                .extract().path("id");
    }

    public static String createRecommendation(String inspection, String addressee) {
        return as(TOKENS.inspector()).body(json(Map.of("addressee", addressee, "text", "Improve " + addressee)))
                .post("/api/v1/inspections/" + inspection + "/recommendations").then().statusCode(201)
                .extract().path("id");
    }

    public static String createAction(String inspection, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", "Review the protocol");
        body.put("owner", "YOT Manager");
        body.put("due", "2021-09-30");
        body.put("status", status);
        return as(TOKENS.inspector()).body(json(body)).post("/api/v1/inspections/" + inspection + "/actions").then()
                .statusCode(201).extract().path("id");
    }

    /** Asserts a problem+json response with this status. */
    public static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    /** Row counts of every table the service writes, to assert that a refused request stored nothing. */
    public record Store(long inspections, long versions, long recommendations, long recommendationProgress,
                        long plans, long actions, long history, long events, long versionSum) {

        public static Store now() {
            return QuarkusTransaction.requiringNew().call(() -> new Store(InspectionEntity.count(),
                    InspectionVersionEntity.count(), RecommendationEntity.count(),
                    RecommendationProgressEntity.count(), PlanEntity.count(), ActionEntity.count(),
                    ActionHistoryEntity.count(), OutboxEvent.count(),
                    InspectionEntity.<InspectionEntity>streamAll().mapToLong(i -> i.version).sum()));
        }
    }
}
