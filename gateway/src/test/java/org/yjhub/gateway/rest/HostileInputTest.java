package org.yjhub.gateway.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yjhub.gateway.FakeUpstreamPorts;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.testsupport.RawHttp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input at the gateway. Its own reads (profile, comparisons, dashboards, series, indicators, teams) answer odd
 * path and query values with 400/404 problem+json, never 500. Its forwarded writes either are refused by the gateway
 * itself (413 over its body limit, 400/414 from the HTTP layer) and reach no service, or reach the owning service with
 * path, body bytes and Content-Type exactly as sent — NUL bytes, invalid UTF-8, absurd numbers, wrong media types
 * included — so that the service judges them, and the service's problem answer comes back unchanged. The services run
 * here as small fakes on the ports the gateway is configured with; each answers 422 problem+json and records what it got.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    private static final Tokens TOKENS = Tokens.forTests();
    private static final String PROBLEM = "application/problem+json";
    private static final long LIMIT = 10L * 1024 * 1024;
    private static final String SERVICE_PROBLEM = "{\"type\":\"https://yjhub.org/problems/validation\",\"title\":\"Validation failed\","
            + "\"status\":422,\"detail\":\"judged by the service\"}";

    /** What a fake service received. */
    record Received(String service, String method, String rawPath, String contentType, byte[] body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<ExecutorService> pools = new ArrayList<>();

    @BeforeAll
    void startFakes() throws IOException {
        start("inspection-service", FakeUpstreamPorts.port(FakeUpstreamPorts.INSPECTION));
        start("performance-service", FakeUpstreamPorts.port(FakeUpstreamPorts.PERFORMANCE));
        start("budget-service", FakeUpstreamPorts.port(FakeUpstreamPorts.BUDGET));
    }

    @AfterAll
    void stopFakes() {
        servers.forEach(s -> s.stop(0));
        pools.forEach(ExecutorService::shutdownNow);
    }

    @BeforeEach
    void forget() {
        received.clear();
    }

    private void start(String service, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        ExecutorService pool = Executors.newCachedThreadPool();
        server.setExecutor(pool);
        server.createContext("/", exchange -> answer(service, exchange));
        server.start();
        servers.add(server);
        pools.add(pool);
    }

    private void answer(String service, HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(new Received(service, exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        byte[] out = SERVICE_PROBLEM.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", PROBLEM);
        exchange.sendResponseHeaders(422, out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    /**
     * A 4xx problem+json. Two answers come from the HTTP layer before any application code runs and carry no body: 414
     * for a request line over 4 KB, and 400 for a path that is not valid percent-encoding ({@code %ZZ}).
     */
    private static void assertProblem(RawHttp.Answer answer, Integer... allowed) {
        assertThat(answer.status()).as("status of %s", answer.body()).isIn((Object[]) allowed);
        boolean fromHttpLayer = answer.status() == 414 || answer.status() == 400 && answer.body().isEmpty();
        if (!fromHttpLayer) {
            assertThat(answer.header("Content-Type")).as("%s%n%n%s", answer.headers(), answer.body()).startsWith(PROBLEM);
            assertThat(JsonPath.from(answer.body()).getInt("status")).isEqualTo(answer.status());
            assertThat(JsonPath.from(answer.body()).getString("detail")).isNotBlank();
        }
    }

    // ---- the gateway's own reads: odd path and query values are 400 or 404, never 500

    static Stream<String> oddValues() {
        return Stream.of("x'", "%22x%22", "..%2F..%2Fadmin%2Frebuild", "x%00", "a%2Fb", "%ZZ", "%C3%A9t%C3%A9", "%E2%80%AE",
                "%F0%9F%98%80", "-0", "1e400", "%20", "x%0D%0ASet-Cookie:%20a=b", "x".repeat(3000), "x".repeat(5000));
    }

    @ParameterizedTest(name = "value {0}")
    @MethodSource("oddValues")
    void anOddValueInAReadIs400Or404(String value) throws Exception {
        String token = TOKENS.analyst();
        for (String path : List.of(
                "/api/v1/teams/" + value + "/profile",
                "/api/v1/teams/" + value,
                "/api/v1/indicators/" + value,
                "/api/v1/indicators/" + value + "/series?team=milton-keynes",
                "/api/v1/indicators/custody-rate/series?team=" + value,
                "/api/v1/comparisons/" + value + "?quarter=2019-20-Q4",
                "/api/v1/comparisons/custody-rate?quarter=" + value,
                "/api/v1/comparisons/custody-rate?quarter=2019-20-Q4&region=" + value,
                "/api/v1/comparisons/custody-rate?quarter=2019-20-Q4&format=" + value,
                "/api/v1/regions/" + value + "/dashboard?quarter=2019-20-Q4",
                "/api/v1/regions/south-east/dashboard?quarter=" + value)) {
            assertProblem(RawHttp.send("GET", path, token, null, null), 400, 404, 414);
        }
        assertThat(received).as("reads of the read model reach no service").isEmpty();
    }

    static Stream<Arguments> oddHeadersAndQueries() {
        return Stream.of(
                Arguments.of("/api/v1/comparisons/custody-rate", "Accept", "text/csv;q=abc", List.of(200, 400, 406)),
                Arguments.of("/api/v1/comparisons/custody-rate", "Accept", "/////", List.of(200, 400, 406)),
                Arguments.of("/api/v1/comparisons/custody-rate", "Accept", "application/xml", List.of(200, 406)),
                Arguments.of("/api/v1/comparisons/custody-rate", "If-None-Match", "\"\\u0000\", W/, *,,", List.of(200, 304)),
                Arguments.of("/api/v1/comparisons/custody-rate?quarter=2019-20-Q1&quarter=2019-20-Q2", "Accept", "application/json",
                        List.of(200, 400)),
                Arguments.of("/api/v1/comparisons/custody-rate?quarter", "Accept", "application/json", List.of(400)),
                Arguments.of("/api/v1/comparisons/custody-rate?quarter=", "Accept", "application/json", List.of(400)),
                Arguments.of("/api/v1/indicators/custody-rate/series", "Accept", "application/json", List.of(400)),
                Arguments.of("/api/v1/indicators/custody-rate/series?team=", "Accept", "application/json", List.of(400, 404)),
                Arguments.of("/api/v1/regions/south-east/dashboard?quarter=2019-20-Q9", "Accept", "application/json", List.of(400)),
                // a cached read matches a malformed tag with nothing, but a header over its bound (1,024) is refused
                Arguments.of("/api/v1/teams/milton-keynes/profile", "If-None-Match", "W/\"" + "9".repeat(3000) + "\"", List.of(400)),
                Arguments.of("/api/v1/teams/milton-keynes/profile", "If-None-Match", "W/\"" + "9".repeat(1000) + "\"", List.of(200)));
    }

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @MethodSource("oddHeadersAndQueries")
    void oddHeadersAndQueriesAreAnsweredNever500(String pathAndQuery, String header, String value, List<Integer> allowed)
            throws Exception {
        String path = pathAndQuery.contains("?") || !pathAndQuery.startsWith("/api/v1/comparisons") ? pathAndQuery
                : pathAndQuery + "?quarter=2019-20-Q4";
        RawHttp.Answer answer = RawHttp.sendWithHeader("GET", path, TOKENS.analyst(), header, value);
        assertThat(answer.status()).as("%s%n%s", answer.headers(), answer.body()).isIn(allowed);
        if (answer.status() >= 400) {
            assertThat(answer.header("Content-Type")).startsWith(PROBLEM);
        }
    }

    // ---- forwarded writes

    static Stream<Arguments> writes() {
        return Stream.of(
                Arguments.of("PUT", "/api/v1/teams/{v}/returns/2019-20-Q4", "performance-service", "application/json"),
                Arguments.of("PUT", "/api/v1/teams/milton-keynes/returns/{v}", "performance-service", "application/json"),
                Arguments.of("PUT", "/api/v1/teams/{v}/targets/2019-20", "performance-service", "application/json"),
                Arguments.of("POST", "/api/v1/returns/bulk", "performance-service", "text/csv"),
                Arguments.of("PUT", "/api/v1/teams/{v}/budgets/2019-20", "budget-service", "application/json"),
                Arguments.of("PUT", "/api/v1/teams/milton-keynes/staffing/{v}", "budget-service", "application/json"),
                Arguments.of("POST", "/api/v1/inspections", "inspection-service", "application/json"),
                Arguments.of("PUT", "/api/v1/inspections/{v}", "inspection-service", "application/json"),
                Arguments.of("POST", "/api/v1/inspections/{v}/recommendations", "inspection-service", "application/json"),
                Arguments.of("POST", "/api/v1/inspections/{v}/actions", "inspection-service", "application/json"),
                Arguments.of("PATCH", "/api/v1/actions/{v}", "inspection-service", "application/json"));
    }

    static Stream<Arguments> oddWritePaths() {
        List<Arguments> cases = new ArrayList<>();
        writes().map(Arguments::get).filter(a -> ((String) a[1]).contains("{v}")).forEach(a -> {
            for (String value : List.of("x'", "..%2F..%2Fadmin%2Frebuild", "x%00", "a%2Fb", "%ZZ", "%C3%A9t%C3%A9", "x;y=z",
                    "x".repeat(5000))) {
                cases.add(Arguments.of(a[0], ((String) a[1]).replace("{v}", value), a[2], a[3]));
            }
        });
        return cases.stream();
    }

    /**
     * Either refused at the gateway (reaching no service) or forwarded to the owner with the path exactly as sent, except
     * for matrix parameters ({@code ;y=z} in a segment), which JAX-RS reads as no part of the path and the service would
     * ignore as well.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("oddWritePaths")
    void anOddPathOfAWriteIsRefusedOrForwardedUnchangedNever500(String method, String path, String service, String type)
            throws Exception {
        RawHttp.Answer answer = RawHttp.send(method, path, TOKENS.admin(), type, "{}");
        assertProblem(answer, 400, 404, 414, 422);
        if (answer.status() == 422) {
            assertThat(received).hasSize(1);
            assertThat(received.get(0).service()).isEqualTo(service);
            assertThat(received.get(0).rawPath()).isEqualTo(path.replaceAll(";[^/]*", ""));
            assertThat(JsonPath.from(answer.body()).getString("detail")).isEqualTo("judged by the service");
        } else {
            assertThat(received).as("a refused request reaches no service").isEmpty();
        }
    }

    static Stream<Arguments> hostileBodies() {
        List<Arguments> cases = new ArrayList<>();
        List<byte[]> bodies = List.of(
                "{\"values\":[{\"indicator\":\"custody-rate\\u0000\",\"numerator\":1e400,\"denominator\":-0}]}".getBytes(StandardCharsets.UTF_8),
                "{\"source\":\"plan\u0000\"}".getBytes(StandardCharsets.UTF_8),
                new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'},
                "[[[[[[[[[[[[[[[[[[[[".repeat(100).getBytes(StandardCharsets.UTF_8),
                "team,quarter\n\"broken,quote\r\n\u0000".getBytes(StandardCharsets.UTF_8),
                new byte[0]);
        writes().map(Arguments::get).forEach(a -> {
            for (int i = 0; i < bodies.size(); i++) {
                for (String type : List.of((String) a[3], "text/plain", "application/xml")) {
                    cases.add(Arguments.of(a[0], ((String) a[1]).replace("{v}", "00000000-0000-0000-0000-000000000001"), a[2], type, i,
                            bodies.get(i)));
                }
            }
        });
        return cases.stream();
    }

    /** Bodies and media types are the owning service's to judge: they arrive byte for byte, and its answer comes back. */
    @ParameterizedTest(name = "{0} {1} as {3}, body {4}")
    @MethodSource("hostileBodies")
    void aHostileBodyReachesTheOwningServiceUnchangedAndItsProblemComesBack(String method, String path, String service,
                                                                          String type, int which, byte[] body) throws Exception {
        RawHttp.Answer answer = RawHttp.sendBytes(method, path, TOKENS.admin(), type, body);
        assertProblem(answer, 422);
        assertThat(JsonPath.from(answer.body()).getString("detail")).isEqualTo("judged by the service");
        assertThat(received).hasSize(1);
        Received got = received.get(0);
        assertThat(got.service()).isEqualTo(service);
        assertThat(got.method()).isEqualTo(method);
        assertThat(got.contentType()).isEqualTo(type);
        assertThat(got.body()).isEqualTo(body);
    }

    static Stream<Arguments> writesToResolve() {
        return writes().map(Arguments::get)
                .map(a -> Arguments.of(a[0], ((String) a[1]).replace("{v}", "00000000-0000-0000-0000-000000000001"), a[3]));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("writesToResolve")
    void aBodyOverTheGatewaysLimitIs413AndReachesNoService(String method, String path, String type) throws Exception {
        RawHttp.Answer answer = RawHttp.announce(method, path, TOKENS.admin(), type, LIMIT + 1, "{");
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith(PROBLEM);
        assertThat(answer.body()).contains("\"status\":413");
        assertThat(received).isEmpty();
    }

    @Test
    void aValidHundredThousandRowCsvFitsTheGatewaysLimitAndIsForwardedWhole() throws Exception {
        StringBuilder csv = new StringBuilder("team,quarter,indicator,numerator,denominator\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("milton-keynes,2019-20-Q4,custody-rate,").append(i % 40).append(',').append(15_000 + i).append('\n');
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat((long) body.length).isLessThan(LIMIT);

        RawHttp.Answer answer = RawHttp.sendBytes("POST", "/api/v1/returns/bulk", TOKENS.admin(), "text/csv", body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).body()).isEqualTo(body);
    }
}
