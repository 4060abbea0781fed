package org.yjhub.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjhub.common.reference.Team;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.localinfra.Postgres;
import org.yjhub.localinfra.jwt.Tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reliability drills over the packaged stack with a real PostgreSQL and a real Kafka broker that the drills stop
 * and start: writes during a Kafka outage, a gateway restart, a replay of every topic, a burst of concurrent
 * writers and competing conditional writes. Figures go to target/reliability.json (see docs/reliability.md).
 */
@ExtendWith(StackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilityIT {

    private static final Stack STACK = StackExtension.stack();
    private static final Tokens TOKENS = STACK.tokens();
    private static final List<Team> TEAMS = TeamCatalog.load().all();
    private static final Map<String, Object> FIGURES = new LinkedHashMap<>();

    private static int putReturn(Component port, String team, String quarter, long numerator, long denominator) {
        return given().baseUri(STACK.url(port)).auth().oauth2(TOKENS.authority(team)).contentType("application/json")
                .body("{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":" + numerator + ",\"denominator\":"
                        + denominator + "}]}")
                .put("/api/v1/teams/" + team + "/returns/" + quarter).statusCode();
    }

    /** team → denominator shown by the gateway's comparison for a quarter. */
    private static Map<String, Long> gatewayDenominators(String quarter) {
        Response r = given().baseUri(STACK.url(Component.GATEWAY)).auth().oauth2(TOKENS.analyst())
                .get("/api/v1/comparisons/custody-rate?quarter=" + quarter);
        Map<String, Long> shown = new HashMap<>();
        if (r.statusCode() == 200) {
            List<Map<String, Object>> rows = r.jsonPath().getList("rows");
            for (Map<String, Object> row : rows) {
                shown.put((String) row.get("team"), ((Number) row.get("denominator")).longValue());
            }
        }
        return shown;
    }

    /** Waits until the gateway shows exactly the expected denominators; returns the seconds it took. */
    private static double awaitGateway(String quarter, Map<String, Long> expected, Duration limit) throws InterruptedException {
        long t0 = System.nanoTime();
        while (true) {
            Map<String, Long> shown = gatewayDenominators(quarter);
            if (shown.entrySet().containsAll(expected.entrySet())) {
                return (System.nanoTime() - t0) / 1e9;
            }
            if (System.nanoTime() - t0 > limit.toNanos()) {
                Map<String, Long> missing = new HashMap<>(expected);
                missing.entrySet().removeAll(shown.entrySet());
                throw new AssertionError("gateway did not converge on " + quarter + "; missing or stale: " + missing);
            }
            Thread.sleep(100);
        }
    }

    @Test
    @Order(1)
    void writesDuringAKafkaOutageSucceedAndReachTheGatewayWhenItReturns() throws Exception {
        String quarter = "2019-20-Q1";
        Map<String, Long> expected = new LinkedHashMap<>();
        STACK.stop(Component.KAFKA);
        long outageStart = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            String team = TEAMS.get(i).code();
            long denominator = 20_000 + i;
            assertThat(putReturn(Component.PERFORMANCE, team, quarter, 1 + i % 7, denominator)).isEqualTo(201);
            expected.put(team, denominator);
        }
        int budget = given().baseUri(STACK.url(Component.BUDGET)).auth().oauth2(TOKENS.admin()).contentType("application/json")
                .body("{\"contributions\":[{\"partner\":\"YJB\",\"staff\":0,\"delegated\":123456}]}")
                .put("/api/v1/teams/kent/budgets/2019-20").statusCode();
        assertThat(budget).isEqualTo(201);
        Thread.sleep(5000);
        STACK.start(Component.KAFKA);
        double outage = (System.nanoTime() - outageStart) / 1e9;
        double converge = awaitGateway(quarter, expected, Duration.ofSeconds(90));
        long t0 = System.nanoTime();
        // the budget travels on its own topic: it may arrive after the returns (until then the profile has no budget)
        while (!Integer.valueOf(123456).equals(given().baseUri(STACK.url(Component.GATEWAY)).auth().oauth2(TOKENS.analyst())
                .get("/api/v1/teams/kent/profile").jsonPath().get("budget.total"))) {
            assertThat(System.nanoTime() - t0).isLessThan(Duration.ofSeconds(60).toNanos());
            Thread.sleep(100);
        }
        FIGURES.put("kafkaOutage", Map.of("writes", 51, "outageSeconds", round(outage),
                "secondsToConvergeAfterKafkaReturned", round(converge), "lost", 0));
    }

    @Test
    @Order(2)
    void theGatewayCatchesUpFromItsCommittedOffsetsAfterARestart() throws Exception {
        String quarter = "2019-20-Q2";
        Map<String, Long> expected = new LinkedHashMap<>();
        STACK.stop(Component.GATEWAY);
        long downStart = System.nanoTime();
        for (int i = 0; i < 40; i++) {
            String team = TEAMS.get(50 + i).code();
            long denominator = 30_000 + i;
            assertThat(putReturn(Component.PERFORMANCE, team, quarter, 2, denominator)).isEqualTo(201);
            expected.put(team, denominator);
        }
        STACK.start(Component.GATEWAY);
        STACK.awaitReady(List.of(Component.GATEWAY));
        double down = (System.nanoTime() - downStart) / 1e9;
        double converge = awaitGateway(quarter, expected, Duration.ofSeconds(60));
        FIGURES.put("gatewayRestart", Map.of("writes", 40, "gatewayDownSeconds", round(down),
                "secondsToConvergeAfterReady", round(converge), "lost", 0));
    }

    @Test
    @Order(3)
    void aBurstOfConcurrentWritersIsAllStoredAndTheGatewayConverges() throws Exception {
        String quarter = "2019-20-Q3";
        int writers = 24;
        int writes = 300;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> results = new ArrayList<>();
        Map<String, Set<Long>> written = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < writes; i++) {
            // three unconditional writers per team, racing each other (the first two race to create the return)
            String team = TEAMS.get(i % 100).code();
            long denominator = 40_000 + i;
            written.computeIfAbsent(team, t -> new HashSet<>()).add(denominator);
            final int n = i;
            results.add(pool.submit(() -> putReturn(Component.GATEWAY, team, quarter, 1 + n % 5, denominator)));
        }
        int ok = 0;
        for (Future<Integer> f : results) {
            int status = f.get();
            assertThat(status).isIn(200, 201);
            ok++;
        }
        pool.shutdown();
        double writeSeconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Long> stored = new LinkedHashMap<>();
        for (String team : written.keySet()) {
            Response r = given().baseUri(STACK.url(Component.PERFORMANCE)).auth().oauth2(TOKENS.analyst())
                    .get("/api/v1/teams/" + team + "/returns/" + quarter + "/revisions");
            assertThat(r.jsonPath().getList("")).as(team).hasSize(written.get(team).size());
            long latest = given().baseUri(STACK.url(Component.PERFORMANCE)).auth().oauth2(TOKENS.analyst())
                    .get("/api/v1/teams/" + team + "/returns/" + quarter).jsonPath().getLong("values[0].denominator");
            assertThat(written.get(team)).as(team).contains(latest);
            stored.put(team, latest);
        }
        double converge = awaitGateway(quarter, stored, Duration.ofSeconds(60));
        FIGURES.put("burst", Map.of("writes", writes, "clients", writers, "stored", ok, "writeSeconds", round(writeSeconds),
                "secondsToConvergeAfterLastWrite", round(converge), "lost", 0));
    }

    @Test
    @Order(4)
    void competingConditionalWritesHaveExactlyOneWinner() throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("budget", contend("/api/v1/teams/essex/budgets/2019-20", "essex",
                n -> "{\"contributions\":[{\"partner\":\"YJB\",\"staff\":0,\"delegated\":" + (100 + n) + "}]}"));
        figures.put("return", contend("/api/v1/teams/essex/returns/2019-20-Q4", "essex",
                n -> "{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":3,\"denominator\":" + (25_000 + n) + "}]}"));
        FIGURES.put("conditionalWrites", figures);
    }

    /**
     * Writes a first revision, then lets twelve clients PUT different content with that revision's ETag at the same
     * moment through the gateway: exactly one 200, eleven 412, two revisions stored.
     */
    private static Map<String, Object> contend(String path, String team, java.util.function.IntFunction<String> body)
            throws Exception {
        String etag = given().baseUri(STACK.url(Component.GATEWAY)).auth().oauth2(TOKENS.authority(team))
                .contentType("application/json").body(body.apply(-1))
                .put(path).then().statusCode(201).extract().header("ETag");
        int contenders = 12;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            final int n = i;
            tasks.add(() -> {
                start.await();
                return given().baseUri(STACK.url(Component.GATEWAY)).auth().oauth2(TOKENS.authority(team))
                        .contentType("application/json").header("If-Match", etag).body(body.apply(n))
                        .put(path).statusCode();
            });
        }
        List<Future<Integer>> futures = new ArrayList<>();
        for (Callable<Integer> task : tasks) {
            futures.add(pool.submit(task));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : futures) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).as(path).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).as(path).filteredOn(s -> s == 412).hasSize(contenders - 1);
        given().baseUri(STACK.url(Component.GATEWAY)).auth().oauth2(TOKENS.analyst()).get(path + "/revisions")
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(2));
        return Map.of("contenders", contenders, "winners", 1, "preconditionFailed", contenders - 1, "revisionsStored", 2);
    }

    @Test
    @Order(5)
    void aReplayOfEveryTopicRebuildsTheSameReadModel() throws Exception {
        List<String> paths = List.of("/api/v1/comparisons/custody-rate?quarter=2019-20-Q1",
                "/api/v1/comparisons/custody-rate?quarter=2019-20-Q3", "/api/v1/teams/kent/profile",
                "/api/v1/regions/south-east/dashboard?quarter=2019-20-Q2", "/api/v1/teams/essex/profile");
        Map<String, String> before = new LinkedHashMap<>();
        for (String p : paths) {
            before.put(p, given().baseUri(STACK.url(Component.GATEWAY)).auth().oauth2(TOKENS.analyst()).get(p).then()
                    .statusCode(200).extract().header("ETag"));
        }
        long t0 = System.nanoTime();
        Response rebuild = given().baseUri(STACK.url(Component.GATEWAY)).auth().oauth2(TOKENS.admin()).post("/api/v1/admin/rebuild");
        assertThat(rebuild.statusCode()).isEqualTo(200);
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (String p : paths) {
            assertThat(given().baseUri(STACK.url(Component.GATEWAY)).auth().oauth2(TOKENS.analyst()).get(p).then()
                    .statusCode(200).extract().header("ETag")).as(p).isEqualTo(before.get(p));
        }
        FIGURES.put("replay", Map.of("rebuildSeconds", round(seconds), "answersCompared", paths.size(), "identical", true,
                "rebuild", rebuild.jsonPath().getMap("")));
    }

    /**
     * Takes one database away from its service, as an outage of that service's PostgreSQL would: nobody may connect,
     * and the connections open now are closed. The other databases on the server are untouched.
     */
    private static void databaseDown(Component owner, boolean down) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + STACK.ports().postgres() + "/postgres";
        try (Connection c = DriverManager.getConnection(url, Postgres.USER, Postgres.PASSWORD);
             Statement st = c.createStatement()) {
            st.execute("ALTER DATABASE " + owner.database() + " ALLOW_CONNECTIONS " + !down);
            if (down) {
                st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + owner.database() + "'");
            }
        }
    }

    @Test
    @Order(6)
    void writesDuringAServicesDatabaseOutageAre503AndNothingIsHalfWrittenAndReadsGoOn() throws Exception {
        String quarter = "2019-20-Q4";
        Map<String, Long> before = gatewayDenominators("2019-20-Q1");
        databaseDown(Component.PERFORMANCE, true);
        long outageStart = System.nanoTime();
        int attempted = 0;
        int refused = 0;
        try {
            for (int i = 0; i < 20; i++) {
                Response r = given().baseUri(STACK.url(Component.GATEWAY)).auth().oauth2(TOKENS.authority(TEAMS.get(i).code()))
                        .contentType("application/json")
                        .body("{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":3,\"denominator\":40000}]}")
                        .put("/api/v1/teams/" + TEAMS.get(i).code() + "/returns/" + quarter);
                attempted++;
                assertThat(r.statusCode()).as("write %d during the outage", i).isEqualTo(503);
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.header("Retry-After")).isNotBlank();
                refused++;
                // reads go on from the gateway, which has its own database
                assertThat(gatewayDenominators("2019-20-Q1")).isEqualTo(before);
            }
        } finally {
            databaseDown(Component.PERFORMANCE, false);
        }
        double outage = (System.nanoTime() - outageStart) / 1e9;
        // nothing of the refused writes was stored: the service has no return for any of them
        for (int i = 0; i < 20; i++) {
            given().baseUri(STACK.url(Component.PERFORMANCE)).auth().oauth2(TOKENS.analyst())
                    .get("/api/v1/teams/" + TEAMS.get(i).code() + "/returns/" + quarter).then().statusCode(404);
        }
        // every later write succeeds, and the gateway converges on them
        long back = System.nanoTime();
        Map<String, Long> expected = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            assertThat(putReturn(Component.PERFORMANCE, TEAMS.get(i).code(), quarter, 3, 40_000 + i)).isEqualTo(201);
            expected.put(TEAMS.get(i).code(), 40_000L + i);
        }
        double firstWrites = (System.nanoTime() - back) / 1e9;
        double converge = awaitGateway(quarter, expected, Duration.ofSeconds(60));
        FIGURES.put("serviceDatabaseOutage", Map.of("writesAttempted", attempted, "refused503", refused, "lost", 0,
                "halfWritten", 0, "outageSeconds", round(outage), "secondsForTheNext20Writes", round(firstWrites),
                "secondsToConverge", round(converge)));
    }

    @Test
    @Order(7)
    void whileTheGatewaysDatabaseIsDownReadsGoOnAndNoEventIsLostWhenItReturns() throws Exception {
        String quarter = "2020-21-Q1";
        Map<String, Long> before = gatewayDenominators("2019-20-Q1");
        Map<String, Long> expected = new LinkedHashMap<>();
        databaseDown(Component.GATEWAY, true);
        long outageStart = System.nanoTime();
        try {
            for (int i = 0; i < 30; i++) {
                String team = TEAMS.get(100 + i).code();
                assertThat(putReturn(Component.PERFORMANCE, team, quarter, 4, 50_000 + i)).isEqualTo(201);
                expected.put(team, 50_000L + i);
            }
            Thread.sleep(3000); // the gateway receives the events and cannot store them: it retries, and serves reads
            assertThat(gatewayDenominators("2019-20-Q1")).isEqualTo(before);
        } finally {
            databaseDown(Component.GATEWAY, false);
        }
        double outage = (System.nanoTime() - outageStart) / 1e9;
        double converge = awaitGateway(quarter, expected, Duration.ofSeconds(60));
        FIGURES.put("gatewayDatabaseOutage", Map.of("writes", 30, "lost", 0, "readsDuringOutage", "served",
                "outageSeconds", round(outage), "secondsToConvergeAfterItReturned", round(converge)));
    }

    @AfterAll
    static void writeFigures() throws Exception {
        Path out = Path.of("target/reliability.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(FIGURES));
        System.out.println("RELIABILITY " + new ObjectMapper().writeValueAsString(FIGURES));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
