package org.yjhub.common.statistics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.yjhub.common.statistics.ConfidenceLevel.NINETY_FIVE;
import static org.yjhub.common.statistics.ConfidenceLevel.NINETY_NINE_POINT_EIGHT;

/**
 * Every interval method at its boundaries (numerator 0, 1, 9, 10 and equal to its denominator) against values
 * computed independently of the production code: published tables, closed forms, and the same formulas written out
 * again here with their own arithmetic.
 */
class ConfidenceIntervalsTest {

    private static final IndicatorCatalog CATALOG = IndicatorCatalog.load();
    private static final Indicator CUSTODY = CATALOG.find("custody-rate").orElseThrow();        // per 1,000
    private static final Indicator REOFFENDING = CATALOG.find("reoffending-rate").orElseThrow(); // %
    private static final Indicator FREQUENCY = CATALOG.find("reoffending-frequency").orElseThrow(); // per reoffender

    // Standard normal quantiles as tabulated: Φ⁻¹(0.975) and Φ⁻¹(0.999)
    private static final double Z95 = 1.959963984540054;
    private static final double Z998 = 3.090232306167813;

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static ConfidenceInterval wilsonPercent(long x, long n, ConfidenceLevel level) {
        return ConfidenceIntervals.wilson(BigDecimal.valueOf(x), BigDecimal.valueOf(n), d("100"), level).orElseThrow();
    }

    /** The interval on the count scale: multiplier 1 over a denominator of 1. */
    private static ConfidenceInterval poissonCount(long x, ConfidenceLevel level) {
        return ConfidenceIntervals.poisson(BigDecimal.valueOf(x), BigDecimal.ONE, BigDecimal.ONE, level).orElseThrow();
    }

    // ---------------------------------------------------------------- Wilson

    @Test
    void wilsonFor5Of25MatchesTheWorkedExample() {
        // Issue 18 brief / PHE technical guide style example: 5 of 25 = 20%, Wilson 95% 8.86%–39.13%
        ConfidenceInterval ci = wilsonPercent(5, 25, NINETY_FIVE);
        assertThat(ci.method()).isEqualTo(IntervalMethod.WILSON);
        assertThat(ci.displayLower()).isEqualByComparingTo("8.86");
        assertThat(ci.displayUpper()).isEqualByComparingTo("39.13");
    }

    @ParameterizedTest(name = "{0} of {1}: {2} to {3}")
    @CsvSource({
            // Newcombe RG (1998) Two-sided confidence intervals for the single proportion: comparison of seven
            // methods. Stat Med 17:857-72, Table II, method 3 (score interval without continuity correction)
            "81, 263, 0.2553, 0.3662",
            "15, 148, 0.0624, 0.1605",
            "0, 20, 0.0000, 0.1611",
            "1, 29, 0.0061, 0.1718"
    })
    void wilsonMatchesNewcombesPublishedScoreIntervals(long x, long n, String lower, String upper) {
        ConfidenceInterval ci = ConfidenceIntervals.wilson(BigDecimal.valueOf(x), BigDecimal.valueOf(n), BigDecimal.ONE,
                NINETY_FIVE).orElseThrow();
        assertThat(ci.lower().doubleValue()).isCloseTo(Double.parseDouble(lower), within(0.00005));
        assertThat(ci.upper().doubleValue()).isCloseTo(Double.parseDouble(upper), within(0.00005));
    }

    @ParameterizedTest(name = "{0} of 25")
    @CsvSource({"0", "1", "9", "10", "25"})
    void wilsonAtTheBoundariesAgreesWithTheTextbookForm(long x) {
        // Wilson (1927) in its textbook form: (p + z²/2n ± z√(p(1−p)/n + z²/4n²)) ÷ (1 + z²/n), times 100;
        // the production code uses PHE's rearrangement (2x + z² ± z√(z² + 4x(1 − x/n))) ÷ 2(n + z²)
        for (double z : new double[]{Z95, Z998}) {
            ConfidenceLevel level = z == Z95 ? NINETY_FIVE : NINETY_NINE_POINT_EIGHT;
            double n = 25;
            double p = x / n;
            double centre = p + z * z / (2 * n);
            double spread = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
            double shrink = 1 + z * z / n;

            ConfidenceInterval ci = wilsonPercent(x, 25, level);

            assertThat(ci.lower().doubleValue()).isCloseTo(100 * (centre - spread) / shrink, within(1e-9));
            assertThat(ci.upper().doubleValue()).isCloseTo(100 * (centre + spread) / shrink, within(1e-9));
        }
    }

