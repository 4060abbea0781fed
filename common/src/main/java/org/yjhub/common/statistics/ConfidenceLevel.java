package org.yjhub.common.statistics;

import org.apache.commons.statistics.distribution.NormalDistribution;

import java.math.BigDecimal;

/** The two two-sided confidence levels Fingertips shows: 95% and 99.8% (about 2 and 3 standard deviations). */
public enum ConfidenceLevel {
    NINETY_FIVE("95%", new BigDecimal("0.95")),
    NINETY_NINE_POINT_EIGHT("99.8%", new BigDecimal("0.998"));

    private final String label;
    private final BigDecimal probability;
    private final double tail;
    private final double z;

    ConfidenceLevel(String label, BigDecimal probability) {
        this.label = label;
        this.probability = probability;
        // (1 - level) / 2 in decimal, so 0.025 and 0.001 exactly rather than 1 - 0.998 in binary
        this.tail = BigDecimal.ONE.subtract(probability).divide(BigDecimal.valueOf(2)).doubleValue();
        this.z = NormalDistribution.of(0, 1).inverseSurvivalProbability(tail);
    }

    /** "95%" or "99.8%". */
    public String label() {
        return label;
    }

    /** 0.95 or 0.998. */
    public BigDecimal probability() {
        return probability;
    }

    /** The probability left in each tail: (1 − level) ÷ 2, that is 0.025 or 0.001. */
    public double tail() {
        return tail;
    }

    /** The standard normal quantile for the upper tail: 1.959964… or 3.090232…. */
    public double z() {
        return z;
    }
}
