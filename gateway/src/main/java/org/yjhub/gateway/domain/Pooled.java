package org.yjhub.gateway.domain;

import org.yjhub.common.indicator.Rates;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pooled figure over a group of teams (national or regional): Σ numerators × multiplier ÷ Σ denominators, never a
 * mean of the teams' rates. {@code rate} is full precision and null when the group is empty (Σ denominators = 0).
 */
public record Pooled(BigDecimal numerator, BigDecimal denominator, BigDecimal rate, int teams) {

    public static final Pooled EMPTY = new Pooled(BigDecimal.ZERO, BigDecimal.ZERO, null, 0);

    /** Pools the (numerator, denominator) pairs of the group's teams with the indicator's multiplier. */
    public static Pooled of(List<BigDecimal[]> numeratorDenominatorPairs, BigDecimal multiplier) {
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (BigDecimal[] pair : numeratorDenominatorPairs) {
            num = num.add(pair[0]);
            den = den.add(pair[1]);
        }
        return new Pooled(num, den, Rates.pooled(numeratorDenominatorPairs, multiplier), numeratorDenominatorPairs.size());
    }
}
