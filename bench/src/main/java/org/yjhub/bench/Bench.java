package org.yjhub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.launcher.Component;
import org.yjhub.launcher.Ports;
import org.yjhub.launcher.ServiceJvm;
import org.yjhub.launcher.Stack;
import org.yjhub.launcher.UsageException;
import org.yjhub.launcher.data.ApiClient;
import org.yjhub.launcher.data.SyntheticData;
import org.yjhub.launcher.data.SyntheticLoader;
import org.yjhub.localinfra.Postgres;
import org.yjhub.localinfra.TempDirs;
import org.yjhub.localinfra.jwt.DevKeys;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code ./yj bench [--quick]}: starts a fresh stack on free ports, loads the synthetic national dataset and
 * measures, side by side on the same machine in one run, each figure of issue 9 together with its baseline:
 * gateway reads against the static indicator list, write-to-visible against a raw Kafka round trip on the same
 * broker, the bulk CSV load against a raw JDBC batch insert into the same PostgreSQL, and each service's start-up
 * and RSS against an empty Quarkus app on the same JVM. Prints every figure and ratio and ends with one JSON line.
 */
public final class Bench {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Write-to-visible: the pause between two polls of the comparison. */
    static final Duration POLL_PAUSE = Duration.ofNanos(500_000);

    private final boolean quick;
    private final PrintStream out;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    private Bench(boolean quick, PrintStream out) {
        this.quick = quick;
        this.out = out;
    }

