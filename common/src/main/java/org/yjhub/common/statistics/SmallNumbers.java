package org.yjhub.common.statistics;

import java.math.BigDecimal;

/**
 * The small-number flag: a numerator below the threshold is too small to read much into (its interval is wide,
 * and a count that small may identify children). The threshold is a parameter; {@link #DEFAULT} is 5.
 */
public record SmallNumbers(int threshold) {

    public static final int DEFAULT_THRESHOLD = 5;
    public static final SmallNumbers DEFAULT = new SmallNumbers(DEFAULT_THRESHOLD);

    public SmallNumbers {
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold is negative: " + threshold);
        }
    }

    /** True when the numerator is below the threshold; a missing numerator is not flagged (there is nothing to show). */
    public boolean isSmall(BigDecimal numerator) {
        return numerator != null && numerator.compareTo(BigDecimal.valueOf(threshold)) < 0;
    }
}
