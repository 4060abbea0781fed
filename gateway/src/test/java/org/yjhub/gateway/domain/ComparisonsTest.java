package org.yjhub.gateway.domain;

import org.junit.jupiter.api.Test;
import org.yjhub.common.indicator.Polarity;
import org.yjhub.common.indicator.Rates;
import org.yjhub.gateway.domain.Comparisons.Entry;
import org.yjhub.gateway.domain.Comparisons.Result;
import org.yjhub.gateway.domain.Comparisons.Row;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonsTest {

    private static final BigDecimal PER_1000 = BigDecimal.valueOf(1000);

    private static Entry e(String team, String region, long num, long den) {
        return e(team, region, num, den, false);
    }

    private static Entry e(String team, String region, long num, long den, boolean synthetic) {
        BigDecimal n = BigDecimal.valueOf(num);
        BigDecimal d = BigDecimal.valueOf(den);
        return new Entry(team, region, n, d, Rates.rate(n, d, PER_1000), synthetic);
    }

    @Test
    void ranksNationallyAndPoolsNationallyAndPerRegion() {
        Result r = Comparisons.compare(List.of(
                e("medway", "South East", 12, 26000),
                e("milton-keynes", "South East", 5, 19230),
                e("merton", "London", 3, 18000),
                e("unknown", null, 1, 1000)), Polarity.LOWER_IS_BETTER, PER_1000);

        assertThat(r.rows()).extracting(row -> row.entry().team())
                .containsExactly("merton", "milton-keynes", "medway", "unknown");
        assertThat(r.rows()).extracting(Row::rank).containsExactly(1, 2, 3, 4);
        assertThat(r.rows()).extracting(Row::quartile).containsExactly(1, 2, 3, 4);

        assertThat(r.national().numerator()).isEqualByComparingTo("21");
        assertThat(r.national().denominator()).isEqualByComparingTo("64230");
        assertThat(r.national().teams()).isEqualTo(4);
        assertThat(r.national().rate()).isEqualByComparingTo(Rates.rate(BigDecimal.valueOf(21), BigDecimal.valueOf(64230), PER_1000));

        Pooled se = r.region("South East");
        assertThat(se.numerator()).isEqualByComparingTo("17");
        assertThat(se.denominator()).isEqualByComparingTo("45230");
        assertThat(se.teams()).isEqualTo(2);
        assertThat(Rates.display(se.rate())).isEqualByComparingTo("0.38");
        assertThat(r.region("London").teams()).isEqualTo(1);
        assertThat(r.region("Wales")).isEqualTo(Pooled.EMPTY);
        assertThat(r.regions()).doesNotContainKey(null);
    }

    @Test
    void aContextIndicatorIsPooledButNotRanked() {
        Result r = Comparisons.compare(List.of(e("b", "London", 2, 10), e("a", "London", 1, 10)), Polarity.NONE, PER_1000);
        assertThat(r.rows()).extracting(row -> row.entry().team()).containsExactly("a", "b");
        assertThat(r.rows()).extracting(Row::rank).containsOnlyNulls();
        assertThat(r.national().teams()).isEqualTo(2);
        assertThat(r.national().rate()).isEqualByComparingTo("150");
    }

    @Test
    void syntheticValuesAreRankedAndPooledAndCountedNationallyAndPerRegion() {
        Result r = Comparisons.compare(List.of(
                e("medway", "South East", 12, 26000, true),
                e("milton-keynes", "South East", 5, 19230),
                e("merton", "London", 3, 18000, true),
                e("lambeth", "London", 4, 20000, true),
                e("unknown", null, 1, 1000, true)), Polarity.LOWER_IS_BETTER, PER_1000);

        assertThat(r.rows()).extracting(row -> row.entry().team())
                .containsExactly("merton", "lambeth", "milton-keynes", "medway", "unknown");
        assertThat(r.rows()).extracting(row -> row.entry().synthetic()).containsExactly(true, true, false, true, true);
        assertThat(r.national().teams()).isEqualTo(5);
        assertThat(r.national().syntheticTeams()).isEqualTo(4);
        assertThat(r.national().numerator()).isEqualByComparingTo("25");
        assertThat(r.region("South East").syntheticTeams()).isEqualTo(1);
        assertThat(r.region("South East").teams()).isEqualTo(2);
        assertThat(r.region("London").syntheticTeams()).isEqualTo(2);
        assertThat(r.region("Wales").syntheticTeams()).isZero();

        Result real = Comparisons.compare(List.of(e("a", "London", 1, 10), e("b", "London", 2, 10)),
                Polarity.LOWER_IS_BETTER, PER_1000);
        assertThat(real.national().syntheticTeams()).isZero();
        assertThat(real.region("London").syntheticTeams()).isZero();
    }

    @Test
    void noEntries() {
        Result r = Comparisons.compare(List.of(), Polarity.HIGHER_IS_BETTER, PER_1000);
        assertThat(r.rows()).isEmpty();
        assertThat(r.national().rate()).isNull();
        assertThat(r.national().teams()).isZero();
    }
}
