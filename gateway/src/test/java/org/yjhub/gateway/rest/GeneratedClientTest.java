package org.yjhub.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yjhub.gateway.FakeUpstreamPorts;
import org.yjhub.gateway.client.ApiClient;
import org.yjhub.gateway.client.ApiException;
import org.yjhub.gateway.client.ApiResponse;
import org.yjhub.gateway.client.api.KpiReturnsApi;
import org.yjhub.gateway.client.api.ReferenceDataApi;
import org.yjhub.gateway.client.model.ModelReturn;
import org.yjhub.gateway.client.model.Problem;
import org.yjhub.gateway.client.model.ReturnRequest;
import org.yjhub.gateway.client.model.Team;
import org.yjhub.gateway.client.model.ValueInput;
import org.yjhub.localinfra.jwt.Tokens;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A client generated from the gateway's own document (openapi-generator, Java, in the build's generate-test-sources)
 * calls the gateway as a script author would: a typed write forwarded to the performance-service (a small fake here,
 * as in ForwardingTest), a typed read of it back, and a typed read the gateway serves itself; a problem answer reads
 * as a typed Problem.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RETURN = """
            {"team":"milton-keynes","quarter":"2019-20-Q4","revision":1,
             "values":[{"indicator":"custody-rate","numerator":5,"denominator":19230,"rate":0.26,"rateExact":0.26001040041601664}],
             "submittedAt":"2020-04-20T09:15:00Z","submittedBy":"mk-data-officer",
             "source":"Milton Keynes Youth Justice Plan 2019/20, table 3","synthetic":false}""";

    @TestHTTPResource("/")
    URL gateway;

    final AtomicReference<String> received = new AtomicReference<>();
    HttpServer performance;
    ApiClient client;

    @BeforeAll
    void start() throws IOException {
        performance = HttpServer.create(new InetSocketAddress("127.0.0.1",
                FakeUpstreamPorts.port(FakeUpstreamPorts.PERFORMANCE)), 16);
        performance.createContext("/", exchange -> {
            String method = exchange.getRequestMethod();
            received.set(method + " " + exchange.getRequestURI().getRawPath() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] out = RETURN.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("ETag", "\"1\"");
            exchange.sendResponseHeaders(method.equals("PUT") ? 201 : 200, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        performance.start();
    }

    /** The test's URL is known once a test runs. */
    @BeforeEach
    void client() {
        String token = Tokens.forTests().authority("milton-keynes");
        client = new ApiClient();
        client.updateBaseUri(gateway.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    @AfterAll
    void stop() {
        performance.stop(0);
    }

    @Test
    void aTypedWriteIsForwardedAndItsTypedAnswerComesBack() throws Exception {
        ReturnRequest request = new ReturnRequest()
                .addValuesItem(new ValueInput().indicator("custody-rate").numerator(new BigDecimal("5"))
                        .denominator(new BigDecimal("19230")))
                .source("Milton Keynes Youth Justice Plan 2019/20, table 3");

        ApiResponse<ModelReturn> created = new KpiReturnsApi(client)
                .putReturnWithHttpInfo("milton-keynes", "2019-20-Q4", request, null, "*");

        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(created.getHeaders().get("etag")).containsExactly("\"1\"");
        ModelReturn stored = created.getData();
        assertThat(stored.getRevision()).isEqualTo(1L);
        assertThat(stored.getValues().get(0).getRate()).isEqualByComparingTo("0.26");
        assertThat(stored.getSubmittedAt().toInstant().toString()).isEqualTo("2020-04-20T09:15:00Z");

        String[] sent = received.get().split(" ", 3);
        assertThat(List.of(sent[0], sent[1])).containsExactly("PUT", "/api/v1/teams/milton-keynes/returns/2019-20-Q4");
        JsonNode body = JSON.readTree(sent[2]);
        assertThat(body.at("/values/0/indicator").asText()).isEqualTo("custody-rate");
        assertThat(body.at("/values/0/denominator").asInt()).isEqualTo(19230);
    }

    @Test
    void typedReadsOfAForwardedResourceAndOfTheGatewaysOwn() throws Exception {
        ModelReturn latest = new KpiReturnsApi(client).getReturn("milton-keynes", "2019-20-Q4", null);
        assertThat(latest.getTeam()).isEqualTo("milton-keynes");
        assertThat(latest.getValues()).hasSize(1);
        assertThat(received.get()).startsWith("GET /api/v1/teams/milton-keynes/returns/2019-20-Q4");

        Team team = new ReferenceDataApi(client).getTeam("milton-keynes", null);
        assertThat(team.getName()).isEqualTo("Milton Keynes");
        assertThat(team.getLocalAuthorities().get(0).getOnsCode()).isEqualTo("E06000042");
    }

    @Test
    void aProblemReadsAsATypedProblem() throws Exception {
        ApiException unknown = catchThrowableOfType(ApiException.class,
                () -> new ReferenceDataApi(client).getTeam("atlantis", null));
        assertThat(unknown.getCode()).isEqualTo(404);
        Problem problem = client.getObjectMapper().readValue(unknown.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getDetail()).contains("atlantis");
    }
}
