package org.yjhub.common.statistics;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties every interval must have, whatever the method. */
class ConfidenceIntervalsPropertiesTest {

    private static final java.util.List<Indicator> INDICATORS = IndicatorCatalog.load().all();

    /** An indicator with a count and a denominator it could have: a percentage's numerator within its denominator. */
    record Case(Indicator indicator, long numerator, long denominator) {
        BigDecimal n() {
            return BigDecimal.valueOf(numerator);
        }

        BigDecimal d() {
            return BigDecimal.valueOf(denominator);
        }
    }

    @Property
    void theValueLiesWithinItsInterval(@ForAll("cases") Case c) {
        Estimate e = Estimate.of(c.indicator(), c.n(), c.d());

        assertThat(e.ci95().contains(e.value())).as("95%% %s", e).isTrue();
        assertThat(e.ci998().contains(e.value())).as("99.8%% %s", e).isTrue();
        assertThat(e.ci95().lower().signum()).isGreaterThanOrEqualTo(0);
        assertThat(e.ci95().lower().signum() == 0).isEqualTo(c.numerator() == 0);
        if (c.indicator().isPercentage()) {
            assertThat(e.ci998().upper()).isLessThanOrEqualTo(c.indicator().multiplier());
        }
    }

    @Property
    void theNinetyNinePointEightIntervalContainsTheNinetyFive(@ForAll("cases") Case c) {
        Estimate e = Estimate.of(c.indicator(), c.n(), c.d());

        assertThat(e.ci998().encloses(e.ci95())).as("%s", e).isTrue();
        if (c.numerator() > 0) {
            assertThat(e.ci998().lower()).isLessThan(e.ci95().lower());
        }
        if (!c.indicator().isPercentage() || c.numerator() < c.denominator()) {
            assertThat(e.ci998().upper()).isGreaterThan(e.ci95().upper());
        }
    }

    @Property
    void intervalsNarrowAsCountsGrowAtTheSameRate(@ForAll("cases") Case c, @ForAll @IntRange(min = 2, max = 50) int k) {
        BigDecimal factor = BigDecimal.valueOf(k);
        for (ConfidenceLevel level : ConfidenceLevel.values()) {
            ConfidenceInterval small = ConfidenceIntervals.of(c.indicator(), c.n(), c.d(), level).orElseThrow();
            ConfidenceInterval large = ConfidenceIntervals.of(c.indicator(), c.n().multiply(factor),
                    c.d().multiply(factor), level).orElseThrow();

            assertThat(large.width()).as("%s ×%d at %s", c, k, level.label()).isLessThan(small.width());
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Indicator> indicators = Arbitraries.of(INDICATORS);
        Arbitrary<Long> counts = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 12)),      // around the exact/Byar switch
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(0, 2_000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 5_000_000)));
        Arbitrary<Long> extra = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(0, 30)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(0, 100_000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 60_000_000)));
        return Combinators.combine(indicators, counts, extra).as((indicator, count, more) -> {
            // a percentage needs numerator ≤ denominator; a rate's numerator may exceed its denominator (reoffences
            // per reoffender)
            long denominator = Math.max(1, indicator.isPercentage() ? count + more : more);
            return new Case(indicator, count, denominator);
        });
    }
}
