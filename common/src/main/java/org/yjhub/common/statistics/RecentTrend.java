package org.yjhub.common.statistics;

/**
 * The result of {@link RecentTrends}: the marker, the test used, its statistic and p-value, and whether the direction
 * survived dropping each point in turn. When the trend is not computed, {@code notComputed} says why and the other
 * fields are null.
 *
 * @param chiSquared      the test statistic (1 degree of freedom)
 * @param pValue          its two-sided p-value
 * @param directionRobust the fitted direction is the same with all five points and with each four of them
 */
public record RecentTrend(TrendMarker marker, Test test, Double chiSquared, Double pValue, Boolean directionRobust,
                          NotComputed notComputed) {

    /** Which test for trend was used; see {@code docs/statistics.md}. */
    public enum Test {
        /** Chi-squared test for trend in proportions (Armitage 1955), the Fingertips method for proportions. */
        CHI_SQUARED_TREND_IN_PROPORTIONS,
        /**
         * Chi-squared test for trend in Poisson rates with the denominators as person-time (Breslow and Day 1987):
         * the score test of the slope in a log-linear Poisson regression on the period.
         */
        CHI_SQUARED_TREND_IN_RATES
    }

    /** Why no trend was computed. */
    public enum NotComputed {
        /** Fewer than five periods were given. */
        FEWER_THAN_FIVE_POINTS,
        /** One of the five most recent periods has no numerator, or no (or a zero) denominator. */
        MISSING_NUMERATOR_OR_DENOMINATOR,
        /** No events in all five periods (or, for a proportion, every one an event): the test has nothing to test. */
        NO_VARIATION
    }

    static RecentTrend notComputed(NotComputed reason) {
        return new RecentTrend(TrendMarker.NOT_COMPUTED, null, null, null, null, reason);
    }
}
