package org.yjhub.inspection.repository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yjhub.inspection.Fixtures.TOKENS;
import static org.yjhub.inspection.Fixtures.as;
import static org.yjhub.inspection.Fixtures.create;
import static org.yjhub.inspection.Fixtures.createAction;
import static org.yjhub.inspection.Fixtures.createRecommendation;
import static org.yjhub.inspection.Fixtures.json;
import static org.yjhub.inspection.Fixtures.youth;

/** History is never rewritten: the database itself refuses UPDATE and DELETE on the append-only tables. */
@QuarkusTest
class AppendOnlyTest {

    @Inject
    EntityManager em;

    @ParameterizedTest
    @ValueSource(strings = {"inspection_version", "recommendation", "recommendation_progress", "improvement_plan",
            "improvement_action", "action_history"})
    void updatesAndDeletesAreRefused(String table) {
        String id = create(youth("reading"));
        String recommendation = createRecommendation(id, "YOS");
        as(TOKENS.inspector()).body(json(Map.of("reportedOn", "2023-12-01", "text", "Audit done")))
                .post("/api/v1/recommendations/" + recommendation + "/progress").then().statusCode(201);
        as(TOKENS.inspector()).body(json(Map.of("status", "DRAFT"))).put("/api/v1/inspections/" + id + "/plan")
                .then().statusCode(201);
        createAction(id, "RED");
        UUID inspection = UUID.fromString(id);
        String where = switch (table) {
            case "action_history" -> "action_id IN (SELECT id FROM improvement_action WHERE inspection_id = ?1)";
            case "recommendation_progress" -> "recommendation_id IN (SELECT id FROM recommendation "
                    + "WHERE inspection_id = ?1)";
            default -> "inspection_id = ?1";
        };
        String column = switch (table) {
            case "inspection_version", "improvement_plan" -> "source";
            case "recommendation", "recommendation_progress" -> "text";
            case "improvement_action" -> "owner";
            default -> "progress";
        };

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("UPDATE " + table + " SET " + column + " = 'rewritten' WHERE " + where)
                .setParameter(1, inspection).executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("DELETE FROM " + table + " WHERE " + where)
                .setParameter(1, inspection).executeUpdate()))
                .hasStackTraceContaining("append-only");

        Number rows = QuarkusTransaction.requiringNew().call(() -> (Number) em
                .createNativeQuery("SELECT count(*) FROM " + table + " WHERE " + where)
                .setParameter(1, inspection).getSingleResult());
        assertThat(rows.longValue()).isEqualTo(1);
    }
}