    @Test
    void wilsonOfNoneHasLowerBoundZeroAndOfAllHasUpperBoundExactlyAHundred() {
        for (ConfidenceLevel level : ConfidenceLevel.values()) {
            double z2 = level.z() * level.z();
            ConfidenceInterval none = wilsonPercent(0, 25, level);
            assertThat(none.lower()).isEqualByComparingTo("0");
            assertThat(none.upper().doubleValue()).isCloseTo(100 * z2 / (25 + z2), within(1e-9)); // closed form

            ConfidenceInterval all = wilsonPercent(25, 25, level);
            assertThat(all.upper()).isEqualByComparingTo("100");
            assertThat(all.lower().doubleValue()).isCloseTo(100 * 25 / (25 + z2), within(1e-9)); // closed form
        }
        assertThat(wilsonPercent(0, 25, NINETY_FIVE).displayUpper()).isEqualByComparingTo("13.32");
        assertThat(wilsonPercent(25, 25, NINETY_FIVE).displayLower()).isEqualByComparingTo("86.68");
    }

    // ---------------------------------------------------------------- exact Poisson (numerator under 10)

    @ParameterizedTest(name = "count {0}: {1} to {2}")
    @CsvSource({
            // Tabulated exact 95% Poisson limits for an observed count (as quoted in the issue 18 brief), to the
            // table's three decimals (17.0848 is tabulated as 17.084)
            "0, 0, 3.689",
            "1, 0.0253, 5.572",
            "5, 1.624, 11.668",
            "9, 4.115, 17.084"
    })
    void exactPoissonMatchesTheTabulatedLimits(long count, double lower, double upper) {
        ConfidenceInterval ci = poissonCount(count, NINETY_FIVE);
        assertThat(ci.method()).isEqualTo(IntervalMethod.EXACT_POISSON);
        assertThat(ci.lower().doubleValue()).isCloseTo(lower, within(0.001));
        assertThat(ci.upper().doubleValue()).isCloseTo(upper, within(0.001));
    }

    @ParameterizedTest(name = "count {0}")
    @CsvSource({"0", "1", "2", "5", "9"})
    void exactPoissonAgreesWithTheDefinitionSolvedHereByBisection(long count) {
        // The exact limits are the means at which P(X ≥ count) and P(X ≤ count) equal the tail probability;
        // solved here from the Poisson probabilities, with no chi-squared distribution involved
        for (ConfidenceLevel level : ConfidenceLevel.values()) {
            ConfidenceInterval ci = poissonCount(count, level);
            double tail = level == NINETY_FIVE ? 0.025 : 0.001;
            double lower = count == 0 ? 0 : bisect(mu -> 1 - poissonCdf(count - 1, mu) - tail);
            double upper = bisect(mu -> tail - poissonCdf(count, mu));
            assertThat(ci.lower().doubleValue()).isCloseTo(lower, within(1e-9));
            assertThat(ci.upper().doubleValue()).isCloseTo(upper, within(1e-9));
        }
    }

    @Test
    void exactPoissonForNoneAndOneHasClosedForms() {
        // count 0: lower 0, upper −ln(tail); count 1: lower −ln(1 − tail)
        assertThat(poissonCount(0, NINETY_FIVE).lower()).isEqualByComparingTo("0");
        assertThat(poissonCount(0, NINETY_FIVE).upper().doubleValue()).isCloseTo(-Math.log(0.025), within(1e-12));
        assertThat(poissonCount(0, NINETY_NINE_POINT_EIGHT).lower()).isEqualByComparingTo("0");
        assertThat(poissonCount(0, NINETY_NINE_POINT_EIGHT).upper().doubleValue())
                .isCloseTo(-Math.log(0.001), within(1e-12)); // 6.9078
        assertThat(poissonCount(1, NINETY_FIVE).lower().doubleValue()).isCloseTo(-Math.log(0.975), within(1e-12));
        assertThat(poissonCount(1, NINETY_NINE_POINT_EIGHT).lower().doubleValue())
                .isCloseTo(-Math.log(0.999), within(1e-12));
    }

