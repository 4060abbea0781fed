package org.yjhub.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.launcher.Component;
import org.yjhub.launcher.Ports;
import org.yjhub.launcher.Stack;
import org.yjhub.launcher.UsageException;
import org.yjhub.launcher.data.ApiClient;
import org.yjhub.launcher.data.SyntheticLoader;
import org.yjhub.localinfra.TempDirs;
import org.yjhub.localinfra.jwt.DevKeys;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./yj bench [--quick] [--chart FILE]}: starts a fresh stack on free ports and measures, side by side on the
 * same machine in one run, each figure together with its baseline. First the growth of issue 20 ({@link Growth}): the
 * synthetic national dataset loaded in steps (1, 5, 10 years; 1, 2 when quick) and at each size the gateway's reads
 * against the static indicator list with returns written beside them, the gateway's start over that data against
 * its start over an empty read model, its RSS against an empty Quarkus app and its heap per stored value. Then, on
 * the largest dataset: write-to-visible against a raw Kafka round trip on the same broker, a write reaching many
 * subscribers of the change feed, the bulk CSV load against a raw JDBC batch insert into the same PostgreSQL, and
 * each service's start-up and RSS against the empty app. Prints every figure and ratio, the growth table's rows and
 * chart, and ends with one JSON line.
 */
public final class Bench {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The dataset's sizes in years, each loaded on top of the one before. */
    static final List<Integer> FULL_SIZES = List.of(1, 5, 10);
    static final List<Integer> QUICK_SIZES = List.of(1, 2);
    /** Where a full run draws the growth chart unless told otherwise. */
    static final String DEFAULT_CHART = "docs/performance-growth.png";

    private final boolean quick;
    private final Path chart;
    private final PrintStream out;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    private Bench(boolean quick, Path chart, PrintStream out) {
        this.quick = quick;
        this.chart = chart;
        this.out = out;
    }

    /** {@code ./yj bench [--quick] [--chart FILE]}: the yj script runs this jar with the arguments after {@code bench}. */
    public static void main(String[] args) {
        boolean quick = false;
        String chart = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--quick")) {
                quick = true;
            } else if (args[i].equals("--chart") && i + 1 < args.length) {
                chart = args[++i];
            } else {
                System.err.println("yj: unknown option for bench: " + args[i] + " (bench [--quick] [--chart FILE])");
                System.exit(2);
            }
        }
        Path home = Path.of(System.getProperty("yj.home", ".")).toAbsolutePath().normalize();
        Path chartFile = chart != null ? Path.of(chart).toAbsolutePath() : quick ? null : home.resolve(DEFAULT_CHART);
        try {
            run(home, quick, chartFile, System.out);
        } catch (UsageException e) {
            System.err.println("yj: " + e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("yj: the benchmark failed: " + e);
            System.exit(2);
        }
        System.exit(0);
    }

    /** The benchmark without a chart. */
    public static Map<String, Object> run(Path home, boolean quick, PrintStream out) throws Exception {
        return run(home, quick, null, out);
    }

    /** The benchmark; {@code chart} the growth chart's file, or null for none. */
    public static Map<String, Object> run(Path home, boolean quick, Path chart, PrintStream out) throws Exception {
        return new Bench(quick, chart, out).run(home);
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
                stack.withoutRateLimits(); // one token makes every call: a limit would measure itself, not the stack
                stack.preflight();
                out.println("bench: starting a fresh stack …");
                stack.startAll();
                ApiClient admin = new ApiClient(stack.url(Component.GATEWAY), stack.tokens().admin());
                long started = System.nanoTime();
                Growth.Result growth = Growth.measure(stack, admin, quick ? QUICK_SIZES : FULL_SIZES, quick, chart, out);
                Growth.Step largest = growth.last();
                figures.put("dataset", Map.of("teams", TeamCatalog.load().all().size(), "years", largest.years(),
                        "returnValues", largest.stored().returnValues(), "budgets", largest.stored().budgets(),
                        "staffing", largest.stored().staffing(), "inspections", largest.stored().inspections(),
                        "actions", largest.stored().actions()));
                figures.put("reads", largest.reads());
                figures.put("growth", growth.figures());
                out.printf("%nbench: growth measured in %.0f s%n", (System.nanoTime() - started) / 1e9);
                Quarter latest = SyntheticLoader.latestCompleteQuarter(LocalDate.now());
                figures.put("writeToVisible", WriteToVisible.measure(stack, latest, quick, out));
                figures.put("subscribers", Subscribers.measure(stack, latest, quick, out));
                figures.put("bulk", BulkLoad.measure(stack, admin, out));
                figures.put("startup", Startup.compare(stack, quick, out));
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
}
