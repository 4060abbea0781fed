package org.yjhub.common.statistics;

import org.yjhub.common.indicator.Polarity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value compared with a comparator (the national or regional figure) the Fingertips way: the comparator's value
 * outside the team's confidence interval makes the team significantly higher or lower; the indicator's polarity says
 * whether that is better or worse. A comparator on a bound is inside the interval.
 */
public enum Significance {
    BETTER,
    WORSE,
    SIMILAR,
    /** Significantly higher, for an indicator with no better direction ({@link Polarity#NONE}). */
    HIGHER,
    /** Significantly lower, for an indicator with no better direction ({@link Polarity#NONE}). */
    LOWER,
    /** No interval (no value) or no comparator value. */
    NOT_COMPARED;

    /**
     * @param interval   the team's interval, or null when it has none
     * @param comparator the comparator's value, or null when there is none
     */
    public static Significance of(ConfidenceInterval interval, BigDecimal comparator, Polarity polarity) {
        Objects.requireNonNull(polarity, "polarity");
        if (interval == null || comparator == null) {
            return NOT_COMPARED;
        }
        if (interval.contains(comparator)) {
            return SIMILAR;
        }
        boolean higher = interval.lower().compareTo(comparator) > 0;
        return switch (polarity) {
            case NONE -> higher ? HIGHER : LOWER;
            case LOWER_IS_BETTER -> higher ? WORSE : BETTER;
            case HIGHER_IS_BETTER -> higher ? BETTER : WORSE;
        };
    }
}