    // ---------------------------------------------------------------- Byar's (numerator from 10)

    @ParameterizedTest(name = "count {0}")
    @CsvSource({"10", "11", "25", "100", "1000", "123456"})
    void byarFromTenAgreesWithThePheGuideFormula(long count) {
        // PHE technical guide: lower = O(1 − 1/9O − z/3√O)³, upper = (O + 1)(1 − 1/9(O + 1) + z/3√(O + 1))³
        for (double z : new double[]{Z95, Z998}) {
            ConfidenceLevel level = z == Z95 ? NINETY_FIVE : NINETY_NINE_POINT_EIGHT;
            double o = count;
            double a = 1 - 1 / (9 * o) - z / (3 * Math.sqrt(o));
            double o1 = o + 1;
            double b = 1 - 1 / (9 * o1) + z / (3 * Math.sqrt(o1));

            ConfidenceInterval ci = poissonCount(count, level);

            assertThat(ci.method()).isEqualTo(IntervalMethod.BYAR);
            assertThat(ci.lower().doubleValue()).isCloseTo(o * a * a * a, within(1e-9 * o));
            assertThat(ci.upper().doubleValue()).isCloseTo(o1 * b * b * b, within(1e-9 * o));
        }
    }

    @Test
    void byarAtTenIsCloseToTheExactLimitsItReplaces() {
        // exact 95% limits for 10 are 4.795–18.390 (tabulated); Byar's gives 4.7874–18.3915
        ConfidenceInterval ci = poissonCount(10, NINETY_FIVE);
        assertThat(ci.lower().doubleValue()).isCloseTo(4.795, within(0.01)).isCloseTo(4.7874, within(0.0001));
        assertThat(ci.upper().doubleValue()).isCloseTo(18.390, within(0.01)).isCloseTo(18.3915, within(0.0001));
    }

    @Test
    void theSwitchIsAtTen() {
        assertThat(ConfidenceIntervals.poisson(d("9"), d("100"), d("1000"), NINETY_FIVE).orElseThrow().method())
                .isEqualTo(IntervalMethod.EXACT_POISSON);
        assertThat(ConfidenceIntervals.poisson(d("9.999"), d("100"), d("1000"), NINETY_FIVE).orElseThrow().method())
                .isEqualTo(IntervalMethod.EXACT_POISSON);
        assertThat(ConfidenceIntervals.poisson(d("10"), d("100"), d("1000"), NINETY_FIVE).orElseThrow().method())
                .isEqualTo(IntervalMethod.BYAR);
    }

    // ---------------------------------------------------------------- scaling, selection, edges

    @Test
    void aRateIntervalIsTheCountIntervalTimesMultiplierOverDenominator() {
        ConfidenceInterval count = poissonCount(5, NINETY_FIVE);
        ConfidenceInterval rate = ConfidenceIntervals.of(CUSTODY, d("5"), d("19231"), NINETY_FIVE).orElseThrow();
        assertThat(rate.lower().doubleValue()).isCloseTo(count.lower().doubleValue() * 1000 / 19231, within(1e-15));
        assertThat(rate.upper().doubleValue()).isCloseTo(count.upper().doubleValue() * 1000 / 19231, within(1e-15));
    }

    @Test
    void aNumeratorEqualToItsDenominatorIsAnOrdinaryRate() {
        // 7 reoffences by 7 reoffenders (exact) and 12 by 12 (Byar's): one per reoffender, not a ceiling
        ConfidenceInterval seven = ConfidenceIntervals.of(FREQUENCY, d("7"), d("7"), NINETY_FIVE).orElseThrow();
        assertThat(seven.method()).isEqualTo(IntervalMethod.EXACT_POISSON);
        assertThat(seven.lower().doubleValue()).isCloseTo(bisect(mu -> 1 - poissonCdf(6, mu) - 0.025) / 7, within(1e-9));
        assertThat(seven.upper().doubleValue()).isCloseTo(bisect(mu -> 0.025 - poissonCdf(7, mu)) / 7, within(1e-9));

        ConfidenceInterval twelve = ConfidenceIntervals.of(FREQUENCY, d("12"), d("12"), NINETY_FIVE).orElseThrow();
        double b = 1 - 1 / (9 * 13.0) + Z95 / (3 * Math.sqrt(13));
        assertThat(twelve.upper().doubleValue()).isCloseTo(13 * b * b * b / 12, within(1e-9));
        assertThat(twelve.contains(BigDecimal.ONE)).isTrue();
    }

