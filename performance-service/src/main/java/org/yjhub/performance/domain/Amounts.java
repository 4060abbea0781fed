package org.yjhub.performance.domain;

import java.math.BigDecimal;

/**
 * The rules for the numbers a client submits (numerators, denominators, target values): non-negative, at most
 * {@value #MAX_DECIMALS} decimal places (counts are whole numbers, but reoffences per reoffender or an FTE-weighted
 * figure may need decimals) and no more than {@link #MAX} (10^12, far above any real count or population).
 */
public final class Amounts {

    /** {@link #MAX} as the OpenAPI documents declare it. */
    public static final String MAX_TEXT = "1000000000000";
    public static final BigDecimal MAX = new BigDecimal(MAX_TEXT);
    public static final int MAX_DECIMALS = 6;

    private Amounts() {
    }

    /**
     * @param zeroAllowed false for a denominator
     * @return null when the amount is acceptable, else why not
     */
    public static String problem(BigDecimal amount, boolean zeroAllowed) {
        if (amount == null) {
            return "is required";
        }
        if (amount.signum() < 0) {
            return "must not be negative";
        }
        if (!zeroAllowed && amount.signum() == 0) {
            return "must be above zero (a rate cannot be computed over a zero denominator)";
        }
        if (amount.compareTo(MAX) > 0) {
            return "must not exceed 10^12 (1000000000000)";
        }
        if (decimals(amount) > MAX_DECIMALS) {
            return "must have at most " + MAX_DECIMALS + " decimal places";
        }
        return null;
    }

    /** Decimal places that carry information: {@code 5.50} has one. */
    public static int decimals(BigDecimal amount) {
        if (amount.scale() <= 0) {
            return 0; // a whole number, however written (5, 5E+3)
        }
        return Math.max(0, amount.stripTrailingZeros().scale());
    }

    /** The canonical form kept and compared: no trailing zeros, never an exponent ({@code 5.0} and {@code 5} are equal). */
    public static BigDecimal normalise(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.scale() == 0) {
            return amount; // a whole number written without a point or exponent is already canonical
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
