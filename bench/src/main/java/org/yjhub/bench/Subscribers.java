package org.yjhub.bench;

import org.HdrHistogram.Histogram;
import org.yjhub.common.period.Quarter;
import org.yjhub.launcher.Component;
import org.yjhub.launcher.Stack;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 5. A thousand open dashboards: N clients follow the gateway's change feed (GET /api/v1/changes, server-sent events)
 * on one non-blocking JDK HttpClient; a return is written through the gateway, and for every subscriber the time from
 * the write's answer to the change's arrival is recorded. Also the gateway's RSS before and after the subscribers
 * connect, for its memory per subscriber. Target: p99 ≤ 100 ms (issue 20).
 */
final class Subscribers {

    static final double TARGET_P99_MS = 100;

    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    private Subscribers() {
    }

    /** One subscriber's stream: when it connected, and when each version of the written aggregate arrived. */
    private static final class Subscriber implements Flow.Subscriber<String> {
        private final String aggregate;
        private final CountDownLatch connected;
        private final Map<Long, Long> arrivals;
        private final Map<Long, AtomicInteger> counts;

        Subscriber(String aggregate, CountDownLatch connected, Map<Long, Long> arrivals, Map<Long, AtomicInteger> counts) {
            this.aggregate = "\"aggregateId\":\"" + aggregate + "\"";
            this.connected = connected;
            this.arrivals = arrivals;
            this.counts = counts;
        }

        private volatile Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        /** Closes the stream (the connection goes with it). */
        void close() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith(":") && line.contains("connected")) {
                connected.countDown();
            } else if (line.startsWith("data:") && line.contains(aggregate)) {
                long now = System.nanoTime();
                Matcher m = VERSION.matcher(line);
                if (m.find()) {
                    long version = Long.parseLong(m.group(1));
                    arrivals.putIfAbsent(version, now);
                    counts.computeIfAbsent(version, v -> new AtomicInteger()).incrementAndGet();
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }
    }

