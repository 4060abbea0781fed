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
 * 4. Start-up and RSS of each service against two apps on the same JVM with the same flags: the reference app with a
 * service's extensions ({@link ReferenceApp}, issue 20) and an empty Quarkus app ({@link EmptyApp}). Each run starts a
 * JVM, measures the time until its HTTP port answers a request and its RSS at that moment, then stops it.
 */
final class Startup {

    private Startup() {
    }

    /** Issue 20: each service's start-up against the reference app with the same extensions. */
    static final double REFERENCE_TARGET = 1.3;

    /** Issue 9: start-up and RSS against the empty app. */
    static final double EMPTY_TARGET = 2;
    static final double EMPTY_RSS_TARGET = 2.5;

    /**
     * Start-up and RSS of each service against two baselines, median of 3 runs (1 when quick): the reference app with a
     * service's extensions (started once unmeasured first, which migrates its database), and the empty Quarkus app.
     */
    static Map<String, Object> compare(Stack stack, boolean quick, PrintStream out) throws Exception {
        int runs = quick ? 1 : 3;
        out.printf("%nbench: start-up to first HTTP answer and RSS at that moment, median of %d run(s)%n", runs);
        Path emptyJar = EmptyApp.ensureBuilt(stack.home(), out);
        Path referenceJar = ReferenceApp.ensureBuilt(stack.home(), out);
        List<double[]> baseRuns = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            int port = Ports.free().gateway();
            baseRuns.add(Startup.measure(ServiceJvm.command(emptyJar), ServiceJvm.env(port), port));
        }
        double[] base = medians(baseRuns);
        int referencePort = Ports.free().gateway();
        Map<String, String> referenceEnv = ReferenceApp.env(stack, referencePort);
        Startup.measure(ServiceJvm.command(referenceJar), referenceEnv, referencePort);
        List<double[]> referenceRuns = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            referenceRuns.add(Startup.measure(ServiceJvm.command(referenceJar), referenceEnv, referencePort));
        }
        double[] reference = medians(referenceRuns);
        out.printf("  empty Quarkus app (baseline)   %5.2f s  RSS %4.0f MB%n", base[0], base[1]);
        out.printf("  reference app (a service's extensions, baseline) %5.2f s  RSS %4.0f MB   %.2fx the empty app's start-up%n",
                reference[0], reference[1], reference[0] / base[0]);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("baseline", Map.of("seconds", Stats.round(base[0]), "rssMb", Stats.round(base[1])));
        m.put("reference", Map.of("seconds", Stats.round(reference[0]), "rssMb", Stats.round(reference[1]),
                "runs", referenceRuns.stream().map(r -> Stats.round(r[0])).toList()));
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
            double referenceRatio = s[0] / reference[0];
            boolean pass = referenceRatio <= REFERENCE_TARGET;
            boolean emptyPass = s[0] <= EMPTY_TARGET * base[0] && s[1] <= EMPTY_RSS_TARGET * base[1];
            out.printf("  %-30s %5.2f s  RSS %4.0f MB   %.2fx the reference app (target %.1fx) %s;  %.2fx start-up, %.2fx RSS "
                    + "the empty app (targets 2x, 2.5x) %s%n", c.id(), s[0], s[1], referenceRatio, REFERENCE_TARGET,
                    pass ? "PASS" : "FAIL", s[0] / base[0], s[1] / base[1], emptyPass ? "PASS" : "FAIL");
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("seconds", Stats.round(s[0]));
            service.put("rssMb", Stats.round(s[1]));
            service.put("startupRatio", Stats.round(s[0] / base[0]));
            service.put("rssRatio", Stats.round(s[1] / base[1]));
            service.put("referenceStartupRatio", Stats.round(referenceRatio));
            service.put("referenceRssRatio", Stats.round(s[1] / reference[1]));
            service.put("emptyPass", emptyPass);
            service.put("pass", pass);
            m.put(c.id(), service);
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
