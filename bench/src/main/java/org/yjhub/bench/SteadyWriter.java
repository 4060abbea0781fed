package org.yjhub.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.Histogram;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.launcher.Stack;
import org.yjhub.launcher.data.SyntheticData;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Returns written through the gateway at a steady rate on a thread of its own, while something else is measured: each
 * write is one team's whole return for a quarter (every indicator, as the synthetic dataset has it) with other
 * denominators, so each is a new revision that the gateway applies and recomputes the quarter's answers for, as
 * teams submitting their returns do while dashboards read. Team after team, each with its own authority token. The
 * writes are paced on a fixed schedule (open loop) shared by {@value #CONNECTIONS} connections, each on its own thread,
 * so that a slow answer does not hold back the next write: a late write is sent at once, never skipped, and the
 * achieved rate says whether the stack kept up.
 */
final class SteadyWriter implements AutoCloseable {

    /** The stream: 20 returns a second. */
    static final int RATE_PER_SECOND = 20;
    /** Enough for the rate as long as a write is answered within CONNECTIONS / RATE_PER_SECOND (200 ms). */
    static final int CONNECTIONS = 4;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the writer did between its start and its close. */
    record Result(long writes, long errors, double seconds, Histogram putMicros) {
        double rate() {
            return writes / seconds;
        }

        Map<String, Object> figures() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("targetPerSecond", RATE_PER_SECOND);
            m.put("writes", writes);
            m.put("errors", errors);
            m.put("ratePerSecond", Stats.round(rate()));
            m.put("putP50Ms", Stats.round(putMicros.getValueAtPercentile(50) / 1000.0));
            m.put("putP99Ms", Stats.round(putMicros.getValueAtPercentile(99) / 1000.0));
            return m;
        }

        @Override
        public String toString() {
            return String.format("returns written beside: %d at %.1f/s (target %d/s), %d errors, PUT p50 %.2f ms p99 %.2f ms",
                    writes, rate(), RATE_PER_SECOND, errors, putMicros.getValueAtPercentile(50) / 1000.0,
                    putMicros.getValueAtPercentile(99) / 1000.0);
        }
    }

    /** One team's return: its path, its token and the values it writes (denominators raised on each write). */
    private record TeamReturn(String path, String token, List<SyntheticData.Row> rows) {
    }

    private final int port;
    private final List<TeamReturn> returns = new ArrayList<>();
    private final List<Histogram> putMicros = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private volatile boolean running = true;
    private long started;
    private long stopped;

    private SteadyWriter(Stack stack, Quarter quarter) {
        this.port = stack.ports().gateway();
        TeamCatalog teams = TeamCatalog.load();
        SyntheticData data = new SyntheticData(1, 1, quarter, teams, IndicatorCatalog.load());
        Map<String, List<SyntheticData.Row>> byTeam = new LinkedHashMap<>();
        for (SyntheticData.Row r : data.returnRows()) {
            if (r.quarter().equals(quarter.toString())) {
                byTeam.computeIfAbsent(r.team(), k -> new ArrayList<>()).add(r);
            }
        }
        byTeam.forEach((team, rows) -> returns.add(new TeamReturn("/api/v1/teams/" + team + "/returns/" + quarter,
                stack.tokens().authority(team), rows)));
        for (int k = 0; k < CONNECTIONS; k++) {
            Histogram h = new Histogram(60_000_000L, 3);
            putMicros.add(h);
            int first = k;
            Thread t = new Thread(() -> run(first, h), "steady-writer-" + k);
            t.setDaemon(true);
            threads.add(t);
        }
    }

    /** Starts writing the quarter's returns through the stack's gateway at {@link #RATE_PER_SECOND}. */
    static SteadyWriter start(Stack stack, Quarter quarter) {
        SteadyWriter w = new SteadyWriter(stack, quarter);
        w.started = System.nanoTime();
        w.threads.forEach(Thread::start);
        return w;
    }

    /** Stops after the write under way and tells what was written. */
    Result stop() throws InterruptedException {
        running = false;
        stopped = System.nanoTime();
        for (Thread t : threads) {
            t.join(35_000);
        }
        Histogram all = new Histogram(60_000_000L, 3);
        putMicros.forEach(all::add);
        return new Result(writes.get(), errors.get(), (stopped - started) / 1e9, all);
    }

    @Override
    public void close() throws InterruptedException {
        if (running) {
            stop();
        }
    }

    /** Writes number {@code first}, then every {@value #CONNECTIONS}th after it, each at its time on the schedule. */
    private void run(int first, Histogram histogram) {
        long interval = Duration.ofSeconds(1).toNanos() / RATE_PER_SECOND;
        HttpConnection connection = null;
        for (long i = first; running; i += CONNECTIONS) {
            long wait = started + i * interval - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!running) {
                break;
            }
            TeamReturn r = returns.get((int) (i % returns.size()));
            long round = i / returns.size();
            try {
                if (connection == null) {
                    connection = new HttpConnection(port);
                }
                long t0 = System.nanoTime();
                HttpConnection.Reply reply = connection.send("PUT", r.path(), Map.of("Authorization", "Bearer " + r.token(),
                        "Content-Type", "application/json"), body(r.rows(), round));
                histogram.recordValue(Math.min((System.nanoTime() - t0) / 1000, 59_999_999L));
                if (reply.status() >= 300) {
                    errors.incrementAndGet();
                }
            } catch (IOException e) {
                errors.incrementAndGet();
                connection = close(connection);
            }
            writes.incrementAndGet();
        }
        close(connection);
    }

    /** The return's values with each denominator raised by {@code round + 1}: a new revision on every write. */
    private static byte[] body(List<SyntheticData.Row> rows, long round) throws IOException {
        List<Map<String, Object>> values = new ArrayList<>();
        for (SyntheticData.Row row : rows) {
            values.add(Map.of("indicator", row.indicator(), "numerator", row.numerator(), "denominator",
                    row.denominator() + round + 1));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("values", values);
        body.put("source", SyntheticData.SOURCE);
        body.put("synthetic", true);
        return JSON.writeValueAsBytes(body);
    }

    private static HttpConnection close(HttpConnection c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // already broken
            }
        }
        return null;
    }
}
