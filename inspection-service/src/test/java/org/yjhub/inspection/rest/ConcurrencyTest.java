package org.yjhub.inspection.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

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
import static org.yjhub.inspection.Fixtures.youth;

/** Writers of one inspection are serialised on its head row: none is lost, every version is used once. */
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
}
