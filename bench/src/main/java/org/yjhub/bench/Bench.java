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
    /** The most years `./yj load-synthetic` loads. */
    static final int MAX_YEARS = 20;

    /** The parts of a run, in the order they are measured; {@code --only} picks some of them. */
    static final List<String> PARTS = List.of("growth", "visible", "subscribers", "bulk", "startup");
    static final String USAGE = "bench [--quick] [--chart FILE] [--only PART,...] [--sizes YEARS,...] (parts: "
            + String.join(", ", PARTS) + ")";

    private final boolean quick;
    private final Path chart;
    private final Selection selection;
    private final PrintStream out;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    /**
     * What one run measures: the parts (all of them unless {@code --only}), and the dataset's sizes for the growth
     * (the mode's unless {@code --sizes}). Without the growth nothing is loaded, and the other parts run on an empty
     * stack: a quicker way to re-measure one figure that does not depend on the data (start-up, subscribers).
     */
    record Selection(List<String> parts, List<Integer> sizes) {

        static Selection all(boolean quick) {
            return new Selection(PARTS, quick ? QUICK_SIZES : FULL_SIZES);
        }

        boolean has(String part) {
            return parts.contains(part);
        }

        /** The selection the options give, or a {@link UsageException} saying what is wrong with them. */
        static Selection parse(boolean quick, String only, String sizes) {
            List<String> parts = PARTS;
            if (only != null) {
                parts = List.of(only.split(","));
                for (String part : parts) {
                    if (!PARTS.contains(part)) {
                        throw new UsageException("unknown part for --only: " + part + " (" + USAGE + ")");
                    }
                }
            }
            List<Integer> years = quick ? QUICK_SIZES : FULL_SIZES;
            if (sizes != null) {
                try {
                    years = java.util.Arrays.stream(sizes.split(",")).map(Integer::valueOf).toList();
                } catch (NumberFormatException e) {
                    throw new UsageException("--sizes takes years, as 1,5,10: " + sizes);
                }
                for (int i = 0; i < years.size(); i++) {
                    if (years.get(i) < 1 || years.get(i) > MAX_YEARS
                            || (i > 0 && years.get(i) <= years.get(i - 1))) {
                        throw new UsageException("--sizes takes rising years from 1 to " + MAX_YEARS
                                + ": " + sizes);
                    }
                }
            }
            return new Selection(parts, years);
        }
    }

    private Bench(boolean quick, Path chart, Selection selection, PrintStream out) {
        this.quick = quick;
        this.chart = chart;
        this.selection = selection;
        this.out = out;
    }

    /**
     * {@code ./yj bench [--quick] [--chart FILE] [--only PART,...] [--sizes YEARS,...]}: the yj script runs this jar with
     * the arguments after {@code bench}.
     */
    public static void main(String[] args) {
        boolean quick = false;
        String chart = null;
        String only = null;
        String sizes = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--quick")) {
                quick = true;
            } else if (args[i].equals("--chart") && i + 1 < args.length) {
                chart = args[++i];
            } else if (args[i].equals("--only") && i + 1 < args.length) {
                only = args[++i];
            } else if (args[i].equals("--sizes") && i + 1 < args.length) {
                sizes = args[++i];
            } else {
                System.err.println("yj: unknown option for bench: " + args[i] + " (" + USAGE + ")");
                System.exit(2);
            }
        }
        Path home = Path.of(System.getProperty("yj.home", ".")).toAbsolutePath().normalize();
        Path chartFile = chart != null ? Path.of(chart).toAbsolutePath() : quick ? null : home.resolve(DEFAULT_CHART);
        try {
            new Bench(quick, chartFile, Selection.parse(quick, only, sizes), System.out).run(home);
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
        return new Bench(quick, chart, Selection.all(quick), out).run(home);
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
                if (selection.has("growth")) {
                    growth(stack, admin);
                } else {
                    out.println("bench: no growth asked for: the other parts are measured on an empty stack");
                }
                Quarter latest = SyntheticLoader.latestCompleteQuarter(LocalDate.now());
                if (selection.has("visible")) {
                    figures.put("writeToVisible", WriteToVisible.measure(stack, latest, quick, out));
                }
                if (selection.has("subscribers")) {
                    figures.put("subscribers", Subscribers.measure(stack, latest, quick, out));
                }
                if (selection.has("bulk")) {
                    figures.put("bulk", BulkLoad.measure(stack, admin, out));
                }
                if (selection.has("startup")) {
                    figures.put("startup", Startup.compare(stack, quick, out));
                }
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

    private void growth(Stack stack, ApiClient admin) throws Exception {
        long started = System.nanoTime();
        Growth.Result growth = Growth.measure(stack, admin, selection.sizes(), quick, chart, out);
        Growth.Step largest = growth.last();
        figures.put("dataset", Map.of("teams", TeamCatalog.load().all().size(), "years", largest.years(),
                "returnValues", largest.stored().returnValues(), "budgets", largest.stored().budgets(),
                "staffing", largest.stored().staffing(), "inspections", largest.stored().inspections(),
                "actions", largest.stored().actions()));
        figures.put("reads", largest.reads());
        figures.put("growth", growth.figures());
        out.printf("%nbench: growth measured in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }
}
