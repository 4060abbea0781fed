package org.yjhub.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yjhub.launcher.data.SyntheticLoader;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrowthTest {

    private static Map<String, Object> view(double throughput, double p99) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rps", 1000);
        m.put("throughputRatio", throughput);
        m.put("p99Ratio", p99);
        return m;
    }

    private static Growth.Step step(int years, double comparisonThroughput, double readySeconds, double rssMb, double heapMb) {
        Map<String, Object> reads = new LinkedHashMap<>();
        reads.put("baseline", Map.of("rps", 1000));
        reads.put("comparison", view(comparisonThroughput, 1.1));
        reads.put("profile", view(0.9, 1.2));
        reads.put("series", view(0.9, 2.5));
        reads.put("dashboard", view(0.85, 1.0));
        reads.put("writer", Map.of("ratePerSecond", 20.0, "errors", 0));
        long values = 4_340L * years;
        return new Growth.Step(years, 4 * years, new Growth.Stored(values, 155, 700, 155L * years, 155L * years),
                new SyntheticLoader.Summary((int) values, 155, 400, 155, 700, 155, 155, 1, 10), List.of(), reads, rssMb + 20,
                new Growth.GatewayStart(readySeconds - 0.5, readySeconds, rssMb, heapMb, 100L * years),
                Map.of("gateway", 10.0 * years, "performance-service", 20.0 * years, "inspection-service", 5.0,
                        "budget-service", 4.0));
    }

    private static Growth.Result result(Growth.Step... steps) {
        return new Growth.Result(new double[]{0.8, 110}, new Growth.GatewayStart(3.5, 4.0, 250, 20, 30),
                Map.of("gateway", 8.0, "performance-service", 9.0, "inspection-service", 5.0, "budget-service", 4.0),
                List.of(steps), Map.of());
    }

    private static String rowOf(List<String> table, String figure) {
        return table.stream().filter(l -> l.startsWith("| " + figure + " |")).findFirst().orElseThrow();
    }

    @Test
    void theTableHasAColumnPerSizeAndJudgesTheLargestAgainstEachTarget() {
        List<String> table = Growth.table(result(step(1, 0.7, 4.5, 260, 30), step(10, 0.95, 6.5, 290, 80)));
        assertThat(table.get(0)).isEqualTo("| figure | target | empty | 1 year | 10 years | met at 10 years? |");
        // judged at 10 years: the comparison met its throughput target there, though not at 1 year
        assertThat(rowOf(table, "comparison throughput vs static answer")).isEqualTo(
                "| comparison throughput vs static answer | ≥ 0.8× | — | 0.70× | 0.95× | yes |");
        assertThat(rowOf(table, "series p99 vs static answer")).endsWith("| 2.50× | 2.50× | **no** |");
        // ready 6.5 s against the empty read model's 4.0 s is 1.63×, over 1.5×
        assertThat(rowOf(table, "gateway ready after a restart, s")).isEqualTo(
                "| gateway ready after a restart, s | ≤ 1.5× empty | 4.00 | 4.50 | 6.50 | **no** (1.63×) |");
        // 290 MB against the empty app's 110 MB is 2.64×, over 2.5×
        assertThat(rowOf(table, "gateway RSS at ready, MB")).endsWith("| 250 | 260 | 290 | **no** (2.64×) |");
        // (80 - 20) MB over 43,400 values
        assertThat(rowOf(table, "live heap per stored value (over empty), bytes")).contains("| 1,382 |");
        assertThat(rowOf(table, "returns written beside the reads, per second (errors)")).endsWith("| 20.0 (0) | yes |");
    }

    @Test
    void theTableSaysMetWhenTheLargestIsWithinEveryTarget() {
        List<String> table = Growth.table(result(step(1, 0.9, 4.2, 240, 25), step(5, 0.9, 5.9, 270, 50)));
        assertThat(rowOf(table, "gateway ready after a restart, s")).endsWith("| yes (1.48×) |");
        assertThat(rowOf(table, "gateway RSS at ready, MB")).endsWith("| yes (2.45×) |");
    }

    @Test
    void theChartIsAPngWithAPanelPerCostAndEverySeriesDrawn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("growth.png");
        Growth.chart(result(step(1, 0.7, 4.5, 260, 30), step(5, 0.8, 5.5, 270, 50), step(10, 0.95, 6.5, 290, 80)), file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1260);
        assertThat(image.getHeight()).isEqualTo(640);
        List<Integer> colours = new ArrayList<>();
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        // the four views' lines (and the databases' four) in the palette's first four colours
        for (int i = 0; i < 4; i++) {
            assertThat(colours).as("colour %d", i).contains(Chart.PALETTE[i].getRGB() & 0xFFFFFF);
        }
    }

    @Test
    void theLiveHeapIsTheHistogramsTotalBytes() {
        String histogram = """
                 num     #instances         #bytes  class name (module)
                -------------------------------------------------------
                   1:         60123        6012300  [B (java.base@17.0.15)
                   2:          4000         128000  java.lang.String (java.base@17.0.15)
                Total        512345       23456789
                """;
        assertThat(Growth.histogramTotalBytes(histogram)).isEqualTo(23_456_789L);
        assertThatThrownBy(() -> Growth.histogramTotalBytes("12345: Unable to open socket file")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aGridStepIsOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(Chart.niceStep(0.23)).isEqualTo(0.5);
        assertThat(Chart.niceStep(1.7)).isEqualTo(2);
        assertThat(Chart.niceStep(64)).isEqualTo(100);
        assertThat(Chart.niceStep(5)).isEqualTo(5);
    }
}
