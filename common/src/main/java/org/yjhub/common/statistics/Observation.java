package org.yjhub.common.statistics;

import java.math.BigDecimal;

/**
 * A numerator and denominator as a team (or a period) reported them; either may be missing (null).
 */
public record Observation(BigDecimal numerator, BigDecimal denominator) {

    public static Observation of(long numerator, long denominator) {
        return new Observation(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** Both parts present and a denominator above zero: a value can be computed. */
    public boolean isComplete() {
        return numerator != null && denominator != null && denominator.signum() > 0;
    }
}
