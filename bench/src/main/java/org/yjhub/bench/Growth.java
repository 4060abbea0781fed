package org.yjhub.bench;

import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.Team;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.launcher.Component;
import org.yjhub.launcher.Ports;
import org.yjhub.launcher.ServiceJvm;
import org.yjhub.launcher.Stack;
import org.yjhub.launcher.data.ApiClient;
import org.yjhub.launcher.data.SyntheticData;
import org.yjhub.launcher.data.SyntheticLoader;
import org.yjhub.localinfra.Postgres;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 20's growth: one stack measured at growing sizes of the synthetic national dataset (1, 5 and 10 years; 1 and
 * 2 when quick), each size loaded on top of the one before through the public API. First the gateway is started again
 * over its empty read model, and the empty Quarkus app is started, as the baselines. Then at each size: the load's
 * time, the gateway's reads with returns written beside them ({@link GatewayReads}), the gateway started again over
 * the same data (time to ready, its RSS then against the empty app, its live heap after a full collection against
 * the empty read model's, per stored value) and the size of each service's database. Ends with the table rows and,
 * when given a file, the chart.
 */
final class Growth {

    /** Issue 20: the gateway ready with the largest dataset within 1.5× its own start with an empty read model. */
    static final double MAX_READY_RATIO = 1.5;
    /** Issue 20: the gateway's RSS with the largest dataset within 2.5× the empty app's. */
    static final double MAX_RSS_RATIO = 2.5;

    private static final List<String> VIEWS = List.of("comparison", "profile", "series", "dashboard");
    private static final Pattern READ_MODEL_LOADED = Pattern.compile("read model loaded: .* in (\\d+) ms");
    /** SmallRye's report of a channel's failure, e.g. a record left unacknowledged for over 60 s (SRMSG18231). */
    private static final Pattern CONSUMER_FAILED = Pattern.compile("SRMSG18228: A failure has been reported for Kafka "
            + "topics '\\[[^\\]]*\\]': [^ \\n]*");
    private static final Duration CONVERGE = Duration.ofSeconds(900);

    /** The gateway started over what its database holds: until its first HTTP answer, until ready, and then. */
    record GatewayStart(double firstAnswerSeconds, double readySeconds, double rssMb, double liveHeapMb, long readModelMs) {
    }

    /** What the gateway's read model holds (its tables' rows), counted in its database. */
    record Stored(long returnValues, long inspections, long actions, long budgets, long staffing) {
    }

    /** One size: what was loaded and how long it took, then every figure measured at that size. */
    record Step(int years, int quarters, Stored stored, SyntheticLoader.Summary load, List<String> consumerRestarts,
                Map<String, Object> reads, double rssInServiceMb, GatewayStart gateway, Map<String, Double> databaseMb) {
    }

    /** The baselines, each step, and the JSON object of all of them (the bench's {@code growth}). */
    record Result(double[] emptyApp, GatewayStart emptyGateway, Map<String, Double> emptyDatabaseMb, List<Step> steps,
                  Map<String, Object> figures) {

        Step last() {
            return steps.get(steps.size() - 1);
        }
    }

    private Growth() {
    }

    static Result measure(Stack stack, ApiClient admin, List<Integer> sizes, boolean quick, Path chart, PrintStream out)
            throws Exception {
        Quarter latest = SyntheticLoader.latestCompleteQuarter(LocalDate.now());
        out.printf("%nbench: growth at %s years of the synthetic national dataset; first the baselines: the empty app "
                + "and the gateway started again over its empty read model%n", sizes);
        double[] emptyApp = emptyApp(stack, quick ? 1 : 3, out);
        GatewayStart empty = restartGateway(stack);
        Map<String, Double> emptyDb = databaseMb(stack);
        out.printf("  gateway, empty read model: %s%n", describe(empty));
        List<Step> steps = new ArrayList<>();
        int loaded = 0;
        for (int years : sizes) {
            out.printf("%nbench: growth: loading %d year(s) …%n", years);
            long loadFrom = Files.size(stack.log(Component.GATEWAY));
            // only what the step before did not load: the same seed's older years and their inspections
            SyntheticLoader.Summary load = SyntheticLoader.load(admin, 1, years, loaded, out);
            loaded = years;
            List<String> restarts = new ArrayList<>();
            Stored stored = awaitStored(stack, expected(years, latest), loadFrom, restarts, out);
            long readsFrom = Files.size(stack.log(Component.GATEWAY));
            Map<String, Object> reads = GatewayReads.measure(stack, latest, quick, out);
            String failed = consumerFailure(stack.log(Component.GATEWAY), readsFrom);
            if (failed != null) {
                out.printf("  WARNING: a consumer of the gateway stopped during the reads (%s)%n", failed);
                restarts.add("during the reads: " + failed);
            }
            double inService = Startup.rssMb(stack.pid(Component.GATEWAY));
            GatewayStart gateway = restartGateway(stack);
            Map<String, Double> db = databaseMb(stack);
            Step step = new Step(years, quarters(years, latest), stored, load, restarts, reads, inService, gateway, db);
            steps.add(step);
            out.printf("  %d year(s), %,d values: %s; RSS in service before it %.0f MB; databases %s MB%n", years,
                    stored.returnValues(), describe(gateway), inService, db);
        }
        Result result = new Result(emptyApp, empty, emptyDb, steps, null);
        Map<String, Object> figures = figures(result);
        out.printf("%nbench: growth, as table rows (docs/performance.md)%n");
        table(result).forEach(line -> out.println("  " + line));
        if (chart != null) {
            chart(result, chart);
            figures.put("chart", chart.toString());
            out.println("  chart: " + chart);
        }
        return new Result(emptyApp, empty, emptyDb, steps, figures);
    }

    // ---- the measurements

    /** The empty Quarkus app's start and RSS (the start-up figures' baseline), median of {@code runs}. */
    private static double[] emptyApp(Stack stack, int runs, PrintStream out) throws Exception {
        Path jar = EmptyApp.ensureBuilt(stack.home(), out);
        List<Double> seconds = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            int port = Ports.free().gateway();
            double[] r = Startup.measure(ServiceJvm.command(jar), ServiceJvm.env(port), port);
            seconds.add(r[0]);
            rss.add(r[1]);
        }
        double[] result = {Stats.median(seconds), Stats.median(rss)};
        out.printf("  empty Quarkus app: first answer %.2f s, RSS %.0f MB (median of %d)%n", result[0], result[1], runs);
        return result;
    }

    /**
     * Stops the stack's gateway and starts it again (the stack's own process, which stays running): the time to its
     * first HTTP answer and until {@code /q/health/ready} answers 200, its RSS at that moment, then its live heap
     * (a full collection first) and how long its read model took to load, from its log.
     */
    static GatewayStart restartGateway(Stack stack) throws Exception {
        int port = stack.ports().gateway();
        stack.stop(Component.GATEWAY);
        Path log = stack.log(Component.GATEWAY);
        long logFrom = Files.exists(log) ? Files.size(log) : 0;
        long t0 = System.nanoTime();
        stack.start(Component.GATEWAY);
        double first = Double.NaN;
        while (true) {
            int status = status(port, "/q/health/ready");
            double elapsed = (System.nanoTime() - t0) / 1e9;
            if (status > 0 && Double.isNaN(first)) {
                first = elapsed;
            }
            if (status == 200) {
                double rss = Startup.rssMb(stack.pid(Component.GATEWAY));
                return new GatewayStart(first, elapsed, rss, liveHeapMb(stack.pid(Component.GATEWAY)), readModelMs(log, logFrom));
            }
            if (!stack.running(Component.GATEWAY)) {
                throw new IllegalStateException("the gateway exited during start-up; see " + log);
            }
            if (elapsed > 180) {
                throw new IllegalStateException("the gateway was not ready 180 s after its start; see " + log);
            }
            Thread.sleep(10);
        }
    }

    /** The status of a GET, or 0 when nothing answers. */
    private static int status(int port, String path) {
        try (HttpConnection c = new HttpConnection(port)) {
            return c.send("GET", path, Map.of("Connection", "close"), null).status();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The bytes of the objects alive after a full collection, from {@code jcmd PID GC.class_histogram}, in MB. */
    static double liveHeapMb(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd GC.class_histogram failed: " + text);
        }
        return histogramTotalBytes(text) / 1e6;
    }

    /** The bytes on the histogram's {@code Total} line (its last column). */
    static long histogramTotalBytes(String histogram) {
        for (String line : histogram.lines().toList()) {
            String t = line.trim();
            if (t.startsWith("Total")) {
                String[] columns = t.split("\\s+");
                return Long.parseLong(columns[columns.length - 1]);
            }
        }
        throw new IllegalStateException("no Total line in the class histogram");
    }

    private static long readModelMs(Path log, long from) throws IOException {
        Matcher m = READ_MODEL_LOADED.matcher(tail(log, from));
        long ms = -1;
        while (m.find()) {
            ms = Long.parseLong(m.group(1));
        }
        return ms;
    }

    /** Each service's database size (pg_database_size), in MB. */
    private static Map<String, Double> databaseMb(Stack stack) throws SQLException {
        Map<String, Double> sizes = new LinkedHashMap<>();
        for (Component c : List.of(Component.GATEWAY, Component.PERFORMANCE, Component.INSPECTION, Component.BUDGET)) {
            try (Connection conn = DriverManager.getConnection(stack.jdbcUrl(c), Postgres.USER, Postgres.PASSWORD);
                 Statement s = conn.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
                rs.next();
                sizes.put(c.id(), Stats.round(rs.getLong(1) / 1e6));
            }
        }
        return sizes;
    }

    /** What the read model must hold once the dataset of {@code years} is applied (the loader's seed, 1). */
    private static Stored expected(int years, Quarter latest) {
        TeamCatalog teams = TeamCatalog.load();
        SyntheticData data = new SyntheticData(1, years, latest, LocalDate.now(), teams, IndicatorCatalog.load());
        long inspections = 0;
        long actions = 0;
        for (Team t : teams.all()) {
            for (SyntheticData.SyntheticInspection i : data.inspections(t)) {
                inspections++;
                actions += i.actions().size();
            }
        }
        long perYear = (long) teams.all().size() * data.years().size();
        return new Stored(data.returnRows().size(), inspections, actions, perYear, perYear);
    }

    private static int quarters(int years, Quarter latest) {
        return new SyntheticData(1, years, latest, TeamCatalog.load(), IndicatorCatalog.load()).quarters().size();
    }

    /**
     * Waits until the gateway's tables hold what was loaded (the events have all been applied). A consumer of the
     * gateway's that gave up (a batch left unacknowledged for longer than the connector allows fails its channel,
     * which then stays stopped) is reported, and the gateway is started again so that it resumes from its committed
     * offsets; {@code restarts} counts those. {@code logFrom}: where in the gateway's log the load began.
     */
    private static Stored awaitStored(Stack stack, Stored expected, long logFrom, List<String> restarts, PrintStream out)
            throws Exception {
        long deadline = System.nanoTime() + CONVERGE.toNanos();
        Path log = stack.log(Component.GATEWAY);
        Stored stored;
        do {
            stored = stored(stack);
            if (stored.equals(expected)) {
                return stored;
            }
            String failure = consumerFailure(log, logFrom);
            if (failure != null) {
                out.printf("  WARNING: a consumer of the gateway stopped (%s); starting the gateway again%n", failure);
                restarts.add(failure);
                stack.stop(Component.GATEWAY);
                logFrom = Files.size(log);
                stack.start(Component.GATEWAY);
                stack.awaitReady(List.of(Component.GATEWAY));
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("the gateway did not hold the dataset within " + CONVERGE.toSeconds() + " s: "
                + stored + ", expected " + expected + "; see " + log);
    }

    /** The first line from {@code from} on in which a consumer channel of the gateway failed, or null. */
    private static String consumerFailure(Path log, long from) throws IOException {
        Matcher m = CONSUMER_FAILED.matcher(tail(log, from));
        return m.find() ? m.group().trim() : null;
    }

    private static String tail(Path log, long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        int start = (int) Math.min(from, all.length);
        return new String(all, start, all.length - start, StandardCharsets.UTF_8);
    }

    private static Stored stored(Stack stack) throws SQLException {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(Component.GATEWAY), Postgres.USER, Postgres.PASSWORD);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM rm_return_value), (SELECT count(*) FROM rm_inspection), "
                     + "(SELECT count(*) FROM rm_action), (SELECT count(*) FROM rm_budget), (SELECT count(*) FROM rm_staffing)")) {
            rs.next();
            return new Stored(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
        }
    }

    // ---- the figures

    private static double readyRatio(Result r, Step s) {
        return s.gateway().readySeconds() / r.emptyGateway().readySeconds();
    }

    private static double rssRatio(Result r, Step s) {
        return s.gateway().rssMb() / r.emptyApp()[1];
    }

    /** The live heap the dataset added over the empty read model, per stored return value, in bytes. */
    private static double heapBytesPerValue(Result r, Step s) {
        return (s.gateway().liveHeapMb() - r.emptyGateway().liveHeapMb()) * 1e6 / s.stored().returnValues();
    }

    private static double dbBytesPerValue(Result r, Step s, String service) {
        return (s.databaseMb().get(service) - r.emptyDatabaseMb().get(service)) * 1e6 / s.stored().returnValues();
    }

    @SuppressWarnings("unchecked")
    private static double read(Step s, String view, String figure) {
        return ((Number) ((Map<String, Object>) s.reads().get(view)).get(figure)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static double writer(Step s, String figure) {
        return ((Number) ((Map<String, Object>) s.reads().get("writer")).get(figure)).doubleValue();
    }

    private static Map<String, Object> figures(Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("emptyApp", Map.of("seconds", Stats.round(r.emptyApp()[0]), "rssMb", Stats.round(r.emptyApp()[1])));
        m.put("emptyGateway", gateway(r.emptyGateway()));
        m.put("emptyDatabasesMb", r.emptyDatabaseMb());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Step s : r.steps()) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("years", s.years());
            step.put("quarters", s.quarters());
            step.put("stored", Map.of("returnValues", s.stored().returnValues(), "inspections", s.stored().inspections(),
                    "actions", s.stored().actions(), "budgets", s.stored().budgets(), "staffing", s.stored().staffing()));
            step.put("loadSeconds", Stats.round(s.load().seconds()));
            step.put("loadReturnsSeconds", Stats.round(s.load().returnSeconds()));
            step.put("gatewayConsumerFailures", s.consumerRestarts());
            step.put("reads", s.reads());
            Map<String, Object> g = gateway(s.gateway());
            g.put("readyRatio", Stats.round(readyRatio(r, s)));
            g.put("readyPass", readyRatio(r, s) <= MAX_READY_RATIO);
            g.put("rssRatio", Stats.round(rssRatio(r, s)));
            g.put("rssPass", rssRatio(r, s) <= MAX_RSS_RATIO);
            g.put("rssInServiceMb", Stats.round(s.rssInServiceMb()));
            g.put("heapBytesPerValue", Math.round(heapBytesPerValue(r, s)));
            step.put("gateway", g);
            step.put("databasesMb", s.databaseMb());
            step.put("gatewayDbBytesPerValue", Math.round(dbBytesPerValue(r, s, Component.GATEWAY.id())));
            step.put("performanceDbBytesPerValue", Math.round(dbBytesPerValue(r, s, Component.PERFORMANCE.id())));
            steps.add(step);
        }
        m.put("steps", steps);
        m.put("targets", Map.of("reads", "throughput >= " + GatewayReads.MIN_THROUGHPUT_RATIO + "x, p99 <= "
                        + GatewayReads.MAX_P99_RATIO + "x the static answer", "readyRatio", "<= " + MAX_READY_RATIO
                        + "x the empty read model's", "rssRatio", "<= " + MAX_RSS_RATIO + "x the empty app's"));
        return m;
    }

    private static Map<String, Object> gateway(GatewayStart g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("firstAnswerSeconds", Stats.round(g.firstAnswerSeconds()));
        m.put("readySeconds", Stats.round(g.readySeconds()));
        m.put("rssMb", Stats.round(g.rssMb()));
        m.put("liveHeapMb", Stats.round(g.liveHeapMb()));
        m.put("readModelLoadMs", g.readModelMs());
        return m;
    }

    private static String describe(GatewayStart g) {
        return String.format("first answer %.2f s, ready %.2f s (read model loaded in %d ms), RSS %.0f MB, live heap %.1f MB",
                g.firstAnswerSeconds(), g.readySeconds(), g.readModelMs(), g.rssMb(), g.liveHeapMb());
    }

    /** The growth table in Markdown: one row per figure, one column per size, and whether the largest met its target. */
    static List<String> table(Result r) {
        List<String> lines = new ArrayList<>();
        StringBuilder head = new StringBuilder("| figure | target | empty |");
        StringBuilder rule = new StringBuilder("|---|---|---|");
        for (Step s : r.steps()) {
            head.append(' ').append(s.years()).append(s.years() == 1 ? " year" : " years").append(" |");
            rule.append("---|");
        }
        lines.add(head.append(" met at ").append(r.last().years()).append(" years? |").toString());
        lines.add(rule.append("---|").toString());
        for (String view : VIEWS) {
            lines.add(row(r, view + " throughput vs static answer", "≥ " + GatewayReads.MIN_THROUGHPUT_RATIO + "×", "",
                    s -> read(s, view, "throughputRatio"), "%.2f×", met(r, s -> read(s, view, "throughputRatio") >= GatewayReads.MIN_THROUGHPUT_RATIO)));
            lines.add(row(r, view + " p99 vs static answer", "≤ " + GatewayReads.MAX_P99_RATIO + "×", "",
                    s -> read(s, view, "p99Ratio"), "%.2f×", met(r, s -> read(s, view, "p99Ratio") <= GatewayReads.MAX_P99_RATIO)));
        }
        lines.add(row(r, "static answer (baseline), req/s", "—", "", s -> read(s, "baseline", "rps"), "%,.0f", "—"));
        lines.add(row(r, "returns written beside the reads, per second (errors)", SteadyWriter.RATE_PER_SECOND + "/s, 0 errors", "",
                s -> String.format("%.1f (%.0f)", writer(s, "ratePerSecond"), writer(s, "errors")),
                met(r, s -> writer(s, "errors") == 0 && writer(s, "ratePerSecond") >= SteadyWriter.RATE_PER_SECOND * 0.95)));
        lines.add(row(r, "gateway ready after a restart, s", "≤ " + MAX_READY_RATIO + "× empty",
                String.format("%.2f", r.emptyGateway().readySeconds()), s -> s.gateway().readySeconds(), "%.2f",
                met(r, s -> readyRatio(r, s) <= MAX_READY_RATIO) + String.format(" (%.2f×)", readyRatio(r, r.last()))));
        lines.add(row(r, "its read model loaded in, ms", "—", String.valueOf(r.emptyGateway().readModelMs()),
                s -> s.gateway().readModelMs(), "%.0f", "—"));
        lines.add(row(r, "gateway RSS at ready, MB", "≤ " + MAX_RSS_RATIO + "× empty app (" + Math.round(r.emptyApp()[1]) + " MB)",
                String.format("%.0f", r.emptyGateway().rssMb()), s -> s.gateway().rssMb(), "%.0f",
                met(r, s -> rssRatio(r, s) <= MAX_RSS_RATIO) + String.format(" (%.2f×)", rssRatio(r, r.last()))));
        lines.add(row(r, "gateway RSS in service, after the reads, MB", "—", "", Step::rssInServiceMb, "%.0f", "—"));
        lines.add(row(r, "gateway live heap after a full GC, MB", "—", String.format("%.1f", r.emptyGateway().liveHeapMb()),
                s -> s.gateway().liveHeapMb(), "%.1f", "—"));
        lines.add(row(r, "live heap per stored value (over empty), bytes", "reported", "", s -> heapBytesPerValue(r, s), "%,.0f", "—"));
        lines.add(row(r, "gateway database, MB", "—", String.format("%.1f", r.emptyDatabaseMb().get(Component.GATEWAY.id())),
                s -> s.databaseMb().get(Component.GATEWAY.id()), "%.1f", "—"));
        lines.add(row(r, "performance-service database, MB", "—", String.format("%.1f", r.emptyDatabaseMb().get(Component.PERFORMANCE.id())),
                s -> s.databaseMb().get(Component.PERFORMANCE.id()), "%.1f", "—"));
        lines.add(row(r, "stored return values", "—", "0", s -> s.stored().returnValues(), "%,.0f", "—"));
        lines.add(row(r, "gateway consumers that stopped (started again)", "0", "", s -> s.consumerRestarts().size(), "%.0f",
                met(r, s -> s.consumerRestarts().isEmpty())));
        lines.add(row(r, "load to this size through the API, s", "—", "", s -> s.load().seconds(), "%.1f", "—"));
        return lines;
    }

    private static String met(Result r, Predicate<Step> met) {
        return met.test(r.last()) ? "yes" : "**no**";
    }

    private static String row(Result r, String figure, String target, String empty, ToDoubleFunction<Step> value,
                              String format, String met) {
        return row(r, figure, target, empty, s -> String.format(format, value.applyAsDouble(s)), met);
    }

    private static String row(Result r, String figure, String target, String empty, Function<Step, String> cell, String met) {
        StringBuilder b = new StringBuilder("| ").append(figure).append(" | ").append(target).append(" | ")
                .append(empty.isEmpty() ? "—" : empty).append(" |");
        for (Step s : r.steps()) {
            b.append(' ').append(cell.apply(s)).append(" |");
        }
        return b.append(' ').append(met).append(" |").toString();
    }

    /** The chart: each cost against the dataset's years (0 = the empty read model where it was measured). */
    static void chart(Result r, Path file) throws IOException {
        double[] x = new double[r.steps().size() + 1];
        for (int i = 0; i < r.steps().size(); i++) {
            x[i + 1] = r.steps().get(i).years();
        }
        List<Chart.Series> throughput = new ArrayList<>();
        List<Chart.Series> p99 = new ArrayList<>();
        for (String view : VIEWS) {
            throughput.add(new Chart.Series(view, withEmpty(Double.NaN, r, s -> read(s, view, "throughputRatio"))));
            p99.add(new Chart.Series(view, withEmpty(Double.NaN, r, s -> read(s, view, "p99Ratio"))));
        }
        List<Chart.Panel> panels = List.of(
                new Chart.Panel("Read throughput ÷ static answer (×)", throughput, GatewayReads.MIN_THROUGHPUT_RATIO,
                        "target ≥ " + GatewayReads.MIN_THROUGHPUT_RATIO + "×"),
                new Chart.Panel("Read p99 ÷ static answer (×)", p99, GatewayReads.MAX_P99_RATIO,
                        "target ≤ " + GatewayReads.MAX_P99_RATIO + "×"),
                new Chart.Panel("Gateway ready after a restart (s)", List.of(
                        new Chart.Series("ready", withEmpty(r.emptyGateway().readySeconds(), r, s -> s.gateway().readySeconds())),
                        new Chart.Series("read model load", withEmpty(r.emptyGateway().readModelMs() / 1000.0, r,
                                s -> s.gateway().readModelMs() / 1000.0))),
                        MAX_READY_RATIO * r.emptyGateway().readySeconds(), "target: " + MAX_READY_RATIO + "× empty"),
                new Chart.Panel("Gateway RSS at ready (MB)", List.of(
                        new Chart.Series("gateway", withEmpty(r.emptyGateway().rssMb(), r, s -> s.gateway().rssMb())),
                        new Chart.Series("in service", withEmpty(Double.NaN, r, Step::rssInServiceMb))),
                        MAX_RSS_RATIO * r.emptyApp()[1], "target: " + MAX_RSS_RATIO + "× empty app"),
                new Chart.Panel("Gateway live heap after a full GC (MB)", List.of(
                        new Chart.Series("live heap", withEmpty(r.emptyGateway().liveHeapMb(), r, s -> s.gateway().liveHeapMb()))),
                        Double.NaN, ""),
                new Chart.Panel("Database size (MB)", List.of(
                        new Chart.Series("gateway", withEmpty(r.emptyDatabaseMb().get(Component.GATEWAY.id()), r,
                                s -> s.databaseMb().get(Component.GATEWAY.id()))),
                        new Chart.Series("performance", withEmpty(r.emptyDatabaseMb().get(Component.PERFORMANCE.id()), r,
                                s -> s.databaseMb().get(Component.PERFORMANCE.id()))),
                        new Chart.Series("inspection", withEmpty(r.emptyDatabaseMb().get(Component.INSPECTION.id()), r,
                                s -> s.databaseMb().get(Component.INSPECTION.id()))),
                        new Chart.Series("budget", withEmpty(r.emptyDatabaseMb().get(Component.BUDGET.id()), r,
                                s -> s.databaseMb().get(Component.BUDGET.id())))),
                        Double.NaN, ""));
        Chart.write(file, "./yj bench: cost against years of the national dataset (155 teams, every quarter and KPI)",
                "years of data (0 = empty)", x, panels);
    }

    private static double[] withEmpty(double empty, Result r, ToDoubleFunction<Step> value) {
        double[] y = new double[r.steps().size() + 1];
        y[0] = empty;
        for (int i = 0; i < r.steps().size(); i++) {
            y[i + 1] = value.applyAsDouble(r.steps().get(i));
        }
        return y;
    }
}
