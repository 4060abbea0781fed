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
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./yj bench [--quick]}: starts a fresh stack on free ports, loads the synthetic national dataset and
 * measures, side by side on the same machine in one run, each figure of issue 9 together with its baseline:
 * gateway reads against the static indicator list, write-to-visible against a raw Kafka round trip on the same
 * broker, the bulk CSV load against a raw JDBC batch insert into the same PostgreSQL, and each service's start-up
 * and RSS against an empty Quarkus app on the same JVM; and (issue 20) a write reaching many subscribers of the
 * change feed. Prints every figure and ratio and ends with one JSON line.
 */
public final class Bench {

    private static final ObjectMapper JSON = new ObjectMapper();

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
                stack.withoutRateLimits(); // one token makes every call: a limit would measure itself, not the stack
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
                figures.put("reads", GatewayReads.measure(stack, latest, quick, out));
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
}
