package org.yjhub.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.EventEnvelope;
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

/**
 * The live feed over Server-Sent Events: one 'change' event per applied change, none for duplicates; a reconnect
 * resumes from the retained window or is told to reload. Uses Wales: 2023-24 to 2025-26, and returns of 2004-05 to
 * 2008-09, quarters no other test uses.
 */
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
            this(url, token, null);
        }

        /** Resumes after {@code lastEventId} (sent as Last-Event-ID). */
        Stream(URL url, String token, String lastEventId) throws Exception {
            this(HttpRequest.newBuilder(URI.create(url.toString())), token, lastEventId);
        }

        Stream(HttpRequest.Builder builder, String token, String lastEventId) throws Exception {
            builder.header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
            if (lastEventId != null) {
                builder.header("Last-Event-ID", lastEventId);
            }
            HttpRequest request = builder.GET().build();
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
            return nextEvent("change", aggregatePrefix).data();
        }

        /**
         * The next event named {@code name} (a 'change' about an aggregate whose id starts with the prefix, or any
         * other event), skipping other changes.
         */
        Event nextEvent(String name, String aggregatePrefix) throws Exception {
            List<String> block = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line == null) {
                    continue;
                }
                if (!line.isEmpty()) {
                    block.add(line);
                    continue;
                }
                Event event = Event.parse(block);
                block.clear();
                if (event != null && event.name().equals(name) && (!name.equals("change")
                        || event.data().get("aggregateId").asText().startsWith(aggregatePrefix))) {
                    return event;
                }
            }
            throw new AssertionError("no '" + name + "' event within 20 s");
        }

        @Override
        public void close() {
            reader.interrupt();
            response.body().close();
        }
    }

    /** One server-sent event with data: every such event has an id and a name. */
    record Event(String id, String name, JsonNode data, List<String> fieldNames) {

        static Event parse(List<String> block) throws Exception {
            if (block.stream().noneMatch(l -> l.startsWith("data:"))) {
                return null;
            }
            assertThat(block).anyMatch(l -> l.matches("id: ?[0-9a-z]+-\\d+"));
            return new Event(field(block, "id"), field(block, "event"), TestEvents.JSON.readTree(field(block, "data")),
                    block.stream().map(l -> l.substring(0, l.indexOf(':'))).toList());
        }

        private static String field(List<String> block, String name) {
            return block.stream().filter(l -> l.startsWith(name + ":")).findFirst().orElseThrow()
                    .substring(name.length() + 1).trim();
        }

        long sequence() {
            return Long.parseLong(id.substring(id.indexOf('-') + 1));
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
            Event event = stream.nextEvent("change", "cardiff/");
            // the fields SSE defines, as the OpenAPI document describes the stream: no content-type line
            assertThat(event.fieldNames()).containsExactly("id", "event", "data");
            JsonNode change = event.data();
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

    /** A client connects, receives the change of {@code event}, and goes away: the event it saw last. */
    private Event seenThenDisconnected(EventEnvelope event) throws Exception {
        try (Stream stream = new Stream(changes, TOKENS.analyst())) {
            stream.next(":");
            TestEvents.sendAndAwait(readModel, event);
            return stream.nextEvent("change", event.aggregateId());
        }
    }

    /** The stream's next change about the event's team is the event's, after {@code previous}. */
    private void nextIsLive(Stream stream, EventEnvelope event, Event previous) throws Exception {
        TestEvents.sendAndAwait(readModel, event);
        Event live = stream.nextEvent("change", event.aggregateId().substring(0, event.aggregateId().indexOf('/') + 1));
        assertThat(live.data().get("aggregateId").asText()).isEqualTo(event.aggregateId());
        assertThat(live.sequence()).isGreaterThan(previous.sequence());
    }

    @Test
    void aReconnectWithLastEventIdGetsTheChangesItMissedInOrderThenLiveOnes() throws Exception {
        Event seen = seenThenDisconnected(budget("newport", "2023-24", 1, 10, 20));
        // missed while away, in this order (each awaited: the topics do not order one against another)
        TestEvents.sendAndAwait(readModel, returned("newport", "2006-07-Q2", 1, value("custody-rate", 1, 10000)));
        TestEvents.sendAndAwait(readModel, budget("newport", "2024-25", 1, 11, 21));
        TestEvents.sendAndAwait(readModel, returned("newport", "2006-07-Q2", 2, value("custody-rate", 2, 10000)));

        try (Stream stream = new Stream(changes, TOKENS.analyst(), seen.id())) {
            Event first = stream.nextEvent("change", "newport/");
            Event second = stream.nextEvent("change", "newport/");
            Event third = stream.nextEvent("change", "newport/");
            assertThat(List.of(first, second, third)).extracting(e -> e.data().get("aggregateId").asText() + " v"
                    + e.data().get("version").asLong())
                    .containsExactly("newport/2006-07-Q2 v1", "newport/2024-25 v1", "newport/2006-07-Q2 v2");
            assertThat(first.sequence()).isGreaterThan(seen.sequence());
            assertThat(second.sequence()).isGreaterThan(first.sequence());
            assertThat(third.sequence()).isGreaterThan(second.sequence());

            // then live, once: the next change is the new one, not a repeat of the replay
            nextIsLive(stream, budget("newport", "2025-26", 1, 12, 22), third);
        }
    }

    @Test
    void aReconnectFromFurtherBackThanTheWindowIsToldToReloadThenFollowsTheFeed() throws Exception {
        Event seen = seenThenDisconnected(budget("monmouthshire-and-torfaen", "2023-24", 1, 10, 20));
        // the test window keeps 16 changes (application.properties): 17 quarters' returns push the one seen out of it
        var missed = new ArrayList<EventEnvelope>();
        for (int year = 2004; year <= 2008; year++) { // quarters no other test uses: they change national figures
            for (int q = 1; q <= 4 && missed.size() < 17; q++) {
                String quarter = String.format("%d-%02d-Q%d", year, (year + 1) % 100, q);
                missed.add(returned("monmouthshire-and-torfaen", quarter, 1, value("custody-rate", q, 10000)));
            }
        }
        TestEvents.sendAndAwait(readModel, missed.toArray(EventEnvelope[]::new));

        try (Stream stream = new Stream(changes, TOKENS.analyst(), seen.id())) {
            Event reload = stream.nextEvent("reload", null);
            assertThat(reload.data().get("reason").asText()).contains("the feed keeps 16");
            assertThat(reload.sequence()).isGreaterThanOrEqualTo(seen.sequence() + 17);

            nextIsLive(stream, budget("monmouthshire-and-torfaen", "2024-25", 1, 11, 21), reload);
        }
    }

    @Test
    void anIdTheFeedNeverGaveInTheQueryIsToldToReload() throws Exception {
        URI withQuery = URI.create(changes + "?lastEventId=another-42");
        try (Stream stream = new Stream(HttpRequest.newBuilder(withQuery), TOKENS.analyst(), null)) {
            assertThat(stream.response.statusCode()).isEqualTo(200);
            Event reload = stream.nextEvent("reload", null);
            assertThat(reload.data().get("reason").asText()).contains("another instance");
        }
    }

    @Test
    void refusesBadTokens() {
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.GET, "/api/v1/changes", null, null);
    }
}
