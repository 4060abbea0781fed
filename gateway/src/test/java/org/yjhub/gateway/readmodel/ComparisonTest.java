package org.yjhub.gateway.readmodel;

import org.junit.jupiter.api.Test;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.gateway.domain.Areas;
import org.yjhub.gateway.domain.Comparisons;
import org.yjhub.gateway.domain.Comparisons.Entry;
import org.yjhub.gateway.domain.Comparisons.Row;
import org.yjhub.gateway.domain.StatisticsRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** A comparison as the read model holds it: computed when first read, once, whoever reads it first. */
class ComparisonTest {

    private static final Indicator CUSTODY = IndicatorCatalog.load().find("custody-rate").orElseThrow();
    private static final Areas AREAS = new Areas(TeamCatalog.load().all());
    private static final Quarter QUARTER = Quarter.parse("2024-25-Q1");

    private static Entry e(String team, String region, long num, long den) {
        BigDecimal n = BigDecimal.valueOf(num);
        BigDecimal d = BigDecimal.valueOf(den);
        return new Entry(team, region, n, d, CUSTODY.rate(n, d), false);
    }

    private static final List<Entry> ENTRIES = List.of(
            e("medway", "South East", 12, 26000),
            e("milton-keynes", "South East", 5, 19230),
            e("merton", "London", 3, 18000));

    private static Comparison comparison(List<Entry> entries) {
        return Comparison.of(CUSTODY, QUARTER, entries, StatisticsRules.DEFAULT, AREAS.fixed());
    }

    @Test
    void givesTheSameRowsAndFiguresAsComparingTheEntriesAtOnce() {
        Comparison c = comparison(ENTRIES);
        Comparisons.Result eager = Comparisons.compare(CUSTODY, ENTRIES, StatisticsRules.DEFAULT, AREAS.fixed());

        assertThat(c.rows()).isEqualTo(eager.rows());
        assertThat(c.national()).isEqualTo(eager.figures().get(Areas.ENGLAND_AND_WALES));
        assertThat(c.figure(AREAS.fixed().get(0))).isEqualTo(eager.figures().get(AREAS.fixed().get(0).id()));
        assertThat(c.row("merton")).isEqualTo(eager.rows().get(0));
        assertThat(c.row("cardiff")).isNull();
    }

    @Test
    void readersThatArriveTogetherShareOneComputation() throws Exception {
        Comparison c = comparison(ENTRIES);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Row>>> reads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                reads.add(pool.submit(() -> {
                    start.await();
                    return c.rows();
                }));
            }
            start.countDown();
            List<Row> first = reads.get(0).get();
            for (Future<List<Row>> read : reads) {
                assertThat(read.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void knowsWhichTeamsItHoldsAndReplacesOneWithoutRankingTheRest() {
        Comparison c = comparison(ENTRIES);

        assertThat(c.holds("medway")).isTrue();
        assertThat(c.holds("cardiff")).isFalse();
        assertThat(c.entry("merton")).isEqualTo(ENTRIES.get(2));
        assertThat(c.entry("cardiff")).isNull();
        assertThat(c.entriesWithout("medway")).extracting(Entry::team).containsExactly("milton-keynes", "merton");
        assertThat(c.entriesWithout("cardiff")).isEqualTo(ENTRIES);
    }
}
