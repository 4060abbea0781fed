package org.yjhub.budget.domain;

import org.yjhub.common.indicator.Rates;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Formatting and percentages for budgets and staffing. Percentages go through {@link Rates} (full precision, then
 * two decimals half-up, so 3.125 shows as 3.13 and -3.125 as -3.13).
 */
public final class Figures {

    private Figures() {
    }

    /** Whole pounds with thousands separators: {@code 1234757 → "1,234,757"}. */
    public static String pounds(long amount) {
        return String.format(Locale.UK, "%,d", amount);
    }

    /** FTE with two decimals: {@code 19.79}. */
    public static String fte(BigDecimal fte) {
        return String.format(Locale.UK, "%,.2f", fte);
    }

    /** {@code part} as a percentage of {@code whole}, 2 dp; null when the whole is zero. */
    public static BigDecimal percentOf(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return Rates.display(Rates.rate(BigDecimal.valueOf(part), BigDecimal.valueOf(whole), Rates.HUNDRED));
    }

    /** A number as the client wrote it, shortened when absurdly long. */
    static String plain(BigDecimal value) {
        String text = value.precision() - value.scale() > 40 || value.scale() > 40 ? value.toString() : value.toPlainString();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