    /** {@code ./yj bench [--quick]}: the yj script runs this jar with the arguments after {@code bench}. */
    public static void main(String[] args) {
        boolean quick = false;
        for (String a : args) {
            if (!a.equals("--quick")) {
                System.err.println("yj: unknown option for bench: " + a);
                System.exit(2);
            }
            quick = true;
        }
        Path home = Path.of(System.getProperty("yj.home", ".")).toAbsolutePath().normalize();
        try {
            run(home, quick, System.out);
        } catch (UsageException e) {
            System.err.println("yj: " + e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("yj: the benchmark failed: " + e);
            System.exit(2);
        }
        System.exit(0);
    }

    public static Map<String, Object> run(Path home, boolean quick, PrintStream out) throws Exception {
        return new Bench(quick, out).run(home);
    }

    private Map<String, Object> run(Path home) throws Exception {
        Path data = Files.createTempDirectory("yj-bench-");
        figures.put("mode", quick ? "quick" : "full");
        figures.put("cores", Runtime.getRuntime().availableProcessors());
        figures.put("java", System.getProperty("java.version"));
        try {
            // a durable stack, as ./yj run and production are: PostgreSQL with fsync, synchronous commit and full-page
            // writes (a throwaway test stack turns them off); its data goes with the directory below
            try (Stack stack = new Stack(home, data, Ports.free(), true, new DevKeys(data.resolve("keys")))) {
                stack.preflight();
                out.println("bench: starting a fresh stack …");
                stack.startAll();
                ApiClient admin = new ApiClient(stack.url(Component.GATEWAY), stack.tokens().admin());
                int years = quick ? 1 : 2;
                SyntheticLoader.Summary loaded = SyntheticLoader.load(admin, 1, years, out);
                figures.put("dataset", Map.of("teams", TeamCatalog.load().all().size(), "years", years,
                        "returnValues", loaded.returnRows(), "budgets", loaded.budgets(), "inspections", loaded.inspections()));
                Quarter latest = SyntheticLoader.latestCompleteQuarter(LocalDate.now());
                awaitComparison(stack, latest);
                reads(stack, latest);
                writeToVisible(stack, latest);
                bulk(stack, admin);
                startup(stack);
            }
        } catch (Exception | Error e) {
            out.println("bench: failed; the stack's logs are kept in " + data.resolve("logs"));
            throw e;
        }
        // a finished run removes the stack's data and logs (a failed one keeps them)
        TempDirs.delete(data);
        out.println();
        out.println("BENCH-JSON " + JSON.writeValueAsString(figures));
        return figures;
    }

    private void awaitComparison(Stack stack, Quarter q) throws InterruptedException {
        ApiClient api = new ApiClient(stack.url(Component.GATEWAY), stack.tokens().analyst());
        int teams = TeamCatalog.load().all().size();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            ApiClient.Reply r = api.get("/api/v1/comparisons/custody-rate?quarter=" + q);
            if (r.ok() && r.body().path("rows").size() == teams) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the gateway did not converge on the synthetic data within 120 s");
    }

    // 1. Gateway reads against the static list at the same concurrency.
    private void reads(Stack stack, Quarter q) throws InterruptedException {
        int port = stack.ports().gateway();
        String token = stack.tokens().analyst();
        int connections = 16;
        Duration warm = Duration.ofSeconds(quick ? 2 : 8);
        Duration measure = Duration.ofSeconds(quick ? 3 : 15);
        out.printf("%nbench: gateway reads, %d connections, %d s warm-up, %d s measured each%n", connections,
                warm.toSeconds(), measure.toSeconds());
        HttpLoad.Result base = HttpLoad.run("indicators (baseline)", port, "/api/v1/indicators", token, connections, warm, measure);
        out.println("  " + base);
        Map<String, Object> reads = new LinkedHashMap<>();
        reads.put("baseline", result(base));
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("comparison", "/api/v1/comparisons/custody-rate?quarter=" + q);
        paths.put("profile", "/api/v1/teams/milton-keynes/profile");
        paths.put("series", "/api/v1/indicators/custody-rate/series?team=milton-keynes");
        paths.put("dashboard", "/api/v1/regions/south-east/dashboard?quarter=" + q);
        for (Map.Entry<String, String> e : paths.entrySet()) {
            HttpLoad.Result r = HttpLoad.run(e.getKey(), port, e.getValue(), token, connections, warm, measure);
            double throughput = r.rps() / base.rps();
            double p99 = r.p99Ms() / base.p99Ms();
            double target = e.getKey().equals("comparison") ? 0.7 : 0.5;
            Map<String, Object> m = result(r);
            m.put("throughputRatio", round(throughput));
            m.put("p99Ratio", round(p99));
            m.put("target", e.getKey().equals("comparison") ? "throughput >= 0.7x, p99 <= 2x" : "throughput >= 0.5x");
            boolean pass = throughput >= target && (!e.getKey().equals("comparison") || p99 <= 2.0);
            m.put("pass", pass);
            reads.put(e.getKey(), m);
            out.printf("  %s   %.2fx throughput, %.2fx p99  %s%n", r, throughput, p99, pass ? "PASS" : "FAIL");
        }
        figures.put("reads", reads);
    }

    // 2. Write-to-visible against a raw Kafka produce→consume round trip on the same broker.
    private void writeToVisible(Stack stack, Quarter q) throws Exception {
        int n = quick ? 50 : 300;
        Duration warmup = Duration.ofSeconds(quick ? 10 : 60);
        out.printf("%nbench: write-to-visible, %d writes after %d s of warm-up writes, against a raw Kafka round trip on the "
                + "same broker%n", n, warmup.toSeconds());
        Histogram kafka = kafkaRoundTrip("127.0.0.1:" + stack.ports().kafka(), n, 200);
        String authority = stack.tokens().authority("milton-keynes");
        String analyst = stack.tokens().analyst();
        String put = "/api/v1/teams/milton-keynes/returns/" + q;
        String comparison = "/api/v1/comparisons/custody-rate?quarter=" + q;
        Histogram visible = new Histogram(60_000_000L, 3);
        Histogram written = new Histogram(60_000_000L, 3);
        String etag = null;
        long warmUntil = System.nanoTime() + warmup.toNanos();
        int warmed = 0;
        int measured = 0;
        long polls = 0;
        // the writer and the dashboard each keep their own connection, as two clients would
        try (HttpConnection writer = new HttpConnection(stack.ports().gateway());
             HttpConnection dashboard = new HttpConnection(stack.ports().gateway())) {
            for (int i = 0; measured < n; i++) {
                boolean warming = System.nanoTime() < warmUntil;
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
                    visible.recordValue((System.nanoTime() - t0) / 1000);
                    written.recordValue((t1 - t0) / 1000);
                    measured++;
                }
            }
        }
        double p50 = visible.getValueAtPercentile(50) / 1000.0;
        double p99 = visible.getValueAtPercentile(99) / 1000.0;
        double kp50 = kafka.getValueAtPercentile(50) / 1000.0;
        double kp99 = kafka.getValueAtPercentile(99) / 1000.0;
        boolean pass = p50 <= 5 * kp50 && p99 <= 10 * kp99;
        out.printf("  warm-up                     %d writes; %.1f polls per measured write, %.1f ms apart%n", warmed,
                polls / (double) n, POLL_PAUSE.toNanos() / 1e6);
        out.printf("  raw Kafka round trip        p50 %6.2f ms  p99 %6.2f ms%n", kp50, kp99);
        out.printf("  PUT answered (part of it)   p50 %6.2f ms  p99 %6.2f ms%n", written.getValueAtPercentile(50) / 1000.0,
                written.getValueAtPercentile(99) / 1000.0);
        out.printf("  PUT → visible in comparison p50 %6.2f ms  p99 %6.2f ms   %.2fx p50, %.2fx p99 (targets 5x, 10x)  %s%n",
                p50, p99, p50 / kp50, p99 / kp99, pass ? "PASS" : "FAIL");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("writes", n);
        m.put("warmupWrites", warmed);
        m.put("pollsPerWrite", round(polls / (double) n));
        m.put("pollPauseMs", POLL_PAUSE.toNanos() / 1e6);
        m.put("kafkaP50Ms", round(kp50));
        m.put("kafkaP99Ms", round(kp99));
        m.put("putP50Ms", round(written.getValueAtPercentile(50) / 1000.0));
        m.put("putP99Ms", round(written.getValueAtPercentile(99) / 1000.0));
        m.put("visibleP50Ms", round(p50));
        m.put("visibleP99Ms", round(p99));
        m.put("p50Ratio", round(p50 / kp50));
        m.put("p99Ratio", round(p99 / kp99));
        m.put("pass", pass);
        figures.put("writeToVisible", m);
    }

