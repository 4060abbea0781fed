package org.yjhub.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts a JVM, measures the time until its HTTP port answers a request and its RSS at that moment, then stops it. */
final class Startup {

    private Startup() {
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
