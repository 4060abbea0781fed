package org.yjhub.performance.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.performance.GroupDefined;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.performance.Fixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Concurrent writers of one comparator group can never both win: one revision number, one winner. */
@QuarkusTest
class GroupsConcurrencyTest {

    private static final int WRITERS = 8;
    private static final List<String> TEAMS = List.of("leeds", "bradford", "calderdale", "kirklees", "wakefield", "barnsley",
            "sheffield", "rotherham", "doncaster");

    private final Tokens tokens = Fixtures.TOKENS;

    /** Writer i defines a group of the first i + 2 teams, so every writer's content differs. */
    private static String body(int writer) {
        return "{\"name\":\"Race\",\"teams\":[" + String.join(",", TEAMS.subList(0, writer + 2).stream()
                .map(t -> "\"" + t + "\"").toList()) + "]}";
    }

    private List<Response> race(String code, String ifMatch, String ifNoneMatch) throws Exception {
        String token = tokens.analyst();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                String body = body(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    var spec = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
                    if (ifMatch != null) {
                        spec = spec.header("If-Match", ifMatch);
                    }
                    if (ifNoneMatch != null) {
                        spec = spec.header("If-None-Match", ifNoneMatch);
                    }
                    return spec.put("/api/v1/groups/" + code);
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

    @Test
    void parallelWritesWithTheSameIfMatchHaveExactlyOneWinner() throws Exception {
        String code = "race-if-match";
        given().auth().oauth2(tokens.analyst()).contentType(ContentType.JSON).body("{\"name\":\"Start\",\"teams\":[\"leeds\",\"bradford\"]}")
                .put("/api/v1/groups/" + code).then().statusCode(201);

        List<Response> responses = race(code, "\"1\"", null);

        assertThat(responses).extracting(Response::statusCode).filteredOn(s -> s == 200).hasSize(1);
        assertThat(responses).extracting(Response::statusCode).filteredOn(s -> s == 412).hasSize(WRITERS - 1);
        Response winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
        assertThat(winner.header("ETag")).isEqualTo("\"2\"");
        assertThat(Fixtures.groupRevisions(code)).isEqualTo(2);
        assertThat(Fixtures.events(GroupDefined.AGGREGATE, code)).isEqualTo(2);
        given().auth().oauth2(tokens.analyst()).get("/api/v1/groups/" + code).then()
                .statusCode(200)
                .body("revision", org.hamcrest.Matchers.equalTo(2))
                .body("teams", org.hamcrest.Matchers.equalTo(winner.jsonPath().getList("teams")));
    }

    @Test
    void parallelFirstWritesWithIfNoneMatchStarHaveExactlyOneWinner() throws Exception {
        String code = "race-create-only";
        assertThat(race(code, null, "*")).extracting(Response::statusCode)
                .filteredOn(s -> s == 201).hasSize(1);
        assertThat(Fixtures.groupRevisions(code)).isEqualTo(1);
        assertThat(Fixtures.events(GroupDefined.AGGREGATE, code)).isEqualTo(1);
    }

    @Test
    void parallelUnconditionalWritesAreSerialisedWithoutLosingAny() throws Exception {
        String code = "race-unconditional";
        List<Response> responses = race(code, null, null);
        assertThat(responses).extracting(Response::statusCode).filteredOn(s -> s == 201).hasSize(1);
        assertThat(responses).extracting(Response::statusCode).filteredOn(s -> s == 200).hasSize(WRITERS - 1);
        assertThat(responses).extracting(r -> r.jsonPath().getInt("revision"))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, WRITERS).boxed().toList());
        assertThat(Fixtures.groupRevisions(code)).isEqualTo(WRITERS);
        assertThat(Fixtures.events(GroupDefined.AGGREGATE, code)).isEqualTo(WRITERS);
    }
}
