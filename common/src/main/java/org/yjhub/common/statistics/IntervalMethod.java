package org.yjhub.common.statistics;

/** How a confidence interval was computed; see {@code docs/statistics.md}. */
public enum IntervalMethod {
    /** Wilson score interval, for a percentage (a numerator within its denominator). */
    WILSON,
    /** Exact Poisson limits from chi-squared quantiles, for a rate with a numerator under 10. */
    EXACT_POISSON,
    /** Byar's approximation to the exact Poisson limits, for a rate with a numerator of 10 or more. */
    BYAR
}
