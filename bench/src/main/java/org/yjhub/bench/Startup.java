package org.yjhub.bench;

import org.yjhub.launcher.Component;
import org.yjhub.launcher.Ports;
import org.yjhub.launcher.ServiceJvm;
import org.yjhub.launcher.Stack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * 4. Start-up and RSS of each service against an empty Quarkus app on the same JVM: each run starts a JVM, measures the
 * time until its HTTP port answers a request and its RSS at that moment, then stops it.
 */
final class Startup {

    private Startup() {
    }

    /** Start-up and RSS of each service against the empty Quarkus app, median of 3 runs (1 when quick). */
    static Map<String, Object> compare(Stack stack, boolean quick, PrintStream out) throws Exception {
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
        m.put("baseline", Map.of("seconds", Stats.round(base[0]), "rssMb", Stats.round(base[1])));
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
            m.put(c.id(), Map.of("seconds", Stats.round(s[0]), "rssMb", Stats.round(s[1]),
                    "startupRatio", Stats.round(s[0] / base[0]), "rssRatio", Stats.round(s[1] / base[1]), "pass", pass));
        }
        return m;
    }

    /** The median of each column of the runs ({seconds, RSS}). */
    private static double[] medians(List<double[]> runs) {
        double[] result = new double[2];
        for (int k = 0; k < 2; k++) {
            int column = k;
            result[k] = Stats.median(runs.stream().map(r -> r[column]).toList());
        }
        return result;
    }

    /** @return {seconds to first HTTP answer, RSS in MB} */
    static double[] measure(List<String> command, Map<String, String> env, int port) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            while (!answers(port)) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("process exited during start-up: " + command);
                }
                if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(120)) {
                    throw new IllegalStateException("no HTTP answer after 120 s: " + command);
                }
                Thread.sleep(10);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new double[]{seconds, rssMb(p.pid())};
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    private static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 100);
            s.setSoTimeout(2000);
            s.getOutputStream().write("GET /q/health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes());
            return s.getInputStream().read() != -1;
        } catch (IOException e) {
            return false;
        }
    }

    static double rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
