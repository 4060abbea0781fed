package org.yjhub.common.statistics;

import org.yjhub.common.indicator.Indicator;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One value of an indicator with its 95% and 99.8% confidence intervals. {@code value} is full precision
 * ({@link Indicator#rate}); value and intervals are null when there is no numerator or no (or a zero) denominator.
 */
public record Estimate(BigDecimal numerator, BigDecimal denominator, BigDecimal value, ConfidenceInterval ci95,
                       ConfidenceInterval ci998) {

    public static Estimate of(Indicator indicator, BigDecimal numerator, BigDecimal denominator) {
        Optional<ConfidenceInterval> ci95 = ConfidenceIntervals.of(indicator, numerator, denominator,
                ConfidenceLevel.NINETY_FIVE);
        if (ci95.isEmpty()) {
            return new Estimate(numerator, denominator, null, null, null);
        }
        return new Estimate(numerator, denominator, indicator.rate(numerator, denominator), ci95.get(),
                ConfidenceIntervals.of(indicator, numerator, denominator, ConfidenceLevel.NINETY_NINE_POINT_EIGHT)
                        .orElseThrow());
    }

    public static Estimate of(Indicator indicator, Observation observation) {
        return of(indicator, observation.numerator(), observation.denominator());
    }

    public boolean hasValue() {
        return value != null;
    }

    public Optional<ConfidenceInterval> interval(ConfidenceLevel level) {
        return Optional.ofNullable(level == ConfidenceLevel.NINETY_FIVE ? ci95 : ci998);
    }
}
