package org.yjhub.performance.domain;

import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.Rates;

import java.math.BigDecimal;

/**
 * One indicator's value in a return: numerator and denominator in canonical form and the rate computed from them at
 * full precision ({@link Rates#rate}). Build new ones with {@link #compute}.
 */
public record KpiValue(String indicator, BigDecimal numerator, BigDecimal denominator, BigDecimal rate) {

    public static KpiValue compute(Indicator indicator, BigDecimal numerator, BigDecimal denominator) {
        BigDecimal num = Amounts.normalise(numerator);
        BigDecimal den = Amounts.normalise(denominator);
        return new KpiValue(indicator.id(), num, den, Amounts.normalise(indicator.rate(num, den)));
    }

    /** The rate rounded for display: two decimals, half up. */
    public BigDecimal displayRate() {
        return Rates.display(rate);
    }

    /** What makes two values the same content: indicator, numerator and denominator (the rate follows from them). */
    ContentKey contentKey() {
        return new ContentKey(indicator, Amounts.normalise(numerator), Amounts.normalise(denominator));
    }

    record ContentKey(String indicator, BigDecimal numerator, BigDecimal denominator) {
    }
}
