package org.yjhub.common.statistics;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hyndman–Fan type 7 percentiles (R's quantile() default, Excel's PERCENTILE.INC), computed by hand. */
class SpineTest {

    private static List<BigDecimal> values(String... values) {
        return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
    }

    @Test
    void percentilesInterpolateBetweenOrderedValues() {
        // 1, 2, 3, 4, 10 (n = 5): h = 4p → p25 at h = 1 → 2; median at h = 2 → 3; p75 at h = 3 → 4
        Spine spine = Spine.of(values("10", "3", "1", "4", "2")).orElseThrow();

        assertThat(spine.teams()).isEqualTo(5);
        assertThat(spine.lowest()).isEqualByComparingTo("1");
        assertThat(spine.percentile25()).isEqualByComparingTo("2");
        assertThat(spine.median()).isEqualByComparingTo("3");
        assertThat(spine.percentile75()).isEqualByComparingTo("4");
        assertThat(spine.highest()).isEqualByComparingTo("10");
    }

    @Test
    void anEvenCountInterpolatesBetweenTheMiddleValues() {
        // 0.1, 0.26, 0.4, 0.9, 1.3, 2.0 (n = 6): h = 5p (zero-based)
        //   p25: h = 1.25 → 0.26 + 0.25 × (0.4 − 0.26) = 0.295
        //   median: h = 2.5 → 0.4 + 0.5 × (0.9 − 0.4) = 0.65
        //   p75: h = 3.75 → 0.9 + 0.75 × (1.3 − 0.9) = 1.2
        // R: quantile(c(0.1, 0.26, 0.4, 0.9, 1.3, 2.0), c(.25, .5, .75)) gives 0.295 0.650 1.200
        Spine spine = Spine.of(values("2.0", "0.4", "0.1", "1.3", "0.26", "0.9")).orElseThrow();

        assertThat(spine.percentile25()).isEqualByComparingTo("0.295");
        assertThat(spine.median()).isEqualByComparingTo("0.65");
        assertThat(spine.percentile75()).isEqualByComparingTo("1.2");
    }

    @Test
    void fourValuesAreTheFewestWithPercentiles() {
        // 1, 2, 4, 8 (n = 4): h = 3p → p25 at 0.75: 1.75; median at 1.5: 3; p75 at 2.25: 5
        Spine four = Spine.of(values("8", "4", "2", "1")).orElseThrow();
        assertThat(four.percentile25()).isEqualByComparingTo("1.75");
        assertThat(four.median()).isEqualByComparingTo("3");
        assertThat(four.percentile75()).isEqualByComparingTo("5");

        Spine three = Spine.of(values("3", "1", "2")).orElseThrow();
        assertThat(three.lowest()).isEqualByComparingTo("1");
        assertThat(three.highest()).isEqualByComparingTo("3");
        assertThat(three.percentile25()).isNull();
        assertThat(three.median()).isNull();
        assertThat(three.percentile75()).isNull();
    }

    @Test
    void missingValuesAreIgnoredAndNoneIsNoSpine() {
        Spine spine = Spine.of(values("5", null, "1", "3", null, "7")).orElseThrow();
        assertThat(spine.teams()).isEqualTo(4);
        assertThat(spine.median()).isEqualByComparingTo("4");

        assertThat(Spine.of(values())).isEmpty();
        assertThat(Spine.of(values(null, null))).isEmpty();
    }

    @Test
    void percentileAtTheEndsIsTheLowestAndHighest() {
        List<BigDecimal> sorted = values("1", "2", "3");
        assertThat(Spine.percentile(sorted, BigDecimal.ZERO)).isEqualByComparingTo("1");
        assertThat(Spine.percentile(sorted, BigDecimal.ONE)).isEqualByComparingTo("3");
        assertThat(Spine.percentile(values("42"), new BigDecimal("0.5"))).isEqualByComparingTo("42");
        assertThatThrownBy(() -> Spine.percentile(sorted, new BigDecimal("1.5"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Spine.percentile(values(), new BigDecimal("0.5"))).isInstanceOf(IllegalArgumentException.class);
    }
}
