package org.yjhub.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.Topics;
import org.yjhub.common.events.performance.ReturnSubmitted;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.Team;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.localinfra.KafkaCluster;
import org.yjhub.localinfra.jwt.Tokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three-broker drill (issue 21): the packaged stack on a three-node Kafka cluster (replication factor 3,
 * {@code min.insync.replicas} 2). One node is made the leader of every partition of the three event topics and of
 * the consumer offsets (so also the gateway's group coordinator) and is the active controller; in the middle of a
 * burst of writes through the gateway it is killed with SIGKILL. The writes go on; the gateway must converge on every
 * accepted write while the node is still down; then the node is brought back. The gateway's change feed (one event per
 * change the read model applies, with the aggregate's version) records what it applied: nothing may be applied twice
 * or out of order. Finally every event of the performance topic is published a second time — a duplicate delivery of
 * each, older versions after newer — and the gateway must ignore every one. Figures go to target/kafka-cluster.json
 * and a {@code KAFKA_CLUSTER {...}} line (see docs/reliability.md).
 */
class KafkaClusterIT {

    private static final List<Team> TEAMS = TeamCatalog.load().all();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 2;
    private static final int TEAMS_PER_WRITER = 5;
    private static final int QUARTERS = 20;
    /** Each writer first creates its 100 returns (5 teams × 20 quarters), then revises the first 50. */
    private static final int WRITES_PER_WRITER = 150;
    private static final int KILL_AFTER_ANSWERS = 100;
    private static final Duration PACE = Duration.ofMillis(80);
    private static final String CONSUMER_OFFSETS = "__consumer_offsets";
    private static final Pattern EVENTS_METRIC = Pattern.compile("^yj_gateway_events_total\\{([^}]*)\\}\\s+(\\S+)",
            Pattern.MULTILINE);

    private static KafkaCluster cluster;
    private static Stack stack;
    private static Tokens tokens;
    private static ChangeListener changes;

    @BeforeAll
    static void startTheClusterAndTheStack() {
        cluster = KafkaCluster.startTemporary(Path.of("target/kafka-cluster-logs"));
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "kafka-cluster-shutdown"));
        stack = StackExtension.fresh("yj-cluster-it-", s -> s.useKafka(cluster.bootstrapServers()));
        tokens = stack.tokens();
    }

    @AfterAll
    static void stop() {
        if (changes != null) {
            changes.close();
        }
        if (stack != null) {
            stack.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    /** One PUT of a return through the gateway, as the client saw it. */
    record Write(String team, String quarter, long denominator, int status, String contentType, String retryAfter,
                 long sentAt, long answeredAt) {

        String aggregateId() {
            return ReturnSubmitted.aggregateId(team, quarter);
        }

        boolean accepted() {
            return status == 200 || status == 201;
        }
    }

    private static Write putReturn(String team, String quarter, long denominator) {
        long sentAt = System.nanoTime();
        Response r = given().baseUri(stack.url(Component.GATEWAY)).auth().oauth2(tokens.authority(team))
                .contentType("application/json")
                .body("{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":" + (denominator % 7) + ",\"denominator\":"
                        + denominator + "}]}")
                .put("/api/v1/teams/" + team + "/returns/" + quarter);
        return new Write(team, quarter, denominator, r.statusCode(), r.contentType(), r.header("Retry-After"), sentAt,
                System.nanoTime());
    }

    @Test
    void killingTheLeadersBrokerMidBurstLosesNoWriteAndAppliesNothingTwice() throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        changes = ChangeListener.follow(stack.url(Component.GATEWAY), tokens.analyst());

        // warm-up: every path to the gateway works before the drill (one return per team)
        List<Quarter> quarters = quarters(Quarter.parse("2010-11-Q1"), QUARTERS);
        List<Write> warmUp = new ArrayList<>();
        for (int i = 0; i < WRITERS * TEAMS_PER_WRITER; i++) {
            warmUp.add(putReturn(TEAMS.get(i).code(), "2009-10-Q1", 1_000 + i));
        }
        assertThat(warmUp).allMatch(Write::accepted);
        changes.await(latestVersions(warmUp), Duration.ofSeconds(60));

        // the victim: the active controller, made leader of every event partition and of the consumer offsets (so it
        // is the gateway's group coordinator too)
        int victim = cluster.controller();
        List<String> led = new ArrayList<>(Topics.ALL);
        led.add(CONSUMER_OFFSETS);
        cluster.leadAll(led, victim);
        assertThat(cluster.leaders(led).values()).containsOnly(victim);
        figures.put("victimNode", victim);
        figures.put("victimWasActiveController", true);
        figures.put("partitionsLedByVictim", cluster.leaders(led).size());
        Map<String, Double> before = eventCounts();
        int changesBefore = changes.size();

        // the burst, from two writers, each on teams of its own (so each writer's order is each return's order)
        AtomicInteger answered = new AtomicInteger();
        CountDownLatch killTime = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<List<Write>>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            final int writer = w;
            writers.add(pool.submit(() -> {
                List<Write> done = new ArrayList<>();
                for (int j = 0; j < WRITES_PER_WRITER; j++) {
                    long t0 = System.nanoTime();
                    int key = j % (TEAMS_PER_WRITER * QUARTERS);
                    String team = TEAMS.get(writer * TEAMS_PER_WRITER + key % TEAMS_PER_WRITER).code();
                    String quarter = quarters.get(key / TEAMS_PER_WRITER).toString();
                    done.add(putReturn(team, quarter, 60_000 + writer * 1_000 + j));
                    if (answered.incrementAndGet() == KILL_AFTER_ANSWERS) {
                        killTime.countDown();
                    }
                    Thread.sleep(Math.max(0, PACE.toMillis() - (System.nanoTime() - t0) / 1_000_000));
                }
                return done;
            }));
        }
        assertThat(killTime.await(120, TimeUnit.SECONDS)).isTrue();
        long killedAt = System.nanoTime();
        cluster.kill(victim);
        int answeredAtKill = answered.get();
        // while the writers go on: how long until every partition the victim led has another leader
        while (!allLedWithout(led, victim)) {
            assertThat(System.nanoTime() - killedAt).as("new leaders elected").isLessThan(Duration.ofSeconds(60).toNanos());
            Thread.sleep(100);
        }
        double newLeaders = seconds(killedAt, System.nanoTime());
        List<Write> writes = new ArrayList<>();
        for (Future<List<Write>> f : writers) {
            writes.addAll(f.get(180, TimeUnit.SECONDS));
        }
        pool.shutdown();
        long lastAnswer = writes.stream().mapToLong(Write::answeredAt).max().orElseThrow();

        // every write is accepted, or refused with 503 problem+json and Retry-After
        List<Write> refused = writes.stream().filter(w -> !w.accepted()).toList();
        assertThat(refused).allSatisfy(w -> {
            assertThat(w.status()).as("a refused write's status").isEqualTo(503);
            assertThat(w.contentType()).startsWith("application/problem+json");
            assertThat(w.retryAfter()).isNotBlank();
        });
        List<Write> accepted = writes.stream().filter(Write::accepted).toList();

        // the gateway converges on every accepted write with the victim still down; when did the last one arrive?
        Map<String, Long> expectedVersions = latestVersions(accepted);
        long convergedAt = changes.await(expectedVersions, Duration.ofSeconds(120));
        assertThat(cluster.brokers()).as("the brokers serving when the gateway has converged")
                .containsExactlyInAnyOrderElementsOf(cluster.nodeIds().stream().filter(id -> id != victim).toList());
        List<ChangeListener.Seen> drill = changes.since(changesBefore);
        double longestPause = longestPause(drill, killedAt);

        // bring it back, on its ports and data; every replica in sync again
        long restartAt = System.nanoTime();
        cluster.restart(victim);
        double restartSeconds = seconds(restartAt, System.nanoTime());
        cluster.awaitFullyReplicated(Duration.ofSeconds(120));
        double inSyncSeconds = seconds(restartAt, System.nanoTime());

        // lost: an accepted write whose value the gateway does not show as its return's latest
        Map<String, Write> latest = new LinkedHashMap<>();
        accepted.forEach(w -> latest.put(w.aggregateId(), w));
        Map<String, String> etags = new LinkedHashMap<>();
        List<String> lost = new ArrayList<>();
        for (Quarter q : quarters) {
            etags.put(q.toString(), notShown(q, latest.values(), lost));
        }
        assertThat(lost).as("accepted writes the gateway does not show").isEmpty();

        // applied twice: the same version of a return announced twice, or a version not above the one before it
        List<String> twice = appliedTwiceOrOutOfOrder(drill);
        assertThat(twice).as("changes applied twice or out of order").isEmpty();
        long superseded = accepted.size() - drill.size();
        Map<String, Double> after = eventCounts();
        double applied = after.get("applied") - before.get("applied");
        double redelivered = after.get("not-newer") - before.get("not-newer");
        assertThat(applied).as("the gateway's applied counter against its change feed").isEqualTo(drill.size());

        // every event of the performance topic delivered a second time: the gateway applies none of them
        TopicCopy topic = TopicCopy.read(cluster.bootstrapServers(), Topics.PERFORMANCE);
        int changesBeforeReplay = changes.size();
        int republished = topic.publishAgain(cluster.bootstrapServers());
        long replayAt = System.nanoTime();
        double replayIgnoredSeconds;
        while (true) {
            Map<String, Double> now = eventCounts();
            double received = now.get("not-newer") - after.get("not-newer") + now.get("applied") - after.get("applied");
            if (received >= republished) {
                replayIgnoredSeconds = seconds(replayAt, System.nanoTime());
                assertThat(now.get("applied")).as("applied counter after the duplicates").isEqualTo(after.get("applied"));
                break;
            }
            assertThat(System.nanoTime() - replayAt).as("the gateway reads the duplicates")
                    .isLessThan(Duration.ofSeconds(60).toNanos());
            Thread.sleep(200);
        }
        assertThat(changes.size()).as("changes applied from the duplicates").isEqualTo(changesBeforeReplay);
        for (Quarter q : quarters) {
            assertThat(given().baseUri(stack.url(Component.GATEWAY)).auth().oauth2(tokens.analyst())
                    .get("/api/v1/comparisons/custody-rate?quarter=" + q).header("ETag"))
                    .as("comparison %s after the duplicates", q).isEqualTo(etags.get(q.toString()));
        }

        figures.put("writesAttempted", writes.size());
        figures.put("accepted", accepted.size());
        figures.put("refused503", refused.size());
        figures.put("lost", lost.size());
        figures.put("appliedTwice", twice.size());
        figures.put("writers", WRITERS);
        figures.put("teams", WRITERS * TEAMS_PER_WRITER);
        figures.put("returns", latest.size());
        figures.put("answeredBeforeTheKill", answeredAtKill);
        figures.put("answeredAfterTheKill", writes.size() - answeredAtKill);
        figures.put("secondsFromKillToNewLeaders", round(newLeaders));
        figures.put("secondsFromKillToLastWrite", round(seconds(killedAt, lastAnswer)));
        figures.put("secondsFromKillToConverged", round(seconds(killedAt, convergedAt)));
        figures.put("longestPauseInAppliedChangesSeconds", round(longestPause));
        List<Double> lags = lags(accepted, drill);
        figures.put("medianSecondsFromAnswerToApplied", round(lags.get(lags.size() / 2)));
        figures.put("maxSecondsFromAnswerToApplied", round(lags.get(lags.size() - 1)));
        figures.put("maxWriteSecondsBeforeTheKill", round(writes.stream().filter(w -> w.sentAt() < killedAt)
                .mapToDouble(w -> seconds(w.sentAt(), w.answeredAt())).max().orElse(0)));
        figures.put("maxWriteSecondsAfterTheKill", round(writes.stream().filter(w -> w.sentAt() >= killedAt)
                .mapToDouble(w -> seconds(w.sentAt(), w.answeredAt())).max().orElse(0)));
        figures.put("changesApplied", drill.size());
        figures.put("supersededBeforeApplied", superseded);
        figures.put("redeliveriesIgnoredDuringDrill", (long) redelivered);
        figures.put("duplicatesInTopic", topic.duplicates());
        figures.put("republished", republished);
        figures.put("republishedApplied", changes.size() - changesBeforeReplay);
        figures.put("secondsToIgnoreRepublished", round(replayIgnoredSeconds));
        figures.put("secondsToRestartVictim", round(restartSeconds));
        figures.put("secondsFromRestartToAllReplicasInSync", round(inSyncSeconds));

        // with the node back: the cluster takes writes on every node again
        List<Write> afterwards = new ArrayList<>();
        for (int i = 0; i < WRITERS * TEAMS_PER_WRITER; i++) {
            afterwards.add(putReturn(TEAMS.get(i).code(), "2015-16-Q1", 90_000 + i));
        }
        assertThat(afterwards).allMatch(Write::accepted);
        long convergedAfterRestart = changes.await(latestVersions(afterwards), Duration.ofSeconds(60));
        figures.put("writesAfterRestart", afterwards.size());
        figures.put("secondsFromLastWriteAfterRestartToConverged",
                round(seconds(afterwards.get(afterwards.size() - 1).answeredAt(), convergedAfterRestart)));

        Path out = Path.of("target/kafka-cluster.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(figures));
        System.out.println("KAFKA_CLUSTER " + JSON.writeValueAsString(figures));
    }

    /**
     * Reads the gateway's comparison for a quarter and adds to {@code lost} each of these writes of that quarter whose
     * value it does not show; returns the comparison's ETag.
     */
    private static String notShown(Quarter q, Collection<Write> writes, List<String> lost) {
        Response r = given().baseUri(stack.url(Component.GATEWAY)).auth().oauth2(tokens.analyst())
                .get("/api/v1/comparisons/custody-rate?quarter=" + q);
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Long> shown = new HashMap<>();
        for (Map<String, Object> row : r.jsonPath().<Map<String, Object>>getList("rows")) {
            shown.put((String) row.get("team"), ((Number) row.get("denominator")).longValue());
        }
        writes.stream().filter(w -> w.quarter().equals(q.toString()))
                .filter(w -> !Long.valueOf(w.denominator()).equals(shown.get(w.team())))
                .forEach(w -> lost.add(w.aggregateId() + " = " + w.denominator() + ", shown " + shown.get(w.team())));
        return r.header("ETag");
    }

    /**
     * For each accepted write, sorted: the seconds from its answer until the gateway applied its version of the return
     * or a later one.
     */
    private static List<Double> lags(List<Write> accepted, List<ChangeListener.Seen> seen) {
        Map<String, Long> version = new HashMap<>();
        List<Double> lags = new ArrayList<>();
        for (Write w : accepted) {
            long v = version.merge(w.aggregateId(), 1L, Long::sum);
            long applied = seen.stream().filter(s -> s.aggregateId().equals(w.aggregateId()) && s.version() >= v)
                    .mapToLong(ChangeListener.Seen::at).min().orElseThrow();
            lags.add(seconds(w.answeredAt(), applied));
        }
        Collections.sort(lags);
        return lags;
    }

    /** Whether every partition of these topics has a leader other than {@code node} (a cluster that does not answer: no). */
    private static boolean allLedWithout(List<String> topics, int node) {
        try {
            return cluster.leaders(topics).values().stream().noneMatch(id -> id == node || id < 0);
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The version each accepted write makes of its return: its return's count of accepted writes so far. */
    private static Map<String, Long> latestVersions(List<Write> accepted) {
        Map<String, Long> versions = new LinkedHashMap<>();
        accepted.forEach(w -> versions.merge(w.aggregateId(), 1L, Long::sum));
        return versions;
    }

    private static List<Quarter> quarters(Quarter first, int n) {
        List<Quarter> all = new ArrayList<>();
        for (Quarter q = first; all.size() < n; q = q.next()) {
            all.add(q);
        }
        return all;
    }

    private static List<String> appliedTwiceOrOutOfOrder(List<ChangeListener.Seen> seen) {
        Map<String, Long> last = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (ChangeListener.Seen s : seen) {
            Long previous = last.put(s.aggregateId(), s.version());
            if (previous != null && s.version() <= previous) {
                wrong.add(s.aggregateId() + " v" + s.version() + " after v" + previous);
            }
        }
        return wrong;
    }

    /** The longest time after the kill during which the gateway applied no change. */
    private static double longestPause(List<ChangeListener.Seen> seen, long killedAt) {
        long previous = killedAt;
        long longest = 0;
        for (ChangeListener.Seen s : seen) {
            if (s.at() > killedAt) {
                longest = Math.max(longest, s.at() - previous);
                previous = s.at();
            }
        }
        return longest / 1e9;
    }

    /** The gateway's counter of what became of each event it received: outcome → count. */
    private static Map<String, Double> eventCounts() {
        String text = given().baseUri(stack.url(Component.GATEWAY)).get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> counts = new HashMap<>(Map.of("applied", 0.0, "not-newer", 0.0));
        Matcher m = EVENTS_METRIC.matcher(text);
        while (m.find()) {
            Matcher outcome = Pattern.compile("outcome=\"([^\"]+)\"").matcher(m.group(1));
            if (outcome.find()) {
                counts.put(outcome.group(1), Double.parseDouble(m.group(2)));
            }
        }
        return counts;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /**
     * Follows the gateway's change feed (Server-Sent Events) in the background: every change the read model applies,
     * with the time it arrived here.
     */
    static final class ChangeListener implements AutoCloseable {

        record Seen(String aggregateId, long version, long at) {
        }

        private final List<Seen> seen = new CopyOnWriteArrayList<>();
        private final CountDownLatch connected = new CountDownLatch(1);
        private CompletableFuture<HttpResponse<Stream<String>>> response;

        static ChangeListener follow(String gateway, String token) throws InterruptedException {
            ChangeListener listener = new ChangeListener();
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/changes"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
            listener.response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
            Thread reader = new Thread(listener::read, "change-feed");
            reader.setDaemon(true);
            reader.start();
            assertThat(listener.connected.await(30, TimeUnit.SECONDS)).as("connected to the change feed").isTrue();
            return listener;
        }

        private void read() {
            try (Stream<String> lines = response.join().body()) {
                StringBuilder data = new StringBuilder();
                String event = null;
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.startsWith(":")) {
                        connected.countDown();
                    } else if (line.startsWith("event:")) {
                        event = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    } else if (line.isEmpty()) {
                        if ("change".equals(event)) {
                            JsonNode change = JSON.readTree(data.toString());
                            seen.add(new Seen(change.get("aggregateId").asText(), change.get("version").asLong(),
                                    System.nanoTime()));
                        }
                        data.setLength(0);
                        event = null;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the feed closed (the test is over)
            }
        }

        int size() {
            return seen.size();
        }

        List<Seen> since(int index) {
            return List.copyOf(seen.subList(index, seen.size()));
        }

        /**
         * Waits until, for every return, the feed has announced the expected version; returns the time the last of
         * them arrived.
         */
        long await(Map<String, Long> versions, Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (true) {
                Map<String, Long> arrived = new HashMap<>();
                long last = 0;
                for (Seen s : seen) {
                    if (s.version() == versions.getOrDefault(s.aggregateId(), -1L)) {
                        arrived.put(s.aggregateId(), s.version());
                        last = Math.max(last, s.at());
                    }
                }
                if (arrived.size() == versions.size()) {
                    return last;
                }
                if (System.nanoTime() > deadline) {
                    Map<String, Long> missing = new HashMap<>(versions);
                    missing.keySet().removeAll(arrived.keySet());
                    throw new AssertionError("the gateway did not apply " + missing.size() + " change(s) within "
                            + limit.toSeconds() + " s: " + missing);
                }
                Thread.sleep(100);
            }
        }

        @Override
        public void close() {
            if (response != null) {
                response.cancel(true);
                response.thenAccept(r -> r.body().close());
            }
        }
    }

    /** Every record of a topic, read from the beginning, to count its duplicates and to publish it a second time. */
    record TopicCopy(String topic, List<ConsumerRecord<byte[], byte[]>> records) {

        static TopicCopy read(String bootstrapServers, String topic) {
            Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                    assertThat(System.nanoTime()).as("reading " + topic).isLessThan(deadline);
                    consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                }
            }
            return new TopicCopy(topic, records);
        }

        /** Records beyond the first of the same aggregate version (published more than once). */
        long duplicates() {
            Set<String> distinct = new java.util.HashSet<>();
            for (ConsumerRecord<byte[], byte[]> r : records) {
                try {
                    JsonNode event = JSON.readTree(r.value());
                    distinct.add(event.get("aggregateId").asText() + "@" + event.get("version").asLong());
                } catch (IOException e) {
                    throw new AssertionError("a record of " + topic + " is not an event envelope", e);
                }
            }
            return records.size() - distinct.size();
        }

        /** Publishes every record again, key, value and headers, to its partition; returns how many. */
        int publishAgain(String bootstrapServers) throws Exception {
            Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
            List<ConsumerRecord<byte[], byte[]>> shuffled = new ArrayList<>(records);
            Collections.reverse(shuffled); // newest first: every return's older versions arrive after its newest
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
                List<Future<?>> acks = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> r : shuffled) {
                    acks.add(producer.send(new ProducerRecord<>(topic, r.partition(), r.key(), r.value(), r.headers())));
                }
                for (Future<?> ack : acks) {
                    ack.get(30, TimeUnit.SECONDS);
                }
            }
            return records.size();
        }
    }
}
