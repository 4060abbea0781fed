package org.yjhub.budget.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.budget.BudgetSubmitted;
import org.yjhub.outbox.OutboxEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.yjhub.budget.TestData.asAdmin;
import static org.yjhub.budget.TestData.budget;
import static org.yjhub.budget.TestData.budgetPath;
import static org.yjhub.budget.TestData.budgetRevisions;
import static org.yjhub.budget.TestData.line;
import static org.yjhub.budget.TestData.tokens;

/** Concurrent writers never both win: they are serialised, and If-Match lets exactly one of two racers through. */
@QuarkusTest
class BudgetConcurrencyTest {

    private static List<Response> race(List<Callable<Response>> writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> writer : writers) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return writer.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> body(long yjb) {
        return budget(List.of(line("YJB", null, 0, yjb)), null, null);
    }

    @Test
    void twoWritersWithTheSameIfMatchCannotBothWin() throws Exception {
        String team = "hampshire";
        String path = budgetPath(team, "2019-20");
        tokens();
        asAdmin().contentType(ContentType.JSON).body(body(1)).put(path).then().statusCode(201);
        for (int round = 1; round <= 3; round++) {
            String etag = "\"" + round + "\"";
            long base = round * 100L;
            List<Response> responses = race(List.of(
                    () -> asAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(body(base + 1)).put(path),
                    () -> asAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(body(base + 2)).put(path)));
            assertThat(responses).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 412);
            assertThat(budgetRevisions(team, "2019-20")).isEqualTo(round + 1);
        }
    }

    @Test
    void unconditionalWritersAreSerialisedIntoDistinctRevisions() throws Exception {
        String team = "southampton";
        String path = budgetPath(team, "2019-20");
        tokens();
        List<Callable<Response>> writers = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            long amount = i * 1000L;
            writers.add(() -> asAdmin().contentType(ContentType.JSON).body(body(amount)).put(path));
        }
        List<Response> responses = race(writers);

        assertThat(responses).extracting(Response::statusCode).containsExactlyInAnyOrder(201, 200, 200, 200, 200, 200);
        assertThat(responses).extracting(r -> r.jsonPath().getInt("revision")).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        asAdmin().get(path + "/revisions").then().statusCode(200).body("revision", contains(1, 2, 3, 4, 5, 6));
        List<Long> versions = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                        "aggregateType = ?1 and aggregateId = ?2 order by version", BudgetSubmitted.AGGREGATE, team + "/2019-20")
                .stream().map(e -> e.version).toList());
        assertThat(versions).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }
}
