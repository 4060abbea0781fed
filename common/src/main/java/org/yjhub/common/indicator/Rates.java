package org.yjhub.common.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one place where rates are computed: numerator × multiplier ÷ denominator with {@link BigDecimal}.
 * Stored rates keep {@link #PRECISION} significant digits; {@link #display(BigDecimal)} rounds to two decimals
 * (half-up) for comparison with a client's figure and for display.
 */
public final class Rates {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);
    public static final int DISPLAY_SCALE = 2;

    private Rates() {
    }

    public static BigDecimal rate(BigDecimal numerator, BigDecimal denominator, BigDecimal multiplier) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        return numerator.multiply(multiplier).divide(denominator, PRECISION).stripTrailingZeros();
    }

    public static BigDecimal display(BigDecimal rate) {
        return rate == null ? null : rate.setScale(DISPLAY_SCALE, RoundingMode.HALF_UP);
    }

    /** True when a client's stated rate equals the computed one once both are rounded to two decimals. */
    public static boolean agrees(BigDecimal stated, BigDecimal computed) {
        return display(stated).compareTo(display(computed)) == 0;
    }

    /** A pooled rate: the sum of numerators × multiplier over the sum of denominators, never a mean of rates. */
    public static BigDecimal pooled(Iterable<BigDecimal[]> numeratorDenominatorPairs, BigDecimal multiplier) {
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (BigDecimal[] pair : numeratorDenominatorPairs) {
            num = num.add(pair[0]);
            den = den.add(pair[1]);
        }
        return den.signum() == 0 ? null : rate(num, den, multiplier);
    }
}
