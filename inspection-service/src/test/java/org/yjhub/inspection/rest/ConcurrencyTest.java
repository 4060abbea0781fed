package org.yjhub.inspection.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.yjhub.inspection.repository.InspectionEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.yjhub.inspection.Fixtures.TOKENS;
import static org.yjhub.inspection.Fixtures.as;
import static org.yjhub.inspection.Fixtures.create;
import static org.yjhub.inspection.Fixtures.createAction;
import static org.yjhub.inspection.Fixtures.json;
import static org.yjhub.inspection.Fixtures.miltonKeynesRatings;
import static org.yjhub.inspection.Fixtures.youth;

/**
 * Writers of one inspection are serialised on its head row: none is lost, every version is used once; writers of one
 * team's inspections on the team's head row.
 */
@QuarkusTest
class ConcurrencyTest {

    @Test
    void concurrentWritesToOneInspectionAllLandWithDistinctVersions() throws Exception {
        String id = create(youth("oxfordshire"));
        String action = createAction(id, "GREEN"); // version 2
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int n = i;
                calls.add(() -> n % 2 == 0
                        ? as(TOKENS.inspector()).body(json(Map.of("addressee", "Body " + n, "text", "Recommendation " + n)))
                        .post("/api/v1/inspections/" + id + "/recommendations").then().extract().statusCode()
                        : as(TOKENS.authority("oxfordshire")).body(json(Map.of("progress", "Update " + n)))
                        .patch("/api/v1/actions/" + action).then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(201, 200);
        } finally {
            pool.shutdownNow();
        }

        given().auth().oauth2(TOKENS.analyst()).get("/api/v1/inspections/" + id).then()
                .statusCode(200)
                .header("ETag", "\"" + (2 + writers) + "\"")
                .body("recommendations.number", containsInAnyOrder(1, 2, 3, 4))
                .body("actions[0].history", hasSize(1 + writers / 2))
                .body("actions[0].history.revision", containsInAnyOrder(1, 2, 3, 4, 5));
    }

    /**
     * A team's first inspections, recorded at once: the writers meet on the team's head row, which the first creates
     * (HeadLocks: INSERT ... ON CONFLICT), so none fails and each counts once. The same fieldwork without a
     * publication date has one winner; the rest are 409.
     */
    @Test
    void aTeamsFirstWritersMeetOnItsNewHeadRow() throws Exception {
        String team = "torbay";
        int writers = 6;
        List<Callable<Integer>> distinct = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Map<String, Object> body = youth(team, LocalDate.of(2019, 3, 1).plusDays(i), miltonKeynesRatings());
            distinct.add(() -> as(TOKENS.inspector()).body(json(body)).post("/api/v1/inspections").then()
                    .extract().statusCode());
        }
        assertThat(runAll(distinct)).containsOnly(201).hasSize(writers);
        assertThat(teamHeadRevision(team)).isEqualTo(writers);

        Map<String, Object> unpublished = youth(team, LocalDate.of(2018, 6, 1), miltonKeynesRatings());
        unpublished.remove("publishedOn");
        List<Callable<Integer>> same = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            same.add(() -> as(TOKENS.inspector()).body(json(unpublished)).post("/api/v1/inspections").then()
                    .extract().statusCode());
        }
        List<Integer> statuses = runAll(same);
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        given().auth().oauth2(TOKENS.analyst()).queryParam("team", team).get("/api/v1/inspections").then()
                .statusCode(200).body("$", hasSize(writers + 1));
    }

    private static List<Integer> runAll(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long teamHeadRevision(String team) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) InspectionEntity.getEntityManager()
                .createNativeQuery("SELECT revision FROM inspection_team_head WHERE team = ?1").setParameter(1, team)
                .getSingleResult()).longValue());
    }
}
