package org.yjhub.common.statistics;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.Polarity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The Fingertips "recent trend" over the five most recent periods.
 * <p>
 * The periods are scored 1 … 5 (oldest first) and tested for a linear trend with one degree of freedom:
 * <ul>
 *     <li>a percentage: the chi-squared test for trend in proportions (Armitage 1955), as Fingertips computes it;</li>
 *     <li>any other rate: the chi-squared test for trend in Poisson rates with the denominators as person-time
 *     (Breslow and Day 1987), the score test of the slope in a log-linear Poisson regression.</li>
 * </ul>
 * Both statistics are U² ÷ V with U = Σ xᵢ(rᵢ − nᵢR/N); V = (R/N)(1 − R/N)Sₓₓ for proportions, (R/N)Sₓₓ for rates,
 * where Sₓₓ = Σ nᵢxᵢ² − (Σ nᵢxᵢ)²/N. A trend is significant when its p-value is below 1 − level (Fingertips uses
 * 99.8%, χ² &gt; 9.5495) <em>and</em> its direction holds with each period left out in turn (Fingertips' check that
 * no single point makes the trend). The sign of U is the sign of the fitted slope.
 * <p>
 * The periods must be equally spaced and must not overlap: for an indicator over a rolling 12 months, pass one
 * period per year (for example each year's same quarter), never consecutive quarters.
 */
public record RecentTrends(ConfidenceLevel level) {

    public static final int POINTS = 5;
    /** The Fingertips setting: significant at 99.8%. */
    public static final RecentTrends FINGERTIPS = new RecentTrends(ConfidenceLevel.NINETY_NINE_POINT_EIGHT);

    private static final ChiSquaredDistribution ONE_DEGREE = ChiSquaredDistribution.of(1);

    public RecentTrends {
        Objects.requireNonNull(level, "level");
    }

    /** The trend of the indicator over the last five of the periods given, oldest first. */
    public RecentTrend assess(Indicator indicator, List<Observation> oldestFirst) {
        return indicator.isPercentage()
                ? proportions(oldestFirst, indicator.polarity())
                : rates(oldestFirst, indicator.polarity());
    }

    /** The chi-squared test for trend in proportions over the last five periods, oldest first. */
    public RecentTrend proportions(List<Observation> oldestFirst, Polarity polarity) {
        return test(oldestFirst, polarity, RecentTrend.Test.CHI_SQUARED_TREND_IN_PROPORTIONS);
    }

    /** The chi-squared test for trend in Poisson rates over the last five periods, oldest first. */
    public RecentTrend rates(List<Observation> oldestFirst, Polarity polarity) {
        return test(oldestFirst, polarity, RecentTrend.Test.CHI_SQUARED_TREND_IN_RATES);
    }

    private RecentTrend test(List<Observation> oldestFirst, Polarity polarity, RecentTrend.Test test) {
        Objects.requireNonNull(polarity, "polarity");
        if (oldestFirst.size() < POINTS) {
            return RecentTrend.notComputed(RecentTrend.NotComputed.FEWER_THAN_FIVE_POINTS);
        }
        List<Observation> recent = oldestFirst.subList(oldestFirst.size() - POINTS, oldestFirst.size());
        double[] r = new double[POINTS];
        double[] n = new double[POINTS];
        boolean proportions = test == RecentTrend.Test.CHI_SQUARED_TREND_IN_PROPORTIONS;
        for (int i = 0; i < POINTS; i++) {
            Observation o = recent.get(i);
            if (o == null || !o.isComplete()) {
                return RecentTrend.notComputed(RecentTrend.NotComputed.MISSING_NUMERATOR_OR_DENOMINATOR);
            }
            if (o.numerator().signum() < 0) {
                throw new IllegalArgumentException("numerator is negative: " + o.numerator());
            }
            if (proportions && o.numerator().compareTo(o.denominator()) > 0) {
                throw new IllegalArgumentException("numerator " + o.numerator() + " exceeds its denominator "
                        + o.denominator());
            }
            r[i] = o.numerator().doubleValue();
            n[i] = o.denominator().doubleValue();
        }
        Sums all = Sums.of(r, n, -1);
        if (all.events == 0 || (proportions && all.events == all.trials)) {
            return RecentTrend.notComputed(RecentTrend.NotComputed.NO_VARIATION);
        }
        double p = all.events / all.trials;
        double variance = p * all.sxx * (proportions ? 1 - p : 1);
        double chiSquared = all.u * all.u / variance;
        double pValue = ONE_DEGREE.survivalProbability(chiSquared);
        boolean robust = directionRobust(r, n, Math.signum(all.u));
        double alpha = BigDecimal.ONE.subtract(level.probability()).doubleValue();
        TrendMarker marker = pValue < alpha && robust
                ? (all.u > 0 ? TrendMarker.increasing(polarity) : TrendMarker.decreasing(polarity))
                : TrendMarker.NO_SIGNIFICANT_CHANGE;
        return new RecentTrend(marker, test, chiSquared, pValue, robust, null);
    }

    /** The direction (sign of U) is non-zero and the same with each period left out in turn. */
    private static boolean directionRobust(double[] r, double[] n, double sign) {
        if (sign == 0) {
            return false;
        }
        for (int left = 0; left < POINTS; left++) {
            if (Math.signum(Sums.of(r, n, left).u) != sign) {
                return false;
            }
        }
        return true;
    }

    /** R, N, U and Sₓₓ over the periods, scores 1 … 5, leaving out index {@code leftOut} (−1 for none). */
    private record Sums(double events, double trials, double u, double sxx) {

        static Sums of(double[] r, double[] n, int leftOut) {
            double events = 0;
            double trials = 0;
            double xr = 0;
            double xn = 0;
            double xxn = 0;
            for (int i = 0; i < r.length; i++) {
                if (i == leftOut) {
                    continue;
                }
                double x = i + 1;
                events += r[i];
                trials += n[i];
                xr += x * r[i];
                xn += x * n[i];
                xxn += x * x * n[i];
            }
            return new Sums(events, trials, xr - events / trials * xn, xxn - xn * xn / trials);
        }
    }
}
