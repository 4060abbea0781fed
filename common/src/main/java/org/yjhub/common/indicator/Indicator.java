package org.yjhub.common.indicator;

import java.math.BigDecimal;

/**
 * A KPI: a numerator over a denominator times a multiplier. Catalogue data, see {@code reference/indicators.json}.
 * An indicator with multiplier 100 is a percentage: its numerator cannot exceed its denominator.
 */
public record Indicator(String id, String name, String unit, BigDecimal multiplier, Polarity polarity, String window,
                        String definitionVersion, String numerator, String denominator, String source) {

    public boolean isPercentage() {
        return multiplier.compareTo(Rates.HUNDRED) == 0;
    }

    public boolean isRanked() {
        return polarity != Polarity.NONE;
    }

    /**
     * How many quarters apart the points of a trend must be so that they do not share data: 4 for a value counted
     * over the 12 months ending each quarter (custody, first-time entrants, serious violence: consecutive quarters
     * share 9 months), so a trend takes the same quarter of each year; 1 for everything else.
     */
    public int trendStepQuarters() {
        return window != null && window.startsWith("12 months ending") ? 4 : 1;
    }

    /** This indicator's rate for a numerator and denominator, at full precision. */
    public BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
        return Rates.rate(numerator, denominator, multiplier);
    }
}
