package org.yjhub.bench;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop HTTP/1.1 load generator (keep-alive, one {@link HttpConnection} per connection thread), light enough that on
 * two cores the server, not the client, is what gets measured — the same idea as {@code wrk -t1 -cN}. Each run
 * warms up first, then records every request's latency in an HdrHistogram.
 */
public final class HttpLoad {

    public record Result(String name, long requests, long errors, double seconds, Histogram latencyMicros) {
        public double rps() {
            return requests / seconds;
        }

        public double p50Ms() {
            return latencyMicros.getValueAtPercentile(50) / 1000.0;
        }

        public double p99Ms() {
            return latencyMicros.getValueAtPercentile(99) / 1000.0;
        }

        @Override
        public String toString() {
            return String.format("%-28s %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d requests, %d errors)", name, rps(),
                    p50Ms(), p99Ms(), requests, errors);
        }
    }

    private HttpLoad() {
    }

    public static Result run(String name, int port, String path, String token, int connections, Duration warmup,
                             Duration measure) throws InterruptedException {
        byte[] request = HttpConnection.request("GET", path, port, Map.of("Accept", "application/json", "Authorization",
                "Bearer " + token), null);
        AtomicBoolean recording = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Histogram> histograms = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Histogram h = new Histogram(60_000_000L, 3);
            histograms.add(h);
            Thread t = new Thread(() -> loop(port, request, running, recording, requests, errors, h), "load-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        Thread.sleep(warmup.toMillis());
        recording.set(true);
        long start = System.nanoTime();
        Thread.sleep(measure.toMillis());
        recording.set(false);
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        for (Thread t : threads) {
            t.join(5000);
        }
        Histogram all = new Histogram(60_000_000L, 3);
        histograms.forEach(all::add);
        return new Result(name, requests.get(), errors.get(), seconds, all);
    }

    private static void loop(int port, byte[] request, AtomicBoolean running, AtomicBoolean recording, AtomicLong requests,
                             AtomicLong errors, Histogram histogram) {
        while (running.get()) {
            try (HttpConnection connection = new HttpConnection(port)) {
                while (running.get()) {
                    long t0 = System.nanoTime();
                    int status = connection.exchange(request, false).status();
                    long micros = (System.nanoTime() - t0) / 1000;
                    if (recording.get()) {
                        if (status == 200) {
                            requests.incrementAndGet();
                            histogram.recordValue(Math.min(micros, 59_999_999L));
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                }
            } catch (IOException e) {
                if (recording.get()) {
                    errors.incrementAndGet();
                }
            }
        }
    }
}
