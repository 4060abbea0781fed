package org.yjhub.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.budget.BudgetSubmitted;
import org.yjhub.gateway.TestEvents;
import org.yjhub.gateway.readmodel.ReadModel;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.testsupport.AuthProbe;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yjhub.gateway.TestEvents.budget;
import static org.yjhub.gateway.TestEvents.returned;
import static org.yjhub.gateway.TestEvents.value;

/** The live feed over Server-Sent Events: one 'change' event per applied change, none for duplicates. Uses Wales and 2023-24. */
@QuarkusTest
class ChangesResourceTest {

    static final Tokens TOKENS = Tokens.forTests();

    @TestHTTPResource("/api/v1/changes")
    URL changes;

    @Inject
    ReadModel readModel;

    /** Reads the stream's lines on a background thread. */
    static final class Stream implements AutoCloseable {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final HttpResponse<java.util.stream.Stream<String>> response;
        final Thread reader;

        Stream(URL url, String token) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url.toString()))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
            response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                    .get(10, TimeUnit.SECONDS);
            reader = new Thread(() -> {
                try (java.util.stream.Stream<String> body = response.body()) {
                    body.forEach(lines::add);
                } catch (RuntimeException ignored) {
                    // closed by the test
                }
            }, "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        /** The next line that starts with the prefix, skipping others. */
        String next(String prefix) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new AssertionError("no line starting with '" + prefix + "' within 20 s");
        }

        /** The data of the next 'change' event about an aggregate whose id starts with the prefix (id and name checked). */
        JsonNode nextChange(String aggregatePrefix) throws Exception {
            List<String> block = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line == null) {
                    continue;
                }
                if (line.isEmpty()) {
                    if (block.stream().anyMatch(l -> l.startsWith("data:"))) {
                        assertThat(block).anyMatch(l -> l.matches("id: ?\\d+"));
                        assertThat(block).anyMatch(l -> l.matches("event: ?change"));
                        String data = block.stream().filter(l -> l.startsWith("data:")).findFirst().orElseThrow();
                        JsonNode change = TestEvents.JSON.readTree(data.substring(5).trim());
                        if (change.get("aggregateId").asText().startsWith(aggregatePrefix)) {
                            return change;
                        }
                    }
                    block.clear();
                } else {
                    block.add(line);
                }
            }
            throw new AssertionError("no change event within 20 s");
        }

        @Override
        public void close() {
            reader.interrupt();
            response.body().close();
        }
    }

    @Test
    void streamsEachAppliedChangeOnce() throws Exception {
        try (Stream stream = new Stream(changes, TOKENS.analyst())) {
            assertThat(stream.response.statusCode()).isEqualTo(200);
            assertThat(stream.response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("text/event-stream"));
            stream.next(":");

            var first = budget("cardiff", "2023-24", 1, 10, 20);
            TestEvents.sendAndAwait(readModel, first);
            JsonNode change = stream.nextChange("cardiff/");
            assertThat(change.get("aggregateType").asText()).isEqualTo(BudgetSubmitted.AGGREGATE);
            assertThat(change.get("aggregateId").asText()).isEqualTo("cardiff/2023-24");
            assertThat(change.get("version").asLong()).isEqualTo(1);
            assertThat(change.get("type").asText()).isEqualTo(BudgetSubmitted.TYPE);
            assertThat(Instant.parse(change.get("time").asText())).isEqualTo(first.time());

            // a duplicate is not a change; the next event on the stream is the return that follows it
            TestEvents.send(first);
            var next = returned("cardiff", "2023-24-Q2", 1, value("custody-rate", 1, 10000));
            TestEvents.sendAndAwait(readModel, next);
            JsonNode second = stream.nextChange("cardiff/");
            assertThat(second.get("aggregateId").asText()).isEqualTo("cardiff/2023-24-Q2");
            assertThat(second.get("aggregateType").asText()).isEqualTo("kpi-return");
        }
    }

    @Test
    void severalClientsEachGetTheChange() throws Exception {
        try (Stream a = new Stream(changes, TOKENS.analyst()); Stream b = new Stream(changes, TOKENS.authority("bridgend"))) {
            a.next(":");
            b.next(":");
            TestEvents.sendAndAwait(readModel, budget("bridgend", "2023-24", 1, 5, 5));
            assertThat(a.nextChange("bridgend/").get("aggregateId").asText()).isEqualTo("bridgend/2023-24");
            assertThat(b.nextChange("bridgend/").get("aggregateId").asText()).isEqualTo("bridgend/2023-24");
        }
    }

    @Test
    void refusesBadTokens() {
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, "/api/v1/changes", null, null);
    }
}
