package org.yjhub.common.statistics;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.Rates;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Confidence intervals for value = numerator × multiplier ÷ denominator, by the methods of the PHE "Technical Guide:
 * Confidence Intervals" (implemented in R by PHEindicatormethods' {@code phe_proportion} and {@code phe_rate}):
 * <ul>
 *     <li>a percentage indicator ({@link Indicator#isPercentage()}): the Wilson score interval;</li>
 *     <li>any other indicator: the exact Poisson interval from chi-squared quantiles when the numerator is under
 *     {@link #BYAR_FROM}, Byar's approximation from there up, scaled by multiplier ÷ denominator.</li>
 * </ul>
 * No numerator, or no (or a zero) denominator, gives no interval. A zero numerator gives a lower bound of 0.
 * The distribution maths runs in doubles (Apache Commons Statistics); the bounds are carried into {@link BigDecimal}
 * and never rounded here.
 */
public final class ConfidenceIntervals {

    /** Numerators from 10 up use Byar's approximation; below it, the exact Poisson limits. */
    public static final BigDecimal BYAR_FROM = BigDecimal.TEN;

    private ConfidenceIntervals() {
    }

    /** The indicator's interval: Wilson for a percentage, Poisson (exact or Byar's) for anything else. */
    public static Optional<ConfidenceInterval> of(Indicator indicator, BigDecimal numerator, BigDecimal denominator,
                                                  ConfidenceLevel level) {
        return indicator.isPercentage()
                ? wilson(numerator, denominator, indicator.multiplier(), level)
                : poisson(numerator, denominator, indicator.multiplier(), level);
    }

    /**
     * The Wilson score interval for a proportion numerator ÷ denominator, times the multiplier (100 for a
     * percentage).
     *
     * @throws IllegalArgumentException when the numerator is negative or exceeds its denominator
     */
    public static Optional<ConfidenceInterval> wilson(BigDecimal numerator, BigDecimal denominator,
                                                      BigDecimal multiplier, ConfidenceLevel level) {
        if (!computable(numerator, denominator)) {
            return Optional.empty();
        }
        if (numerator.compareTo(denominator) > 0) {
            throw new IllegalArgumentException("numerator " + numerator + " exceeds its denominator " + denominator);
        }
        double[] limits = wilsonProportion(numerator.doubleValue(), denominator.doubleValue(), level);
        return Optional.of(new ConfidenceInterval(scale(limits[0], BigDecimal.ONE, multiplier),
                scale(limits[1], BigDecimal.ONE, multiplier), level, IntervalMethod.WILSON));
    }

    /**
     * The Poisson interval for a rate: the exact limits for a numerator under {@link #BYAR_FROM}, Byar's
     * approximation from there up, each a limit on the count scaled by multiplier ÷ denominator.
     *
     * @throws IllegalArgumentException when the numerator is negative
     */
    public static Optional<ConfidenceInterval> poisson(BigDecimal numerator, BigDecimal denominator,
                                                       BigDecimal multiplier, ConfidenceLevel level) {
        if (!computable(numerator, denominator)) {
            return Optional.empty();
        }
        double count = numerator.doubleValue();
        boolean exact = numerator.compareTo(BYAR_FROM) < 0;
        double[] limits = exact ? exactPoissonCount(count, level) : byarCount(count, level);
        return Optional.of(new ConfidenceInterval(scale(limits[0], denominator, multiplier),
                scale(limits[1], denominator, multiplier), level,
                exact ? IntervalMethod.EXACT_POISSON : IntervalMethod.BYAR));
    }

    /**
     * Wilson's limits for the proportion x ÷ n (between 0 and 1):
     * (2x + z² ∓ z√(z² + 4x(1 − x/n))) ÷ 2(n + z²).
     */
    static double[] wilsonProportion(double x, double n, ConfidenceLevel level) {
        double z = level.z();
        double z2 = z * z;
        double spread = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
        double lower = (2 * x + z2 - spread) / (2 * (n + z2));
        double upper = (2 * x + z2 + spread) / (2 * (n + z2));
        double p = x / n;
        // exact arithmetic puts 0 ≤ lower ≤ p ≤ upper ≤ 1 (equal at x = 0 and x = n); keep doubles' last bit inside
        return new double[]{x == 0 ? 0 : clamp(lower, 0, p), x == n ? 1 : clamp(upper, p, 1)};
    }

    /**
     * The exact Poisson limits for an observed count x: the lower is χ²(2x) at the lower tail ÷ 2 (0 when x = 0), the
     * upper χ²(2x + 2) at the upper tail ÷ 2.
     */
    static double[] exactPoissonCount(double x, ConfidenceLevel level) {
        double lower = x == 0 ? 0 : ChiSquaredDistribution.of(2 * x).inverseCumulativeProbability(level.tail()) / 2;
        double upper = ChiSquaredDistribution.of(2 * x + 2).inverseSurvivalProbability(level.tail()) / 2;
        return new double[]{lower, upper};
    }

    /**
     * Byar's approximation (Breslow and Day 1987) for an observed count x:
     * lower = x(1 − 1/(9x) − z/(3√x))³, upper = (x + 1)(1 − 1/(9(x + 1)) + z/(3√(x + 1)))³.
     */
    static double[] byarCount(double x, ConfidenceLevel level) {
        double z = level.z();
        double lower = x * Math.pow(1 - 1 / (9 * x) - z / (3 * Math.sqrt(x)), 3);
        double y = x + 1;
        double upper = y * Math.pow(1 - 1 / (9 * y) + z / (3 * Math.sqrt(y)), 3);
        return new double[]{lower, upper};
    }

    private static boolean computable(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null) {
            return false;
        }
        if (numerator.signum() < 0) {
            throw new IllegalArgumentException("numerator is negative: " + numerator);
        }
        if (denominator.signum() < 0) {
            throw new IllegalArgumentException("denominator is negative: " + denominator);
        }
        return denominator.signum() > 0;
    }

    private static BigDecimal scale(double limit, BigDecimal denominator, BigDecimal multiplier) {
        // valueOf: the double's shortest decimal form, not its binary expansion's spurious digits
        return Rates.rate(BigDecimal.valueOf(limit), denominator, multiplier);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
