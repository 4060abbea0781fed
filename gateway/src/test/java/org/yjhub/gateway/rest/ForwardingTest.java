package org.yjhub.gateway.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yjhub.gateway.FakeUpstreamPorts;
import org.yjhub.gateway.service.Forwarder;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.testsupport.AuthProbe;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Forwarding to the owning services, against small fake services (JDK HttpServer) on the ports the gateway is
 * configured with: every write path and service-owned read reaches the right service with method, path, query, body
 * and the caller's headers; status, body and ETag/Location/Content-Type come back unchanged; a service that is down or
 * too slow gives 503 problem+json naming it, quickly. Forwards reuse kept-alive connections; more concurrent forwards
 * than pooled connections each get their own answer, and one that waits too long for a connection gets 503 unsent.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForwardingTest {

    static final Tokens TOKENS = Tokens.forTests();

    /** What a fake service received, and on which connection (the gateway's port of it). */
    record Received(String service, String method, String path, String query, Map<String, String> headers, byte[] body,
                    int connection) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    /**
     * What a fake service answers next (for every request until changed); {path} and {body} in the body stand for the
     * request's.
     */
    record Answer(int status, Map<String, String> headers, String body, long delayMs) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    final Map<String, HttpServer> servers = new LinkedHashMap<>();
    volatile Answer answer;
    /** When set, the fake services hold every request until it is counted down. */
    volatile CountDownLatch hold;

    @TestHTTPResource("/")
    URL gateway;

    @BeforeAll
    void startFakes() {
        start("inspection-service", FakeUpstreamPorts.port(FakeUpstreamPorts.INSPECTION));
        start("performance-service", FakeUpstreamPorts.port(FakeUpstreamPorts.PERFORMANCE));
        start("budget-service", FakeUpstreamPorts.port(FakeUpstreamPorts.BUDGET));
    }

    @AfterAll
    void stopFakes() {
        servers.values().forEach(s -> s.stop(0));
    }

    @BeforeEach
    void reset() {
        received.clear();
        answer = new Answer(200, Map.of("Content-Type", "application/json"), "{\"ok\":true}", 0);
        hold = null;
    }

    private void start(String service, int port) {
        try {
            // a backlog above the gateway's pool: a burst of new connections must not overflow it (the kernel would drop
            // the excess and the gateway's connect would be retried a second later, past the test's connect timeout)
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 4 * Forwarder.CONNECTIONS_PER_SERVICE);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> handle(service, exchange));
            server.start();
            servers.put(service, server);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake " + service + " on " + port, e);
        }
    }

    private void handle(String service, HttpExchange exchange) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(new Received(service, exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, body, exchange.getRemoteAddress().getPort()));
        Answer a = answer;
        CountDownLatch gate = hold;
        if (gate != null) {
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (a.delayMs() > 0) {
            try {
                Thread.sleep(a.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v.replace("{self}",
                "http://127.0.0.1:" + exchange.getLocalAddress().getPort())));
        byte[] out = a.body() == null ? new byte[0] : a.body().replace("{path}", exchange.getRequestURI().getRawPath())
                .replace("{body}", new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(a.status(), out.length == 0 ? -1 : out.length);
        if (out.length > 0) {
            exchange.getResponseBody().write(out);
        }
        exchange.close();
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private Received only() {
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    @Test
    void everyRouteReachesItsOwningService() {
        record Route(String method, String path, String service) {
        }
        List<Route> routes = List.of(
                new Route("PUT", "/api/v1/teams/milton-keynes/returns/2019-20-Q4", "performance-service"),
                new Route("GET", "/api/v1/teams/milton-keynes/returns/2019-20-Q4", "performance-service"),
                new Route("GET", "/api/v1/teams/milton-keynes/returns/2019-20-Q4/revisions", "performance-service"),
                new Route("PUT", "/api/v1/teams/milton-keynes/targets/2019-20", "performance-service"),
                new Route("GET", "/api/v1/teams/milton-keynes/targets/2019-20", "performance-service"),
                new Route("GET", "/api/v1/teams/milton-keynes/targets/2019-20/revisions", "performance-service"),
                new Route("POST", "/api/v1/returns/bulk", "performance-service"),
                new Route("PUT", "/api/v1/teams/milton-keynes/budgets/2019-20", "budget-service"),
                new Route("GET", "/api/v1/teams/milton-keynes/budgets/2019-20", "budget-service"),
                new Route("GET", "/api/v1/teams/milton-keynes/budgets/2019-20/revisions", "budget-service"),
                new Route("PUT", "/api/v1/teams/milton-keynes/staffing/2019-20", "budget-service"),
                new Route("GET", "/api/v1/teams/milton-keynes/staffing/2019-20", "budget-service"),
                new Route("GET", "/api/v1/teams/milton-keynes/staffing/2019-20/revisions", "budget-service"),
                new Route("POST", "/api/v1/inspections", "inspection-service"),
                new Route("GET", "/api/v1/inspections", "inspection-service"),
                new Route("GET", "/api/v1/inspections/abc", "inspection-service"),
                new Route("PUT", "/api/v1/inspections/abc", "inspection-service"),
                new Route("GET", "/api/v1/inspections/abc/versions", "inspection-service"),
                new Route("POST", "/api/v1/inspections/abc/recommendations", "inspection-service"),
                new Route("POST", "/api/v1/inspections/abc/actions", "inspection-service"),
                new Route("PATCH", "/api/v1/actions/xyz", "inspection-service"),
                new Route("GET", "/api/v1/actions/xyz", "inspection-service"),
                new Route("GET", "/api/v1/frameworks", "inspection-service"),
                new Route("GET", "/api/v1/frameworks/hmip-youth-2018", "inspection-service"));
        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            received.clear();
            RequestSpecification spec = as(TOKENS.admin());
            if (!route.method().equals("GET")) {
                spec = spec.contentType("application/json").body("{\"n\":1}");
            }
            spec.when().request(route.method(), route.path()).then().statusCode(200).body("ok", equalTo(true));
            Received r = only();
            if (!r.service().equals(route.service()) || !r.method().equals(route.method()) || !r.path().equals(route.path())) {
                wrong.add(route + " reached " + r.service() + " as " + r.method() + " " + r.path());
            }
            if (!route.method().equals("GET") && !new String(r.body(), StandardCharsets.UTF_8).equals("{\"n\":1}")) {
                wrong.add(route + " lost its body");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void passesTheRequestThroughUnchanged() {
        String token = TOKENS.authority("milton-keynes");
        String body = "{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":5,\"denominator\":19230}]}";
        answer = new Answer(201, Map.of("Content-Type", "application/json", "ETag", "\"1\""),
                "{\"team\":\"milton-keynes\",\"revision\":1}", 0);
        as(token).urlEncodingEnabled(false).contentType("application/json").accept("application/json")
                .header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/teams/milton-keynes/returns/2019-20-Q4?dryRun=false&x=a%20b")
                .then().statusCode(201)
                .contentType("application/json")
                .header("ETag", "\"1\"")
                .body(equalTo("{\"team\":\"milton-keynes\",\"revision\":1}"));
        Received r = only();
        assertThat(r.service()).isEqualTo("performance-service");
        assertThat(r.method()).isEqualTo("PUT");
        assertThat(r.path()).isEqualTo("/api/v1/teams/milton-keynes/returns/2019-20-Q4");
        assertThat(r.query()).isEqualTo("dryRun=false&x=a%20b");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(r.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.header("Accept")).isEqualTo("application/json");
        assertThat(r.header("If-Match")).isEqualTo("\"0\"");
    }

    @Test
    void problemAnswersPassThroughUnchanged() {
        String problem = "{\"type\":\"https://yjhub.org/problems/validation\",\"title\":\"Validation failed\",\"status\":422,"
                + "\"detail\":\"denominator must be positive\",\"errors\":[{\"field\":\"values[0].denominator\","
                + "\"message\":\"must be positive\"}]}";
        answer = new Answer(422, Map.of("Content-Type", "application/problem+json"), problem, 0);
        as(TOKENS.admin()).contentType("application/json").body("{\"values\":[]}")
                .when().put("/api/v1/teams/medway/returns/2019-20-Q4")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body(equalTo(problem));
        answer = new Answer(412, Map.of("Content-Type", "application/problem+json", "ETag", "\"3\""),
                "{\"status\":412}", 0);
        as(TOKENS.admin()).contentType("application/json").header("If-Match", "\"2\"").body("{}")
                .when().put("/api/v1/teams/medway/budgets/2019-20")
                .then().statusCode(412).contentType("application/problem+json").header("ETag", "\"3\"");
        answer = new Answer(403, Map.of("Content-Type", "application/problem+json"), "{\"status\":403}", 0);
        as(TOKENS.authority("medway")).contentType("application/json").body("{}")
                .when().put("/api/v1/teams/milton-keynes/targets/2019-20")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void locationPointingAtTheServiceIsRewrittenToTheGateway() {
        answer = new Answer(201, Map.of("Content-Type", "application/json", "ETag", "\"1\"",
                "Location", "{self}/api/v1/inspections/3f0c2a"), "{\"id\":\"3f0c2a\"}", 0);
        Response r = as(TOKENS.inspector()).contentType("application/json").body("{\"team\":\"medway\"}")
                .when().post("/api/v1/inspections");
        r.then().statusCode(201).header("ETag", "\"1\"").body("id", equalTo("3f0c2a"));
        String base = gateway.toString().replaceAll("/$", "");
        assertThat(r.header("Location")).isEqualTo(base + "/api/v1/inspections/3f0c2a");
        assertThat(only().service()).isEqualTo("inspection-service");

        answer = new Answer(201, Map.of("Location", "/api/v1/actions/77"), null, 0);
        as(TOKENS.inspector()).contentType("application/json").body("{}")
                .when().post("/api/v1/inspections/3f0c2a/actions")
                .then().statusCode(201).header("Location", "/api/v1/actions/77");
    }

    @Test
    void bulkCsvAndPatchBodiesPassAsBytes() {
        String csv = "team,quarter,indicator,numerator,denominator\nmedway,2019-20-Q4,custody-rate,12,26000\n";
        answer = new Answer(200, Map.of("Content-Type", "application/json"), "{\"returns\":1,\"values\":1}", 0);
        as(TOKENS.admin()).contentType("text/csv").body(csv)
                .when().post("/api/v1/returns/bulk")
                .then().statusCode(200).body("returns", equalTo(1));
        Received r = only();
        assertThat(r.service()).isEqualTo("performance-service");
        assertThat(r.header("Content-Type")).startsWith("text/csv");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(csv);

        received.clear();
        as(TOKENS.authority("medway")).contentType("application/json").body("{\"progress\":\"done\",\"status\":\"COMPLETE\"}")
                .when().patch("/api/v1/actions/42")
                .then().statusCode(200);
        r = only();
        assertThat(r.method()).isEqualTo("PATCH");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"progress\":\"done\",\"status\":\"COMPLETE\"}");
    }

    @Test
    void readsPassQueryAndConditionalHeaders() {
        answer = new Answer(200, Map.of("Content-Type", "application/json"), "[]", 0);
        as(TOKENS.analyst()).when().get("/api/v1/inspections?team=medway").then().statusCode(200).body(equalTo("[]"));
        assertThat(only().query()).isEqualTo("team=medway");

        received.clear();
        answer = new Answer(304, Map.of("ETag", "\"5\""), null, 0);
        as(TOKENS.analyst()).header("If-None-Match", "\"5\"")
                .when().get("/api/v1/inspections/abc")
                .then().statusCode(304).header("ETag", "\"5\"");
        assertThat(only().header("If-None-Match")).isEqualTo("\"5\"");
    }

    @Test
    void planAndRecommendationRoutesPassThroughUnchanged() {
        String base = gateway.toString().replaceAll("/$", "");
        String token = TOKENS.authority("milton-keynes");
        String plan = "{\"title\":\"Youth Offending Team Action Plan\",\"status\":\"DRAFT\",\"source\":\"Milton Keynes "
                + "Council, Children and Young People Scrutiny Committee, 9 September 2021\"}";
        answer = new Answer(201, Map.of("Content-Type", "application/json", "ETag", "\"1\"",
                "Location", "{self}/api/v1/inspections/3f0c2a/plan"), "{\"revision\":1,\"status\":\"DRAFT\"}", 0);
        Response put = as(token).contentType("application/json").header("If-Match", "*").body(plan)
                .when().put("/api/v1/inspections/3f0c2a/plan");
        put.then().statusCode(201).header("ETag", "\"1\"").body("status", equalTo("DRAFT"));
        assertThat(put.header("Location")).isEqualTo(base + "/api/v1/inspections/3f0c2a/plan");
        Received r = only();
        assertThat(List.of(r.service(), r.method(), r.path()))
                .containsExactly("inspection-service", "PUT", "/api/v1/inspections/3f0c2a/plan");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(plan);
        assertThat(r.header("If-Match")).isEqualTo("*");
        assertThat(r.header("Authorization")).isEqualTo("Bearer " + token);

        received.clear();
        answer = new Answer(412, Map.of("Content-Type", "application/problem+json", "ETag", "\"2\""),
                "{\"status\":412}", 0);
        as(token).contentType("application/json").header("If-Match", "\"1\"").body(plan)
                .when().put("/api/v1/inspections/3f0c2a/plan")
                .then().statusCode(412).contentType("application/problem+json").header("ETag", "\"2\"");

        received.clear();
        answer = new Answer(304, Map.of("ETag", "\"2\""), null, 0);
        as(TOKENS.analyst()).header("If-None-Match", "\"2\"").when().get("/api/v1/inspections/3f0c2a/plan")
                .then().statusCode(304).header("ETag", "\"2\"");
        r = only();
        assertThat(List.of(r.method(), r.path(), r.header("If-None-Match")))
                .containsExactly("GET", "/api/v1/inspections/3f0c2a/plan", "\"2\"");

        received.clear();
        String progress = "{\"reportedOn\":\"2024-01-25\",\"text\":\"The Partnership Board now has oversight of young "
                + "people open to the YOS who are not in mainstream education.\",\"source\":\"Buckinghamshire Council, "
                + "Children's and Education Select Committee, 25 January 2024\"}";
        answer = new Answer(201, Map.of("Content-Type", "application/json", "Location", "{self}/api/v1/recommendations/r1"),
                "{\"id\":\"r1\",\"progress\":[{body}]}", 0);
        Response added = as(TOKENS.authority("buckinghamshire")).contentType("application/json").body(progress)
                .when().post("/api/v1/recommendations/r1/progress");
        added.then().statusCode(201).body("progress[0].reportedOn", equalTo("2024-01-25"));
        assertThat(added.header("Location")).isEqualTo(base + "/api/v1/recommendations/r1");
        r = only();
        assertThat(List.of(r.service(), r.method(), r.path()))
                .containsExactly("inspection-service", "POST", "/api/v1/recommendations/r1/progress");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(progress);

        received.clear();
        answer = new Answer(200, Map.of("Content-Type", "application/json"), "{\"id\":\"r1\",\"owner\":\"YJS Manager\"}", 0);
        as(TOKENS.analyst()).when().get("/api/v1/recommendations/r1")
                .then().statusCode(200).body("owner", equalTo("YJS Manager"));
        r = only();
        assertThat(List.of(r.service(), r.method(), r.path()))
                .containsExactly("inspection-service", "GET", "/api/v1/recommendations/r1");

        received.clear();
        answer = new Answer(404, Map.of("Content-Type", "application/problem+json"), "{\"status\":404}", 0);
        as(TOKENS.analyst()).when().get("/api/v1/recommendations/unknown")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void planAndRecommendationRoutesRefuseBadTokensBeforeForwarding() {
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.PUT, "/api/v1/inspections/abc/plan", "application/json", "{}");
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, "/api/v1/inspections/abc/plan", null, null);
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.POST, "/api/v1/recommendations/r1/progress", "application/json", "{}");
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, "/api/v1/recommendations/r1", null, null);
        assertThat(received).isEmpty();
    }

    @Test
    void planAndRecommendationRoutesGive503WhenTheInspectionServiceIsDown() {
        HttpServer inspection = servers.remove("inspection-service");
        inspection.stop(0);
        try {
            as(TOKENS.inspector()).contentType("application/json").body("{\"status\":\"DRAFT\"}")
                    .when().put("/api/v1/inspections/abc/plan")
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("service", equalTo("inspection-service"));
            as(TOKENS.analyst()).when().get("/api/v1/recommendations/r1")
                    .then().statusCode(503).body("service", equalTo("inspection-service"));
        } finally {
            start("inspection-service", FakeUpstreamPorts.port(FakeUpstreamPorts.INSPECTION));
        }
    }

    @Test
    void theGatewayRefusesBadTokensBeforeForwarding() {
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.PUT, "/api/v1/teams/medway/returns/2019-20-Q4",
                "application/json", "{\"values\":[]}");
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.POST, "/api/v1/inspections", "application/json", "{}");
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.PATCH, "/api/v1/actions/1", "application/json", "{}");
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, "/api/v1/frameworks", null, null);
        assertThat(received).isEmpty();
    }

    @Test
    void aServiceThatIsDownGives503NamingIt() {
        HttpServer budget = servers.remove("budget-service");
        budget.stop(0);
        try {
            long started = System.nanoTime();
            as(TOKENS.admin()).contentType("application/json").body("{\"contributions\":[]}")
                    .when().put("/api/v1/teams/medway/budgets/2019-20")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("status", equalTo(503))
                    .body("title", equalTo("Service unavailable"))
                    .body("service", equalTo("budget-service"))
                    .body("detail", containsString("budget-service"))
                    .body("instance", equalTo("/api/v1/teams/medway/budgets/2019-20"));
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5000);
            // the other services are unaffected
            as(TOKENS.analyst()).when().get("/api/v1/frameworks").then().statusCode(200);
        } finally {
            start("budget-service", FakeUpstreamPorts.port(FakeUpstreamPorts.BUDGET));
        }
        as(TOKENS.analyst()).when().get("/api/v1/teams/medway/budgets/2019-20").then().statusCode(200);
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeGives503() {
        answer = new Answer(200, Map.of("Content-Type", "application/json"), "{}", 4000);
        long started = System.nanoTime();
        as(TOKENS.admin()).contentType("application/json").body("{}")
                .when().put("/api/v1/teams/medway/targets/2019-20")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("service", equalTo("performance-service"))
                .body("detail", containsString("did not answer within 2000 ms"));
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(ms).isBetween(1900L, 3900L);
    }

    @Test
    void forwardsOneAfterAnotherReuseOneKeptAliveConnection() {
        for (int i = 0; i < 10; i++) {
            as(TOKENS.analyst()).when().get("/api/v1/frameworks/f" + i).then().statusCode(200);
        }
        assertThat(received).hasSize(10);
        assertThat(received.stream().map(Received::connection).distinct()).hasSize(1);
    }

    @Test
    void concurrentForwardsBeyondThePoolEachGetTheirOwnAnswer() {
        answer = new Answer(200, Map.of("Content-Type", "text/plain"), "{path} {body}", 100);
        int requests = 100;
        String token = TOKENS.admin();
        HttpClient caller = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> sent = IntStream.range(0, requests)
                .mapToObj(i -> caller.sendAsync(putReturn(i, token), HttpResponse.BodyHandlers.ofString()))
                .toList();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            HttpResponse<String> r = sent.get(i).join();
            String expected = "/api/v1/teams/team-" + i + "/returns/2019-20-Q4 {\"n\":" + i + "}";
            if (r.statusCode() != 200 || !r.body().equals(expected)) {
                wrong.add(i + ": " + r.statusCode() + " " + r.body());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(received).hasSize(requests);
        // more requests than pooled connections: they shared at most that many connections, several at once
        assertThat(received.stream().map(Received::connection).distinct().count())
                .isBetween(2L, (long) Forwarder.CONNECTIONS_PER_SERVICE);
    }

    @Test
    void aRequestThatFindsEveryPooledConnectionBusyGives503AndIsNotSent() {
        hold = new CountDownLatch(1);
        String token = TOKENS.admin();
        HttpClient caller = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> busy = IntStream.range(0, Forwarder.CONNECTIONS_PER_SERVICE)
                .mapToObj(i -> caller.sendAsync(putReturn(i, token), HttpResponse.BodyHandlers.ofString()))
                .toList();
        try {
            await().atMost(Duration.ofMillis(900)).until(() -> received.size() == Forwarder.CONNECTIONS_PER_SERVICE);
            long started = System.nanoTime();
            as(token).contentType("application/json").body("{}")
                    .when().put("/api/v1/teams/medway/returns/2019-20-Q4")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("service", equalTo("performance-service"))
                    .body("detail", containsString("did not accept a connection within 1000 ms; the request was not "
                            + "delivered"));
            assertThat((System.nanoTime() - started) / 1_000_000).isBetween(900L, 1900L);
            assertThat(received).hasSize(Forwarder.CONNECTIONS_PER_SERVICE);
        } finally {
            hold.countDown();
        }
        busy.forEach(CompletableFuture::join);
    }

    private HttpRequest putReturn(int i, String token) {
        return HttpRequest.newBuilder(URI.create(gateway.toString().replaceAll("/$", "") + "/api/v1/teams/team-" + i
                        + "/returns/2019-20-Q4"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"n\":" + i + "}"))
                .build();
    }
}