    private static boolean showsDenominator(byte[] json, long denominator) throws IOException {
        for (JsonNode row : JSON.readTree(json).path("rows")) {
            if ("milton-keynes".equals(row.path("team").asText())) {
                return row.path("denominator").asLong() == denominator;
            }
        }
        return false;
    }

    private Histogram kafkaRoundTrip(String bootstrap, int n, int warmup) throws Exception {
        String topic = "bench-rtt-" + UUID.randomUUID();
        Histogram h = new Histogram(60_000_000L, 3);
        Map<String, Object> pc = Map.of("bootstrap.servers", bootstrap, "acks", "all", "enable.idempotence", true, "linger.ms", 0);
        // the consumer settings the gateway uses (Kafka's defaults)
        Map<String, Object> cc = Map.of("bootstrap.servers", bootstrap, "group.id", topic, "auto.offset.reset", "earliest");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(pc, new StringSerializer(), new StringSerializer());
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cc, new StringDeserializer(), new StringDeserializer())) {
            producer.send(new ProducerRecord<>(topic, "warm", "warm")).get();
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            boolean warm = false;
            while (!warm && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                    warm |= r.key().equals("warm");
                }
            }
            String payload = "x".repeat(1024);
            for (int i = 0; i < warmup + n; i++) {
                String key = "k" + i;
                long t0 = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, key, payload)).get();
                boolean seen = false;
                while (!seen) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                        seen |= r.key().equals(key);
                    }
                }
                if (i >= warmup) {
                    h.recordValue((System.nanoTime() - t0) / 1000);
                }
            }
        }
        return h;
    }

    // 3. Bulk CSV load of a national year against a raw JDBC batch insert of the same rows.
    private void bulk(Stack stack, ApiClient admin) throws Exception {
        // A national year is every team x 4 quarters x every indicator: 2023-24 is the first year with all 14 in force
        // (the dataset holds the last one or two years, from 2025-26). Three such years are each timed on their own and
        // the figure is the median: two never loaded before (new returns), then the first again with other figures (a
        // new revision of every return). Each is paired with a JDBC insert of its own rows, so all six move 8,680 rows.
        // The warm-up loads an older year twice (new returns, then new revisions), so both paths are compiled first.
        TeamCatalog teams = TeamCatalog.load();
        IndicatorCatalog indicators = IndicatorCatalog.load();
        List<SyntheticData> warmUp = List.of(new SyntheticData(2, 1, Quarter.parse("2022-23-Q4"), teams, indicators),
                new SyntheticData(3, 1, Quarter.parse("2022-23-Q4"), teams, indicators));
        List<SyntheticData> years = List.of(new SyntheticData(3, 1, Quarter.parse("2023-24-Q4"), teams, indicators),
                new SyntheticData(3, 1, Quarter.parse("2024-25-Q4"), teams, indicators),
                new SyntheticData(4, 1, Quarter.parse("2023-24-Q4"), teams, indicators));
        // each year's rows are generated once, before any timer starts
        List<List<SyntheticData.Row>> yearRows = years.stream().map(SyntheticData::returnRows).toList();
        int rows = yearRows.get(0).size();
        for (int i = 0; i < years.size(); i++) {
            if (yearRows.get(i).size() != rows) {
                throw new IllegalStateException("the measured years differ in size: " + years.get(i).quarters());
            }
        }
        out.printf("%nbench: bulk CSV load of a national year (%,d rows) against a raw JDBC batch insert, median of %d%n", rows,
                years.size());
        for (SyntheticData year : warmUp) {
            ApiClient.expectOk(admin.postCsv("/api/v1/returns/bulk", year.returnsCsv()), "bulk warm-up");
        }
        List<Double> loads = new ArrayList<>();
        for (SyntheticData year : years) {
            // measure each load alone: let the relay publish the previous load's events (and the gateway apply them) first
            awaitOutboxDrained(stack, Component.PERFORMANCE);
            String csv = year.returnsCsv();
            long t0 = System.nanoTime();
            ApiClient.expectOk(admin.postCsv("/api/v1/returns/bulk", csv), "bulk load");
            loads.add((System.nanoTime() - t0) / 1e9);
        }
        awaitOutboxDrained(stack, Component.PERFORMANCE); // the baseline too runs alone, not beside the last load's events
        String url = stack.jdbcUrl(Component.PERFORMANCE) + "?reWriteBatchedInserts=true";
        List<Double> inserts = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, Postgres.USER, Postgres.PASSWORD)) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS bench_raw_value (team VARCHAR(100), quarter VARCHAR(10), "
                        + "indicator VARCHAR(50), numerator NUMERIC, denominator NUMERIC)");
            }
            for (SyntheticData year : warmUp) {
                jdbcInsert(c, year.returnRows());
            }
            for (List<SyntheticData.Row> yearOfRows : yearRows) {
                long j0 = System.nanoTime();
                jdbcInsert(c, yearOfRows);
                inserts.add((System.nanoTime() - j0) / 1e9);
            }
            try (Statement st = c.createStatement()) {
                st.execute("DROP TABLE bench_raw_value");
            }
            SyntheticData last = years.get(years.size() - 1);
            for (int i = 0; i < years.size(); i++) {
                floors.add(storeFloor(c, teams.all().size() * last.quarters().size()));
            }
        }
        double bulkSeconds = median(loads);
        double jdbcSeconds = median(inserts);
        double floorSeconds = median(floors);
        double ratio = jdbcSeconds / bulkSeconds;
        boolean pass = ratio >= 0.3;
        out.printf("  raw JDBC batch insert       %6.3f s  (%,.0f rows/s)   runs %s%n", jdbcSeconds, rows / jdbcSeconds,
                seconds(inserts));
        out.printf("  the load's own inserts      %6.3f s  (values, revisions, events; no HTTP, parsing or commit)   "
                + "runs %s   %.2fx%n", floorSeconds, seconds(floors), jdbcSeconds / floorSeconds);
        out.printf("  POST /api/v1/returns/bulk   %6.3f s  (%,.0f rows/s)   runs %s   %.2fx (target 0.3x)  %s%n", bulkSeconds,
                rows / bulkSeconds, seconds(loads), ratio, pass ? "PASS" : "FAIL");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", rows);
        m.put("bulkSeconds", round(bulkSeconds));
        m.put("jdbcSeconds", round(jdbcSeconds));
        m.put("bulkRuns", loads.stream().map(Bench::round).toList());
        m.put("jdbcRuns", inserts.stream().map(Bench::round).toList());
        m.put("storeFloorSeconds", round(floorSeconds));
        m.put("storeFloorRuns", floors.stream().map(Bench::round).toList());
        m.put("ratio", round(ratio));
        m.put("pass", pass);
        figures.put("bulk", m);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String seconds(List<Double> values) {
        return values.stream().map(v -> String.format("%.3f", v)).toList().toString();
    }

    /** Waits until the service's outbox has nothing pending (its yj_outbox_pending gauge reads 0) and a second more. */
    private static void awaitOutboxDrained(Stack stack, Component service) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI metrics = URI.create(stack.url(service) + "/q/metrics");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String text = http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (text.lines().anyMatch(l -> l.startsWith("yj_outbox_pending") && l.trim().endsWith(" 0.0"))) {
                Thread.sleep(1000);
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(service.id() + " still had events pending after 60 s");
    }

    /**
     * The database work of the last bulk load alone: its revisions, their values and its events are inserted again into
     * the service's own tables (keys, foreign keys and all) from copies, in one transaction that is rolled back. No
     * HTTP, no parsing, no checks, no commit: what no implementation of the load can go below with this schema.
     *
     * @param returns the number of returns the last load stored (its revisions are the newest, its events the last)
     */
    private static double storeFloor(Connection c, int returns) throws Exception {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE floor_revision ON COMMIT DROP AS SELECT * FROM kpi_return_revision "
                    + "ORDER BY id DESC LIMIT " + returns);
            st.execute("CREATE TEMP TABLE floor_value ON COMMIT DROP AS SELECT v.* FROM kpi_return_value v "
                    + "JOIN floor_revision r ON v.revision_id = r.id");
            st.execute("CREATE TEMP TABLE floor_event ON COMMIT DROP AS SELECT topic, aggregate_type, aggregate_id, event_type, "
                    + "version, occurred_at, payload::text AS payload FROM outbox_event ORDER BY seq DESC LIMIT " + returns);
            long t0 = System.nanoTime();
            // ids and revision numbers far above any real ones, so that nothing collides with the copies' originals
            st.execute("INSERT INTO kpi_return_revision SELECT id + 1000000000000, team, quarter, revision + 1000000, "
                    + "submitted_at, submitted_by, source, synthetic FROM floor_revision");
            st.execute("INSERT INTO kpi_return_value SELECT id + 1000000000000, revision_id + 1000000000000, indicator, "
                    + "numerator, denominator, rate FROM floor_value");
            st.execute("INSERT INTO outbox_event (id, topic, aggregate_type, aggregate_id, event_type, version, occurred_at, "
                    + "payload) SELECT gen_random_uuid(), topic, aggregate_type, aggregate_id, event_type, version, "
                    + "occurred_at, payload::jsonb FROM floor_event");
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private static void jdbcInsert(Connection c, List<SyntheticData.Row> rows) throws Exception {
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO bench_raw_value (team, quarter, indicator, numerator, denominator) VALUES (?, ?, ?, ?, ?)")) {
            for (SyntheticData.Row r : rows) {
                ps.setString(1, r.team());
                ps.setString(2, r.quarter());
                ps.setString(3, r.indicator());
                ps.setLong(4, r.numerator());
                ps.setLong(5, r.denominator());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }

    // 4. Start-up and RSS of each service against an empty Quarkus app on the same JVM.
    private void startup(Stack stack) throws Exception {
        int runs = quick ? 1 : 3;
        out.printf("%nbench: start-up to first HTTP answer and RSS at that moment, median of %d run(s)%n", runs);
        Path emptyJar = EmptyApp.ensureBuilt(stack.home(), out);
        List<double[]> baseRuns = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            int port = Ports.free().gateway();
            baseRuns.add(Startup.measure(ServiceJvm.command(emptyJar), ServiceJvm.env(port), port));
        }
        double[] base = medians(baseRuns);
        out.printf("  empty Quarkus app (baseline)   %5.2f s  RSS %4.0f MB%n", base[0], base[1]);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("baseline", Map.of("seconds", round(base[0]), "rssMb", round(base[1])));
        for (Component c : Component.SERVICES) {
            List<double[]> serviceRuns = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                stack.stop(c);
                serviceRuns.add(Startup.measure(ServiceJvm.command(stack.runJar(c)), stack.serviceEnv(c, stack.ports().of(c)),
                        stack.ports().of(c)));
            }
            stack.start(c);
            stack.awaitReady(List.of(c));
            double[] s = medians(serviceRuns);
            boolean pass = s[0] <= 2 * base[0] && s[1] <= 2.5 * base[1];
            out.printf("  %-30s %5.2f s  RSS %4.0f MB   %.2fx start-up, %.2fx RSS (targets 2x, 2.5x)  %s%n", c.id(), s[0], s[1],
                    s[0] / base[0], s[1] / base[1], pass ? "PASS" : "FAIL");
            m.put(c.id(), Map.of("seconds", round(s[0]), "rssMb", round(s[1]), "startupRatio", round(s[0] / base[0]),
                    "rssRatio", round(s[1] / base[1]), "pass", pass));
        }
        figures.put("startup", m);
    }

    /** The median of each column of the runs ({seconds, RSS}). */
    private static double[] medians(List<double[]> runs) {
        double[] result = new double[2];
        for (int k = 0; k < 2; k++) {
            int column = k;
            result[k] = median(runs.stream().map(r -> r[column]).toList());
        }
        return result;
    }

    private static Map<String, Object> result(HttpLoad.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rps", Math.round(r.rps()));
        m.put("p50Ms", round(r.p50Ms()));
        m.put("p99Ms", round(r.p99Ms()));
        m.put("errors", r.errors());
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
