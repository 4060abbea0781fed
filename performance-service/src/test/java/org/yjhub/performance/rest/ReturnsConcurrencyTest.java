package org.yjhub.performance.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.performance.ReturnSubmitted;
import org.yjhub.common.period.Quarter;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.performance.Fixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Concurrent writers of one return can never both win: one revision number, one winner. */
@QuarkusTest
class ReturnsConcurrencyTest {

    private static final String TEAM = "leeds";
    private static final int WRITERS = 8;

    private final Tokens tokens = Fixtures.TOKENS;

    private static String body(int numerator) {
        return "{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":" + numerator + ",\"denominator\":19230}]}";
    }

    /** Starts every request at once and returns the responses. */
    private List<Response> race(Quarter q, String ifMatchHeader, String ifNoneMatchHeader) throws Exception {
        String token = tokens.admin();
        String path = "/api/v1/teams/" + TEAM + "/returns/" + q;
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int numerator = 100 + i;
                Callable<Response> call = () -> {
                    start.await();
                    var spec = given().auth().oauth2(token).contentType(ContentType.JSON).body(body(numerator));
                    if (ifMatchHeader != null) {
                        spec = spec.header("If-Match", ifMatchHeader);
                    }
                    if (ifNoneMatchHeader != null) {
                        spec = spec.header("If-None-Match", ifNoneMatchHeader);
                    }
                    return spec.put(path);
                };
                futures.add(pool.submit(call));
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

    @Test
    void parallelWritesWithTheSameIfMatchHaveExactlyOneWinner() throws Exception {
        Quarter q = Fixtures.freshQuarter();
        given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body(body(1))
                .put("/api/v1/teams/" + TEAM + "/returns/" + q).then().statusCode(201);

        List<Response> responses = race(q, "\"1\"", null);

        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 412).hasSize(WRITERS - 1);
        Response winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
        assertThat(winner.header("ETag")).isEqualTo("\"2\"");
        assertThat(Fixtures.revisions(TEAM, q.toString())).isEqualTo(2);
        assertThat(Fixtures.events(ReturnSubmitted.AGGREGATE, ReturnSubmitted.aggregateId(TEAM, q.toString()))).isEqualTo(2);
        // the stored revision 2 is the winner's content
        String winnerNumerator = winner.jsonPath().getString("values[0].numerator");
        given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/" + TEAM + "/returns/" + q).then()
                .statusCode(200)
                .body("revision", org.hamcrest.Matchers.equalTo(2))
                .body("values[0].numerator", Fixtures.num(winnerNumerator));
    }

    @Test
    void parallelFirstWritesWithIfNoneMatchStarHaveExactlyOneWinner() throws Exception {
        Quarter q = Fixtures.freshQuarter();

        List<Integer> statuses = race(q, null, "*").stream().map(Response::statusCode).toList();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 412).hasSize(WRITERS - 1);
        assertThat(Fixtures.revisions(TEAM, q.toString())).isEqualTo(1);
    }

    @Test
    void parallelUnconditionalWritesAreSerialisedWithoutLosingAny() throws Exception {
        Quarter q = Fixtures.freshQuarter();

        List<Response> responses = race(q, null, null);

        assertThat(responses).extracting(Response::statusCode).filteredOn(s -> s == 201).hasSize(1);
        assertThat(responses).extracting(Response::statusCode).filteredOn(s -> s == 200).hasSize(WRITERS - 1);
        assertThat(responses).extracting(r -> r.jsonPath().getInt("revision"))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, WRITERS).boxed().toList());
        assertThat(Fixtures.revisions(TEAM, q.toString())).isEqualTo(WRITERS);
    }

    @Test
    void parallelBulkLoadsOfTheSameReturnsAreSerialisedWithoutLosingAny() throws Exception {
        Quarter q = Fixtures.freshQuarter();
        List<String> teams = List.of("leeds", "kent", "medway", "merton", "milton-keynes", "bradford");
        int loads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(loads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < loads; i++) {
                StringBuilder csv = new StringBuilder("team,quarter,indicator,numerator,denominator\n");
                for (String team : teams) {
                    csv.append(team).append(',').append(q).append(",custody-rate,").append(10 + i).append(",19230\n");
                    csv.append(team).append(',').append(q).append(",kpi-ete,").append(i).append(",40\n");
                }
                String token = tokens.admin();
                futures.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).contentType("text/csv").body(csv.toString()).post("/api/v1/returns/bulk");
                }));
            }
            start.countDown();
            for (Future<Response> f : futures) {
                Response r = f.get(60, TimeUnit.SECONDS);
                assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
                assertThat(r.jsonPath().getInt("returns")).isEqualTo(teams.size());
            }
        } finally {
            pool.shutdownNow();
        }
        for (String team : teams) {
            given().auth().oauth2(tokens.analyst()).get("/api/v1/teams/" + team + "/returns/" + q + "/revisions").then()
                    .statusCode(200)
                    .body("revision", org.hamcrest.Matchers.equalTo(IntStream.rangeClosed(1, loads).boxed().toList()));
            assertThat(Fixtures.events(ReturnSubmitted.AGGREGATE, ReturnSubmitted.aggregateId(team, q.toString()))).isEqualTo(loads);
        }
    }
}
