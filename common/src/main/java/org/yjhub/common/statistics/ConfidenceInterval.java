package org.yjhub.common.statistics;

import org.yjhub.common.indicator.Rates;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A confidence interval on the indicator's scale (the same units as the value: per 1,000, %, …). The bounds are
 * kept at the precision of the distribution maths (a double, about 15 significant digits, carried into
 * {@link BigDecimal} at {@link Rates#PRECISION}); {@link #displayLower()} and {@link #displayUpper()} round for
 * display only, as {@link Rates#display} does for a value.
 */
public record ConfidenceInterval(BigDecimal lower, BigDecimal upper, ConfidenceLevel level, IntervalMethod method) {

    public ConfidenceInterval {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(method, "method");
        if (lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("lower bound " + lower + " is above upper bound " + upper);
        }
    }

    /** True when the value lies within the interval, bounds included (a comparator on a bound is not outside). */
    public boolean contains(BigDecimal value) {
        return lower.compareTo(value) <= 0 && value.compareTo(upper) <= 0;
    }

    /** True when this interval contains the other one entirely. */
    public boolean encloses(ConfidenceInterval other) {
        return lower.compareTo(other.lower) <= 0 && other.upper.compareTo(upper) <= 0;
    }

    public BigDecimal width() {
        return upper.subtract(lower);
    }

    public BigDecimal displayLower() {
        return Rates.display(lower);
    }

    public BigDecimal displayUpper() {
        return Rates.display(upper);
    }
}
