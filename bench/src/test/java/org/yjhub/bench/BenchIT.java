package org.yjhub.bench;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the benchmark harness working: `./yj bench --quick` on a fresh stack of its own must produce every figure and
 * its ratio, at both of its sizes, and the growth chart. It judges nothing about speed (the targets' PASS/FAIL is only reported): a shared CI machine says
 * nothing about the ratios, and a benchmark is not a test.
 */
class BenchIT {

    @Test
    @SuppressWarnings("unchecked")
    void theQuickBenchmarkProducesEveryFigureAndRatio() throws Exception {
        Path home = Path.of("..").toAbsolutePath().normalize();
        Path chart = Path.of("target/bench-it-growth.png").toAbsolutePath();
        Files.deleteIfExists(chart);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Map<String, Object> figures;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            figures = Bench.run(home, true, chart, out);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("BENCH-JSON {");

        assertThat(figures).containsKeys("dataset", "reads", "growth", "writeToVisible", "subscribers", "bulk", "startup");
        assertThat((Map<String, Object>) figures.get("dataset")).containsEntry("teams", 155).containsEntry("years", 2);

        Map<String, Object> growth = (Map<String, Object>) figures.get("growth");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) growth.get("steps");
        assertThat(steps).extracting(s -> s.get("years")).containsExactly(1, 2);
        Map<String, Object> emptyGateway = (Map<String, Object>) growth.get("emptyGateway");
        for (Map<String, Object> step : steps) {
            Map<String, Object> stored = (Map<String, Object>) step.get("stored");
            // every team, quarter and indicator in force, each team inspected, a budget and staffing per team and year
            assertThat(((Number) stored.get("inspections")).longValue()).isGreaterThanOrEqualTo(155);
            assertThat(((Number) stored.get("actions")).longValue()).isGreaterThanOrEqualTo(3 * 155);
            assertThat(stored).containsEntry("budgets", 155L * (int) step.get("years"))
                    .containsEntry("staffing", 155L * (int) step.get("years"));
            Map<String, Object> writer = (Map<String, Object>) ((Map<String, Object>) step.get("reads")).get("writer");
            assertThat(((Number) writer.get("writes")).longValue()).isPositive();
            assertThat(((Number) writer.get("errors")).longValue()).isZero();
            Map<String, Object> gateway = (Map<String, Object>) step.get("gateway");
            assertThat(gateway).containsKeys("readySeconds", "readyRatio", "rssMb", "rssRatio", "liveHeapMb", "heapBytesPerValue");
            assertThat(((Number) gateway.get("readModelLoadMs")).longValue()).isNotNegative();
        }
        Map<String, Object> first = (Map<String, Object>) steps.get(0).get("stored");
        Map<String, Object> second = (Map<String, Object>) steps.get(1).get("stored");
        assertThat(((Number) second.get("returnValues")).longValue()).isGreaterThan(((Number) first.get("returnValues")).longValue());
        assertThat(((Number) emptyGateway.get("readySeconds")).doubleValue()).isPositive();
        assertThat(text).contains("| figure | target | empty | 1 year | 2 years | met at 2 years? |");
        assertThat(ImageIO.read(chart.toFile())).isNotNull();

        Map<String, Object> reads = (Map<String, Object>) figures.get("reads");
        for (String read : List.of("baseline", "comparison", "profile", "series", "dashboard")) {
            Map<String, Object> r = (Map<String, Object>) reads.get(read);
            assertThat(r).as(read).containsKeys("rps", "p50Ms", "p99Ms");
            assertThat(((Number) r.get("rps")).doubleValue()).as(read + " throughput").isPositive();
            assertThat(((Number) r.get("errors")).longValue()).as(read + " errors").isZero();
            if (!read.equals("baseline")) {
                assertThat(r).as(read).containsKeys("throughputRatio", "p99Ratio", "pass");
            }
        }

        Map<String, Object> visible = (Map<String, Object>) figures.get("writeToVisible");
        assertThat(visible).containsKeys("kafkaP50Ms", "kafkaP99Ms", "kafkaMaxMs", "visibleP50Ms", "visibleP99Ms", "visibleMaxMs",
                "putP50Ms", "p50Ratio", "p99Ratio", "pass");
        assertThat(((Number) visible.get("warmupWrites")).intValue()).isPositive();
        // the Kafka baseline is interleaved with the writes: one round trip per measured write
        assertThat(visible).containsEntry("kafkaBaseline", "interleaved");
        assertThat(((Number) visible.get("kafkaSamples")).longValue()).isEqualTo(((Number) visible.get("writes")).longValue());
        assertThat(((Number) visible.get("kafkaMaxMs")).doubleValue())
                .isGreaterThanOrEqualTo(((Number) visible.get("kafkaP50Ms")).doubleValue());
        // a write cannot be visible before its own PUT has been answered
        assertThat(((Number) visible.get("visibleP50Ms")).doubleValue())
                .isGreaterThanOrEqualTo(((Number) visible.get("putP50Ms")).doubleValue());

        Map<String, Object> subscribers = (Map<String, Object>) figures.get("subscribers");
        assertThat(subscribers).containsEntry("subscribers", 50)
                .containsKeys("p50Ms", "p99Ms", "maxMs", "rssBeforeMb", "rssAfterMb", "rssPerSubscriberKb", "pass");
        assertThat(((Number) subscribers.get("gatewayCpuMsPerWrite")).doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(((Number) subscribers.get("maxMs")).doubleValue())
                .isGreaterThanOrEqualTo(((Number) subscribers.get("p50Ms")).doubleValue());

        Map<String, Object> bulk = (Map<String, Object>) figures.get("bulk");
        assertThat(bulk).containsEntry("rows", 8680).containsKeys("bulkSeconds", "jdbcSeconds", "ratio", "pass");
        assertThat((List<Object>) bulk.get("bulkRuns")).hasSize(3);
        assertThat((List<Object>) bulk.get("jdbcRuns")).hasSize(3);
        assertThat(bulk).containsKeys("sameKeysJdbcSeconds", "sameKeysRatio", "keylessPass");
        assertThat((List<Object>) bulk.get("sameKeysJdbcRuns")).hasSize(3);
        // the same-keys baseline inserted every row the load stored: 620 heads and revisions, 8,680 values, 620 events
        assertThat((Map<String, Object>) bulk.get("sameKeysRows")).containsEntry("heads", 620).containsEntry("revisions", 620)
                .containsEntry("values", 8680).containsEntry("events", 620);

        Map<String, Object> startup = (Map<String, Object>) figures.get("startup");
        assertThat(startup).containsKeys("baseline", "reference", "inspection-service", "performance-service", "budget-service",
                "gateway");
        Map<String, Object> reference = (Map<String, Object>) startup.get("reference");
        assertThat(((Number) reference.get("seconds")).doubleValue()).as("reference app").isPositive();
        assertThat(((Number) reference.get("rssMb")).doubleValue()).as("reference app").isPositive();
        for (String service : List.of("inspection-service", "performance-service", "budget-service", "gateway")) {
            Map<String, Object> s = (Map<String, Object>) startup.get(service);
            assertThat(((Number) s.get("seconds")).doubleValue()).as(service).isPositive();
            assertThat(((Number) s.get("rssMb")).doubleValue()).as(service).isPositive();
            assertThat(((Number) s.get("referenceStartupRatio")).doubleValue()).as(service).isPositive();
            assertThat(s).as(service).containsKeys("referenceRssRatio", "startupRatio", "emptyPass", "pass");
        }
    }
}
