package org.yjhub.common.statistics;

import org.junit.jupiter.api.Test;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.indicator.Polarity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RecentTrendsTest {

    private static final IndicatorCatalog CATALOG = IndicatorCatalog.load();
    private static final Indicator REOFFENDING = CATALOG.find("reoffending-rate").orElseThrow(); // %, lower is better
    private static final Indicator ETE = CATALOG.find("kpi-ete").orElseThrow();                   // %, higher is better
    private static final Indicator WIDER = CATALOG.find("kpi-wider-services").orElseThrow();      // %, context
    private static final Indicator CUSTODY = CATALOG.find("custody-rate").orElseThrow();          // per 1,000
    private static final RecentTrends TRENDS = RecentTrends.FINGERTIPS;

    /** Fingertips' critical value: χ² with 1 degree of freedom at 99.8% (TrendMarkerCalculator.ChiSquareConfidence). */
    private static final double FINGERTIPS_CRITICAL = 9.54953570608324;

    private static List<Observation> outOf(long denominator, long... numerators) {
        List<Observation> series = new ArrayList<>();
        for (long n : numerators) {
            series.add(Observation.of(n, denominator));
        }
        return series;
    }

    /** The chi-squared test for trend in proportions as Fingertips writes it: N(NΣrx − RΣnx)² ÷ R(N − R)(NΣnx² − (Σnx)²). */
    private static double fingertipsProportions(List<Observation> series) {
        double nSum = 0, rSum = 0, rx = 0, nx = 0, nxx = 0;
        for (int i = 0; i < series.size(); i++) {
            double x = i + 1;
            double r = series.get(i).numerator().doubleValue();
            double n = series.get(i).denominator().doubleValue();
            nSum += n;
            rSum += r;
            rx += r * x;
            nx += n * x;
            nxx += n * x * x;
        }
        return nSum * Math.pow(nSum * rx - rSum * nx, 2) / (rSum * (nSum - rSum) * (nSum * nxx - nx * nx));
    }

    /** Breslow and Day's test for trend in rates: [Σx(O − E)]² ÷ (Σx²E − (ΣxE)² ÷ ΣE), E = n × ΣO ÷ Σn. */
    private static double breslowDayRates(List<Observation> series) {
        double o = 0, n = 0;
        for (Observation p : series) {
            o += p.numerator().doubleValue();
            n += p.denominator().doubleValue();
        }
        double u = 0, xxe = 0, xe = 0, e = 0;
        for (int i = 0; i < series.size(); i++) {
            double x = i + 1;
            double expected = series.get(i).denominator().doubleValue() * o / n;
            u += x * (series.get(i).numerator().doubleValue() - expected);
            xxe += x * x * expected;
            xe += x * expected;
            e += expected;
        }
        return u * u / (xxe - xe * xe / e);
    }

    @Test
    void aClearlyRisingProportionIsIncreasingAndPolarityNamesItBetterOrWorse() {
        List<Observation> rising = outOf(100, 30, 35, 40, 45, 50); // χ² = 10.42

        RecentTrend trend = TRENDS.assess(REOFFENDING, rising);

        assertThat(trend.marker()).isEqualTo(TrendMarker.INCREASING_AND_GETTING_WORSE);
        assertThat(trend.test()).isEqualTo(RecentTrend.Test.CHI_SQUARED_TREND_IN_PROPORTIONS);
        assertThat(trend.chiSquared()).isCloseTo(fingertipsProportions(rising), within(1e-9)).isCloseTo(10.4167, within(1e-4));
        assertThat(trend.directionRobust()).isTrue();
        assertThat(trend.notComputed()).isNull();
        assertThat(TRENDS.assess(ETE, rising).marker()).isEqualTo(TrendMarker.INCREASING_AND_GETTING_BETTER);
        assertThat(TRENDS.assess(WIDER, rising).marker()).isEqualTo(TrendMarker.INCREASING);
        assertThat(TRENDS.assess(WIDER, rising).marker().isIncreasing()).isTrue();
    }

    @Test
    void aClearlyFallingProportionIsDecreasing() {
        List<Observation> falling = outOf(100, 50, 45, 40, 35, 30);

        assertThat(TRENDS.assess(REOFFENDING, falling).marker()).isEqualTo(TrendMarker.DECREASING_AND_GETTING_BETTER);
        assertThat(TRENDS.assess(ETE, falling).marker()).isEqualTo(TrendMarker.DECREASING_AND_GETTING_WORSE);
        assertThat(TRENDS.assess(WIDER, falling).marker()).isEqualTo(TrendMarker.DECREASING);
    }

    @Test
    void aFlatSeriesHasNoSignificantChange() {
        RecentTrend trend = TRENDS.assess(REOFFENDING, outOf(100, 40, 40, 40, 40, 40));

        assertThat(trend.marker()).isEqualTo(TrendMarker.NO_SIGNIFICANT_CHANGE);
        assertThat(trend.chiSquared()).isZero();
        assertThat(trend.pValue()).isCloseTo(1, within(1e-12));
    }

    @Test
    void theBorderlineIsFingertipsCriticalValueAtNinetyNinePointEight() {
        List<Observation> justAbove = outOf(100, 40, 45, 50, 54, 60); // χ² = 9.604
        List<Observation> justBelow = outOf(100, 40, 45, 50, 55, 59); // χ² = 9.216

        RecentTrend above = TRENDS.assess(REOFFENDING, justAbove);
        RecentTrend below = TRENDS.assess(REOFFENDING, justBelow);

        assertThat(above.chiSquared()).isCloseTo(fingertipsProportions(justAbove), within(1e-9)).isGreaterThan(FINGERTIPS_CRITICAL);
        assertThat(above.marker()).isEqualTo(TrendMarker.INCREASING_AND_GETTING_WORSE);
        assertThat(below.chiSquared()).isCloseTo(fingertipsProportions(justBelow), within(1e-9)).isLessThan(FINGERTIPS_CRITICAL);
        assertThat(below.marker()).isEqualTo(TrendMarker.NO_SIGNIFICANT_CHANGE);
        assertThat(below.directionRobust()).isTrue();
    }

    @Test
    void thePValueIsTheChiSquaredUpperTailWithOneDegreeOfFreedom() {
        // 40, 45, 50, 55, 60 of 100: χ² = 10 exactly; P(χ²₁ > 10) = P(|Z| > √10) = 0.0015654 (R: pchisq(10, 1, lower.tail = FALSE))
        RecentTrend trend = TRENDS.assess(REOFFENDING, outOf(100, 40, 45, 50, 55, 60));

        assertThat(trend.chiSquared()).isCloseTo(10, within(1e-9));
        assertThat(trend.pValue()).isCloseTo(0.0015654, within(1e-7));
    }

    @Test
    void theLevelIsAParameter() {
        List<Observation> moderate = outOf(100, 40, 44, 48, 52, 56); // χ² = 6.41, p = 0.011

        assertThat(TRENDS.assess(REOFFENDING, moderate).marker()).isEqualTo(TrendMarker.NO_SIGNIFICANT_CHANGE);
        assertThat(new RecentTrends(ConfidenceLevel.NINETY_FIVE).assess(REOFFENDING, moderate).marker())
                .isEqualTo(TrendMarker.INCREASING_AND_GETTING_WORSE);
    }

    @Test
    void aTrendMadeByOnePointIsNoSignificantChange() {
        // χ² = 37.3 on all five, but without the last point the slope is downwards (Fingertips' outlier check)
        RecentTrend trend = TRENDS.assess(REOFFENDING, outOf(100, 20, 10, 10, 10, 60));

        assertThat(trend.chiSquared()).isGreaterThan(30);
        assertThat(trend.directionRobust()).isFalse();
        assertThat(trend.marker()).isEqualTo(TrendMarker.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void ratesUseTheTestForTrendInPoissonRates() {
        // custody: 2, 3, 5, 8, 12 sentences a year in 19,231 children: χ² = 10.42
        List<Observation> rising = outOf(19_231, 2, 3, 5, 8, 12);

        RecentTrend trend = TRENDS.assess(CUSTODY, rising);

        assertThat(trend.test()).isEqualTo(RecentTrend.Test.CHI_SQUARED_TREND_IN_RATES);
        assertThat(trend.chiSquared()).isCloseTo(breslowDayRates(rising), within(1e-9)).isCloseTo(10.4167, within(1e-4));
        assertThat(trend.marker()).isEqualTo(TrendMarker.INCREASING_AND_GETTING_WORSE);
        assertThat(TRENDS.assess(CUSTODY, outOf(19_231, 12, 8, 5, 3, 2)).marker())
                .isEqualTo(TrendMarker.DECREASING_AND_GETTING_BETTER);
        assertThat(TRENDS.assess(CUSTODY, outOf(19_231, 5, 4, 6, 5, 5)).marker())
                .isEqualTo(TrendMarker.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void ratesWithChangingDenominatorsUseThemAsPersonTime() {
        // the same counts over a growing population rise less than the counts do
        List<Observation> series = List.of(Observation.of(5, 19_000), Observation.of(10, 19_100), Observation.of(15, 19_200),
                Observation.of(20, 19_231), Observation.of(25, 19_300));

        assertThat(TRENDS.rates(series, Polarity.LOWER_IS_BETTER).chiSquared())
                .isCloseTo(breslowDayRates(series), within(1e-9)).isCloseTo(16.2991, within(1e-4));
    }

    @Test
    void theProportionStatisticIsTheRateStatisticOverOneMinusTheOverallProportion() {
        // both are score tests of a slope; the binomial variance has the extra factor (1 − p)
        List<Observation> series = outOf(200, 30, 35, 41, 44, 52);
        double p = (30 + 35 + 41 + 44 + 52) / 1000.0;

        double proportions = TRENDS.proportions(series, Polarity.NONE).chiSquared();
        double rates = TRENDS.rates(series, Polarity.NONE).chiSquared();

        assertThat(rates).isCloseTo(proportions * (1 - p), within(1e-9));
    }

    @Test
    void onlyTheMostRecentFivePointsCount() {
        List<Observation> series = new ArrayList<>();
        series.add(new Observation(null, null));     // an old gap does not matter
        series.add(Observation.of(90, 100));         // nor an old outlier
        series.addAll(outOf(100, 30, 35, 40, 45, 50));

        RecentTrend trend = TRENDS.assess(REOFFENDING, series);

        assertThat(trend.chiSquared()).isCloseTo(10.4167, within(1e-4));
    }

    @Test
    void fewerThanFivePointsOrAMissingDenominatorIsNotComputed() {
        RecentTrend four = TRENDS.assess(REOFFENDING, outOf(100, 30, 40, 50, 60));
        assertThat(four.marker()).isEqualTo(TrendMarker.NOT_COMPUTED);
        assertThat(four.notComputed()).isEqualTo(RecentTrend.NotComputed.FEWER_THAN_FIVE_POINTS);
        assertThat(four.chiSquared()).isNull();

        List<Observation> gap = outOf(100, 30, 35, 40, 45, 50);
        gap.set(2, new Observation(BigDecimal.valueOf(40), null));
        assertThat(TRENDS.assess(REOFFENDING, gap).notComputed())
                .isEqualTo(RecentTrend.NotComputed.MISSING_NUMERATOR_OR_DENOMINATOR);

        List<Observation> nullPoint = outOf(100, 30, 35, 40, 45, 50);
        nullPoint.set(4, null);
        assertThat(TRENDS.assess(CUSTODY, nullPoint).notComputed())
                .isEqualTo(RecentTrend.NotComputed.MISSING_NUMERATOR_OR_DENOMINATOR);

        List<Observation> zero = outOf(100, 30, 35, 40, 45, 50);
        zero.set(0, Observation.of(0, 0));
        assertThat(TRENDS.assess(CUSTODY, zero).marker()).isEqualTo(TrendMarker.NOT_COMPUTED);
    }

    @Test
    void noEventsOrOnlyEventsIsNotComputed() {
        assertThat(TRENDS.assess(CUSTODY, outOf(19_231, 0, 0, 0, 0, 0)).notComputed())
                .isEqualTo(RecentTrend.NotComputed.NO_VARIATION);
        assertThat(TRENDS.assess(REOFFENDING, outOf(12, 0, 0, 0, 0, 0)).notComputed())
                .isEqualTo(RecentTrend.NotComputed.NO_VARIATION);
        assertThat(TRENDS.assess(ETE, outOf(12, 12, 12, 12, 12, 12)).notComputed())
                .isEqualTo(RecentTrend.NotComputed.NO_VARIATION);
        // a point at 100% among others is fine (Fingertips cannot take it; the score test can)
        assertThat(TRENDS.assess(ETE, outOf(12, 2, 4, 7, 10, 12)).marker())
                .isEqualTo(TrendMarker.INCREASING_AND_GETTING_BETTER);
    }

    @Test
    void impossibleProportionsAreErrors() {
        assertThatThrownBy(() -> TRENDS.assess(REOFFENDING, outOf(10, 1, 2, 3, 4, 11)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TRENDS.assess(CUSTODY, outOf(10, 1, 2, 3, 4, -1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