    static Map<String, Object> measure(Stack stack, Quarter q, boolean quick, PrintStream out) throws Exception {
        int n = quick ? 50 : 1000;
        int writes = quick ? 5 : 20;
        int warmup = quick ? 5 : 20;
        String aggregate = "milton-keynes/" + q;
        long pid = stack.pid(Component.GATEWAY);
        out.printf("%nbench: %d subscribers to /api/v1/changes, %d writes through the gateway after %d unmeasured, each "
                + "timed from the write's answer to the change's arrival at every subscriber%n", n, writes, warmup);
        double rssBefore = Startup.rssMb(pid);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        HttpClient client = HttpClient.newBuilder().executor(executor).version(HttpClient.Version.HTTP_1_1).build();
        CountDownLatch connected = new CountDownLatch(n);
        List<Map<Long, Long>> arrivals = new ArrayList<>();
        Map<Long, AtomicInteger> counts = new ConcurrentHashMap<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url(Component.GATEWAY) + "/api/v1/changes"))
                .header("Authorization", "Bearer " + stack.tokens().analyst()).header("Accept", "text/event-stream")
                .GET().build();
        List<Subscriber> streams = new ArrayList<>();
        long c0 = System.nanoTime();
        try {
            for (int i = 0; i < n; i++) {
                Map<Long, Long> mine = new ConcurrentHashMap<>();
                arrivals.add(mine);
                Subscriber subscriber = new Subscriber(aggregate, connected, mine, counts);
                streams.add(subscriber);
                client.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(subscriber));
            }
            if (!connected.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException((n - connected.getCount()) + " of " + n + " subscribers connected in 120 s");
            }
            double connectSeconds = (System.nanoTime() - c0) / 1e9;
            Thread.sleep(2000); // let the gateway settle before reading its RSS
            double rssAfter = Startup.rssMb(pid);
            Histogram latency = new Histogram(60_000_000L, 3);
            write(stack, q, 0, warmup, n, arrivals, counts, new Histogram(60_000_000L, 3));
            long cpuBefore = cpuMillis(pid);
            write(stack, q, warmup, writes, n, arrivals, counts, latency);
            // the gateway's CPU per measured write (forwarding it, applying its event, sending it to every subscriber):
            // unlike the latency, it hardly moves with what else the machine runs
            double cpuPerWrite = (cpuMillis(pid) - cpuBefore) / (double) writes;
            Map<String, Object> m = report(out, n, writes, connectSeconds, rssBefore, rssAfter, latency);
            out.printf("  gateway CPU per measured write (all threads, user + system)   %.1f ms%n", cpuPerWrite);
            m.put("gatewayCpuMsPerWrite", Stats.round(cpuPerWrite));
            m.put("warmupWrites", warmup);
            return m;
        } finally {
            streams.forEach(Subscriber::close);
            executor.shutdownNow();
        }
    }

    /**
     * Writes one return at a time (the {@code first}-th write of the run onwards); after each, waits until every
     * subscriber has the change and records the delays.
     */
    private static void write(Stack stack, Quarter q, int first, int writes, int n, List<Map<Long, Long>> arrivals,
                              Map<Long, AtomicInteger> counts, Histogram latency) throws Exception {
        String authority = stack.tokens().authority("milton-keynes");
        long seen = counts.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        try (HttpConnection writer = new HttpConnection(stack.ports().gateway())) {
            for (int i = first; i < first + writes; i++) {
                // numerators above write-to-visible's (1 to 40): every write is new content, so a new revision and event
                byte[] body = ("{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":" + (41 + i)
                        + ",\"denominator\":20000}]}").getBytes(StandardCharsets.UTF_8);
                HttpConnection.Reply r = writer.send("PUT", "/api/v1/teams/milton-keynes/returns/" + q,
                        Map.of("Authorization", "Bearer " + authority, "Content-Type", "application/json"), body);
                long answered = System.nanoTime();
                if (r.status() >= 300) {
                    throw new IllegalStateException("write failed: " + r.status() + " " + r.text());
                }
                // the write's change is the first version above every one seen before it (one write at a time)
                long deadline = answered + TimeUnit.SECONDS.toNanos(30);
                Long version;
                while ((version = everywhere(counts, seen, n)) == null) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("write " + i + " did not reach all " + n + " subscribers in 30 s");
                    }
                    Thread.sleep(1);
                }
                seen = version;
                for (Map<Long, Long> a : arrivals) {
                    Long arrived = a.get(version);
                    if (arrived == null) {
                        throw new IllegalStateException("a subscriber missed version " + version);
                    }
                    latency.recordValue(Math.max(0, arrived - answered) / 1000);
                }
                Thread.sleep(200);
            }
        }
    }

    /** CPU time the process has used (user + system, all threads) in milliseconds, from /proc/PID/stat. */
    static long cpuMillis(long pid) throws java.io.IOException {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
        // the fields after the command name (which may hold spaces) in parentheses: utime and stime are the 12th and 13th
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return ticks * 1000 / CLOCK_TICKS;
    }

    /** USER_HZ: the unit of /proc's CPU times, 100 on Linux. */
    private static final long CLOCK_TICKS = 100;

    /** The lowest version above {@code after} that every subscriber has received, or null. */
    private static Long everywhere(Map<Long, AtomicInteger> counts, long after, int n) {
        return counts.entrySet().stream().filter(e -> e.getKey() > after && e.getValue().get() >= n)
                .map(Map.Entry::getKey).min(Long::compare).orElse(null);
    }

    private static Map<String, Object> report(PrintStream out, int n, int writes, double connectSeconds, double rssBefore,
                                              double rssAfter, Histogram latency) {
        double p50 = latency.getValueAtPercentile(50) / 1000.0;
        double p99 = latency.getValueAtPercentile(99) / 1000.0;
        double max = latency.getMaxValue() / 1000.0;
        double perSubscriberKb = (rssAfter - rssBefore) * 1024 / n;
        boolean pass = p99 <= TARGET_P99_MS;
        out.printf("  %d subscribers connected in %.2f s; gateway RSS %.0f → %.0f MB, %.1f KB per subscriber%n", n,
                connectSeconds, rssBefore, rssAfter, perSubscriberKb);
        out.printf("  write answered → change at every subscriber   p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms   "
                + "(target p99 <= %.0f ms)  %s%n", p50, p99, max, TARGET_P99_MS, pass ? "PASS" : "FAIL");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subscribers", n);
        m.put("writes", writes);
        m.put("connectSeconds", Stats.round(connectSeconds));
        m.put("rssBeforeMb", Stats.round(rssBefore));
        m.put("rssAfterMb", Stats.round(rssAfter));
        m.put("rssPerSubscriberKb", Stats.round(perSubscriberKb));
        m.put("p50Ms", Stats.round(p50));
        m.put("p99Ms", Stats.round(p99));
        m.put("maxMs", Stats.round(max));
        m.put("pass", pass);
        return m;
    }
}
