package org.yjhub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.HdrHistogram.Histogram;
import org.yjhub.common.period.Quarter;
import org.yjhub.launcher.Stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * 2. Write-to-visible (a PUT at the gateway until the gateway's comparison shows it) against a raw Kafka
 * produce→consume round trip on the same broker, the two interleaved: one round trip, then one write, and so on, so that
 * both distributions are taken over the same minutes of the same machine (issue 20).
 */
final class WriteToVisible {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The pause between two polls of the comparison. */
    static final Duration POLL_PAUSE = Duration.ofNanos(500_000);

    /** Issue 20: whatever the ratios, no write may take longer than this to be visible. */
    static final double MAX_VISIBLE_MS = 1000;

    private WriteToVisible() {
    }

    static Map<String, Object> measure(Stack stack, Quarter q, boolean quick, PrintStream out) throws Exception {
        int n = quick ? 50 : 300;
        Duration warmup = Duration.ofSeconds(quick ? 5 : 60);
        out.printf("%nbench: write-to-visible, %d writes after %d s of warm-up writes, each after a raw Kafka round trip on "
                + "the same broker (interleaved: the baseline sees the same machine at the same moment)%n", n,
                warmup.toSeconds());
        String authority = stack.tokens().authority("milton-keynes");
        String analyst = stack.tokens().analyst();
        String put = "/api/v1/teams/milton-keynes/returns/" + q;
        String comparison = "/api/v1/comparisons/custody-rate?quarter=" + q;
        Histogram kafka = new Histogram(60_000_000L, 3);
        Histogram visible = new Histogram(60_000_000L, 3);
        Histogram written = new Histogram(60_000_000L, 3);
        String etag = null;
        long warmUntil = System.nanoTime() + warmup.toNanos();
        int warmed = 0;
        int measured = 0;
        long polls = 0;
        // the writer and the dashboard each keep their own connection, as two clients would
        try (KafkaRoundTrip roundTrip = new KafkaRoundTrip("127.0.0.1:" + stack.ports().kafka());
             HttpConnection writer = new HttpConnection(stack.ports().gateway());
             HttpConnection dashboard = new HttpConnection(stack.ports().gateway())) {
            for (int i = 0; measured < n; i++) {
                boolean warming = System.nanoTime() < warmUntil;
                // one baseline sample, then one write: both distributions come from the same minutes of the run
                long roundTripMicros = roundTrip.sample() / 1000;
                // every write changes the value, so each one is a new revision and a new event
                long numerator = 1 + (i % 40);
                long denominator = 20_000 + i;
                byte[] body = ("{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":" + numerator
                        + ",\"denominator\":" + denominator + "}]}").getBytes(StandardCharsets.UTF_8);
                long t0 = System.nanoTime();
                HttpConnection.Reply r = writer.send("PUT", put, Map.of("Authorization", "Bearer " + authority,
                        "Content-Type", "application/json"), body);
                long t1 = System.nanoTime();
                if (r.status() >= 300) {
                    throw new IllegalStateException("write failed: " + r.status() + " " + r.text());
                }
                // poll as a dashboard would: a conditional GET answers 304 until the comparison changes. A pause of
                // POLL_PAUSE between polls keeps the poller from taking the CPU the write needs on a small machine; it
                // can only add to the measured time (by up to the pause), never take from it
                while (true) {
                    Map<String, String> headers = etag == null ? Map.of("Authorization", "Bearer " + analyst)
                            : Map.of("Authorization", "Bearer " + analyst, "If-None-Match", etag);
                    HttpConnection.Reply c = dashboard.send("GET", comparison, headers, null);
                    polls += warming ? 0 : 1;
                    etag = c.header("ETag");
                    if (c.status() == 200 && showsDenominator(c.body(), denominator)) {
                        break;
                    }
                    if (System.nanoTime() - t0 > Duration.ofSeconds(30).toNanos()) {
                        throw new IllegalStateException("write " + i + " not visible after 30 s");
                    }
                    LockSupport.parkNanos(POLL_PAUSE.toNanos());
                }
                if (warming) {
                    warmed++;
                } else {
                    kafka.recordValue(roundTripMicros);
                    visible.recordValue((System.nanoTime() - t0) / 1000);
                    written.recordValue((t1 - t0) / 1000);
                    measured++;
                }
            }
        }
        double p50 = visible.getValueAtPercentile(50) / 1000.0;
        double p99 = visible.getValueAtPercentile(99) / 1000.0;
        double max = visible.getMaxValue() / 1000.0;
        double kp50 = kafka.getValueAtPercentile(50) / 1000.0;
        double kp99 = kafka.getValueAtPercentile(99) / 1000.0;
        double kmax = kafka.getMaxValue() / 1000.0;
        boolean pass = p50 <= 5 * kp50 && p99 <= 10 * kp99 && max <= MAX_VISIBLE_MS;
        out.printf("  warm-up                     %d writes and as many Kafka round trips; %.1f polls per measured write, "
                + "%.1f ms apart%n", warmed, polls / (double) n, POLL_PAUSE.toNanos() / 1e6);
        out.printf("  raw Kafka round trip        p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms   (%d, interleaved with the writes)%n",
                kp50, kp99, kmax, n);
        out.printf("  PUT answered (part of it)   p50 %6.2f ms  p99 %6.2f ms%n", written.getValueAtPercentile(50) / 1000.0,
                written.getValueAtPercentile(99) / 1000.0);
        out.printf("  PUT → visible in comparison p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms   %.2fx p50, %.2fx p99 "
                + "(targets 5x, 10x, max <= %.0f ms)  %s%n", p50, p99, max, p50 / kp50, p99 / kp99, MAX_VISIBLE_MS,
                pass ? "PASS" : "FAIL");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("writes", n);
        m.put("warmupWrites", warmed);
        m.put("pollsPerWrite", Stats.round(polls / (double) n));
        m.put("pollPauseMs", POLL_PAUSE.toNanos() / 1e6);
        m.put("kafkaBaseline", "interleaved");
        m.put("kafkaSamples", kafka.getTotalCount());
        m.put("kafkaP50Ms", Stats.round(kp50));
        m.put("kafkaP99Ms", Stats.round(kp99));
        m.put("kafkaMaxMs", Stats.round(kmax));
        m.put("putP50Ms", Stats.round(written.getValueAtPercentile(50) / 1000.0));
        m.put("putP99Ms", Stats.round(written.getValueAtPercentile(99) / 1000.0));
        m.put("visibleP50Ms", Stats.round(p50));
        m.put("visibleP99Ms", Stats.round(p99));
        m.put("visibleMaxMs", Stats.round(max));
        m.put("p50Ratio", Stats.round(p50 / kp50));
        m.put("p99Ratio", Stats.round(p99 / kp99));
        m.put("pass", pass);
        return m;
    }

    private static boolean showsDenominator(byte[] json, long denominator) throws IOException {
        for (JsonNode row : JSON.readTree(json).path("rows")) {
            if ("milton-keynes".equals(row.path("team").asText())) {
                return row.path("denominator").asLong() == denominator;
            }
        }
        return false;
    }

    /**
     * A raw Kafka produce→consume round trip on one topic of its own: acks=all, an idempotent producer, and the consumer
     * settings the gateway uses (Kafka's defaults). Each {@link #sample} sends one 1 KB record and waits until the
     * consumer has it.
     */
    private static final class KafkaRoundTrip implements AutoCloseable {
        private final KafkaProducer<String, String> producer;
        private final KafkaConsumer<String, String> consumer;
        private final String topic = "bench-rtt-" + UUID.randomUUID();
        private final String payload = "x".repeat(1024);
        private long sent;

        KafkaRoundTrip(String bootstrap) throws Exception {
            Map<String, Object> pc = Map.of("bootstrap.servers", bootstrap, "acks", "all", "enable.idempotence", true,
                    "linger.ms", 0);
            Map<String, Object> cc = Map.of("bootstrap.servers", bootstrap, "group.id", topic, "auto.offset.reset", "earliest");
            producer = new KafkaProducer<>(pc, new StringSerializer(), new StringSerializer());
            consumer = new KafkaConsumer<>(cc, new StringDeserializer(), new StringDeserializer());
            producer.send(new ProducerRecord<>(topic, "warm", "warm")).get();
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            boolean warm = false;
            while (!warm) {
                if (System.nanoTime() > deadline) {
                    close();
                    throw new IllegalStateException("the Kafka round trip's consumer saw nothing in 30 s");
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                    warm |= r.key().equals("warm");
                }
            }
        }

        /** @return nanoseconds from the send until the consumer has the record */
        long sample() throws Exception {
            String key = "k" + sent++;
            long t0 = System.nanoTime();
            producer.send(new ProducerRecord<>(topic, key, payload)).get();
            boolean seen = false;
            while (!seen) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                    seen |= r.key().equals(key);
                }
                if (!seen && System.nanoTime() - t0 > Duration.ofSeconds(30).toNanos()) {
                    throw new IllegalStateException("a Kafka round trip took over 30 s");
                }
            }
            return System.nanoTime() - t0;
        }

        @Override
        public void close() {
            consumer.close();
            producer.close();
        }
    }
}