    @Test
    void percentagesUseWilsonAndEverythingElsePoisson() {
        assertThat(ConfidenceIntervals.of(REOFFENDING, d("5"), d("25"), NINETY_FIVE).orElseThrow().method())
                .isEqualTo(IntervalMethod.WILSON);
        for (Indicator indicator : CATALOG.all()) {
            IntervalMethod method = ConfidenceIntervals.of(indicator, d("20"), d("100"), NINETY_FIVE).orElseThrow()
                    .method();
            assertThat(method).isEqualTo(indicator.isPercentage() ? IntervalMethod.WILSON : IntervalMethod.BYAR);
        }
    }

    @Test
    void noDenominatorOrNoNumeratorIsNoInterval() {
        assertThat(ConfidenceIntervals.of(CUSTODY, d("5"), null, NINETY_FIVE)).isEmpty();
        assertThat(ConfidenceIntervals.of(CUSTODY, d("5"), d("0"), NINETY_FIVE)).isEmpty();
        assertThat(ConfidenceIntervals.of(CUSTODY, null, d("19231"), NINETY_FIVE)).isEmpty();
        assertThat(ConfidenceIntervals.of(REOFFENDING, d("0"), d("0"), NINETY_FIVE)).isEmpty();
    }

    @Test
    void impossibleInputsAreErrors() {
        assertThatThrownBy(() -> ConfidenceIntervals.of(REOFFENDING, d("26"), d("25"), NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds");
        assertThatThrownBy(() -> ConfidenceIntervals.of(CUSTODY, d("-1"), d("25"), NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfidenceIntervals.of(CUSTODY, d("1"), d("-25"), NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLevelsAreTheFingertipsOnes() {
        assertThat(NINETY_FIVE.z()).isCloseTo(Z95, within(1e-12));
        assertThat(NINETY_NINE_POINT_EIGHT.z()).isCloseTo(Z998, within(1e-12));
        assertThat(NINETY_FIVE.tail()).isEqualTo(0.025);
        assertThat(NINETY_NINE_POINT_EIGHT.tail()).isEqualTo(0.001);
        assertThat(NINETY_NINE_POINT_EIGHT.label()).isEqualTo("99.8%");
    }

    @Test
    void anEstimateCarriesTheValueAndBothIntervalsOrNothing() {
        Estimate e = Estimate.of(REOFFENDING, d("5"), d("25"));
        assertThat(e.value()).isEqualByComparingTo("20");
        assertThat(e.ci95().level()).isEqualTo(NINETY_FIVE);
        assertThat(e.ci998().level()).isEqualTo(NINETY_NINE_POINT_EIGHT);
        assertThat(e.interval(NINETY_NINE_POINT_EIGHT)).contains(e.ci998());
        assertThat(e.ci998().encloses(e.ci95())).isTrue();

        Estimate none = Estimate.of(CUSTODY, Observation.of(3, 0));
        assertThat(none.hasValue()).isFalse();
        assertThat(none.ci95()).isNull();
        assertThat(none.interval(NINETY_FIVE)).isEmpty();
    }

    // ---------------------------------------------------------------- independent helpers

    /** P(X ≤ k) for X ~ Poisson(mu), summed term by term. */
    private static double poissonCdf(long k, double mu) {
        if (k < 0) {
            return 0;
        }
        double term = Math.exp(-mu);
        double sum = term;
        for (long i = 1; i <= k; i++) {
            term *= mu / i;
            sum += term;
        }
        return sum;
    }

    /** The root in (0, 100) of an increasing function, by bisection. */
    private static double bisect(java.util.function.DoubleUnaryOperator increasing) {
        double lo = 0;
        double hi = 100;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (increasing.applyAsDouble(mid) < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
