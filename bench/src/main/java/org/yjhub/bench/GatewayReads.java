package org.yjhub.bench;

import org.yjhub.common.period.Quarter;
import org.yjhub.launcher.Stack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 1. Gateway reads (comparison, profile, series, dashboard) against the static indicator list at the same concurrency,
 * all of them (the baseline too) while a {@link SteadyWriter} writes returns of the quarter read through the gateway.
 */
final class GatewayReads {

    /** Issue 20's targets for every view, against the prepared static answer. */
    static final double MIN_THROUGHPUT_RATIO = 0.8;
    static final double MAX_P99_RATIO = 2.0;

    private GatewayReads() {
    }

    static Map<String, Object> measure(Stack stack, Quarter q, boolean quick, PrintStream out) throws InterruptedException {
        int port = stack.ports().gateway();
        String token = stack.tokens().analyst();
        int connections = 16;
        Duration warm = Duration.ofSeconds(quick ? 1 : 8); // quick: the suite's harness check, not a measurement
        Duration measure = Duration.ofSeconds(quick ? 2 : 15);
        out.printf("%nbench: gateway reads, %d connections, %d s warm-up, %d s measured each, %d returns a second of %s "
                + "written beside%n", connections, warm.toSeconds(), measure.toSeconds(), SteadyWriter.RATE_PER_SECOND, q);
        Map<String, Object> reads = new LinkedHashMap<>();
        try (SteadyWriter writer = SteadyWriter.start(stack, q)) {
            measure(port, token, q, connections, warm, measure, reads, out);
            SteadyWriter.Result written = writer.stop();
            out.println("  " + written);
            reads.put("writer", written.figures());
        }
        return reads;
    }

    private static void measure(int port, String token, Quarter q, int connections, Duration warm, Duration measure,
                                Map<String, Object> reads, PrintStream out) throws InterruptedException {
        HttpLoad.Result base = HttpLoad.run("indicators (baseline)", port, "/api/v1/indicators", token, connections, warm, measure);
        out.println("  " + base);
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
            Map<String, Object> m = result(r);
            m.put("throughputRatio", Stats.round(throughput));
            m.put("p99Ratio", Stats.round(p99));
            m.put("target", "throughput >= " + MIN_THROUGHPUT_RATIO + "x, p99 <= " + MAX_P99_RATIO + "x");
            boolean pass = throughput >= MIN_THROUGHPUT_RATIO && p99 <= MAX_P99_RATIO;
            m.put("pass", pass);
            reads.put(e.getKey(), m);
            out.printf("  %s   %.2fx throughput, %.2fx p99  %s%n", r, throughput, p99, pass ? "PASS" : "FAIL");
        }
    }

    private static Map<String, Object> result(HttpLoad.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rps", Math.round(r.rps()));
        m.put("p50Ms", Stats.round(r.p50Ms()));
        m.put("p99Ms", Stats.round(r.p99Ms()));
        m.put("errors", r.errors());
        return m;
    }
}
