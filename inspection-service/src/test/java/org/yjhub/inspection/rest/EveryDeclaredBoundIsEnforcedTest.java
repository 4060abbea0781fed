package org.yjhub.inspection.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.yjhub.inspection.Fixtures.Store;
import org.yjhub.testsupport.BoundsProbe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yjhub.inspection.Fixtures.TOKENS;
import static org.yjhub.inspection.Fixtures.create;
import static org.yjhub.inspection.Fixtures.createAction;
import static org.yjhub.inspection.Fixtures.createRecommendation;
import static org.yjhub.inspection.Fixtures.json;
import static org.yjhub.inspection.Fixtures.youth;

/**
 * Every bound the OpenAPI document declares on a request of this service (body fields, nested ones and list items, and
 * the parameters of every operation) is the bound the service enforces: one over it is refused with problem+json
 * naming the field and nothing stored, free text exactly at it is taken.
 */
@QuarkusTest
class EveryDeclaredBoundIsEnforcedTest {

    private static final String TEAM = "wokingham";
    private final AtomicInteger n = new AtomicInteger();

    @Test
    void everyDeclaredBoundIsEnforcedAsDeclared() {
        Map<String, Object> inspection = youth(TEAM);
        inspection.put("source", "HMIP inspection report");
        String id = create(inspection);
        String recommendation = createRecommendation(id, "Management Board");
        String action = createAction(id, "GREEN");

        Map<String, Integer> checked = new BoundsProbe(TOKENS.admin(), Store::now)
                .parameter("id", id)
                .parameter("team", TEAM)
                .write("POST /api/v1/inspections", () -> "/api/v1/inspections", () -> {
                    Map<String, Object> body = youth(TEAM);
                    body.put("source", "HMIP inspection report");
                    return json(body);
                })
                .write("PUT /api/v1/inspections/{id}", () -> "/api/v1/inspections/" + id, () -> json(inspection))
                .write("POST /api/v1/inspections/{id}/recommendations", () -> "/api/v1/inspections/" + id + "/recommendations",
                        () -> json(Map.of("addressee", "Management Board", "owner", "YJS Manager", "text", "Improve")))
                .write("POST /api/v1/inspections/{id}/actions", () -> "/api/v1/inspections/" + id + "/actions",
                        () -> json(action(recommendation)))
                .write("PUT /api/v1/inspections/{id}/plan", () -> "/api/v1/inspections/" + id + "/plan",
                        () -> json(Map.of("title", "Action Plan", "status", "DRAFT", "due", "October 3rd", "source", "The plan")))
                .write("PATCH /api/v1/actions/{id}", () -> "/api/v1/actions/" + action,
                        () -> json(Map.of("progress", "Protocol agreed", "status", "AMBER")))
                .write("POST /api/v1/recommendations/{id}/progress", () -> "/api/v1/recommendations/" + recommendation + "/progress",
                        () -> json(Map.of("reportedOn", "2024-01-25", "text", "Progress " + n.incrementAndGet(),
                                "source", "Annual report")))
                .assertEveryBoundEnforced();

        assertThat(checked).containsKeys("POST /api/v1/inspections", "PUT /api/v1/inspections/{id}/plan",
                "PATCH /api/v1/actions/{id}", "GET /api/v1/inspections/{id}");
    }

    /** An action with every optional field, its reference unique within the inspection. */
    private Map<String, Object> action(String recommendation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recommendation", recommendation);
        body.put("reference", "r" + n.incrementAndGet());
        body.put("section", "From HMIP Inspection");
        body.put("text", "Review the protocol");
        body.put("owners", List.of("YOT Manager"));
        body.put("due", "2021-09-30");
        body.put("dueDate", "2021-09-30");
        body.put("refersTo", List.of("a)"));
        body.put("status", "GREEN");
        body.put("progress", "Started");
        return body;
    }
}
