package org.yjhub.budget.domain;

import java.math.BigDecimal;
import java.util.List;

/** The number rules shared by budgets and staffing: whole pounds, FTE (two decimals) and head counts. */
public final class Amounts {

    /** No team's partner line comes near £100bn; anything above is a typing error (or an attack on the totals). */
    public static final long MAX_POUNDS = 100_000_000_000L;
    /** {@link #MAX_POUNDS} as the OpenAPI document declares it; a line's total (staff + delegated) is at most twice it. */
    public static final String MAX_POUNDS_TEXT = "100000000000";
    public static final String MAX_LINE_TOTAL_TEXT = "200000000000";
    /** FTE on one line. */
    public static final BigDecimal MAX_FTE = BigDecimal.valueOf(10_000);
    public static final int FTE_SCALE = 2;
    /** People on one headcount line. */
    public static final int MAX_COUNT = 1_000_000;

    private Amounts() {
    }

    /** A whole number of pounds, 0 to {@link #MAX_POUNDS}; null (with a violation added) otherwise. Not for absent values. */
    public static Long wholePounds(String field, RawNumber raw, List<Violation> out) {
        if (raw.notANumber() != null) {
            out.add(new Violation(field, "must be a whole number of pounds (a JSON integer), not " + raw.notANumber()));
            return null;
        }
        BigDecimal value = raw.value();
        if (!isWhole(value)) {
            out.add(new Violation(field, "must be a whole number of pounds; " + Figures.plain(value) + " has a fractional part"));
            return null;
        }
        if (value.signum() < 0) {
            out.add(new Violation(field, "must not be negative; " + Figures.plain(value) + " was given"));
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(MAX_POUNDS)) > 0) {
            out.add(new Violation(field, "must not exceed " + Figures.pounds(MAX_POUNDS) + " pounds; "
                    + Figures.plain(value) + " is not plausible"));
            return null;
        }
        return value.longValueExact();
    }

    /** Full-time equivalents, 0 to {@link #MAX_FTE}, at most two decimals; returned at scale 2. */
    public static BigDecimal fte(String field, RawNumber raw, List<Violation> out) {
        if (raw.notANumber() != null) {
            out.add(new Violation(field, "must be a number of full-time equivalents such as 16.59, not " + raw.notANumber()));
            return null;
        }
        BigDecimal value = raw.value();
        if (value.signum() < 0) {
            out.add(new Violation(field, "must not be negative; " + Figures.plain(value) + " was given"));
            return null;
        }
        if (value.stripTrailingZeros().scale() > FTE_SCALE) {
            out.add(new Violation(field, "must have at most " + FTE_SCALE + " decimal places; " + Figures.plain(value)
                    + " has more"));
            return null;
        }
        if (value.compareTo(MAX_FTE) > 0) {
            out.add(new Violation(field, "must not exceed " + MAX_FTE + " FTE; " + Figures.plain(value) + " is not plausible"));
            return null;
        }
        return value.setScale(FTE_SCALE);
    }

    /** A head count, 0 to {@link #MAX_COUNT}. */
    public static Integer count(String field, RawNumber raw, List<Violation> out) {
        if (raw.notANumber() != null) {
            out.add(new Violation(field, "must be a whole number of people (a JSON integer), not " + raw.notANumber()));
            return null;
        }
        BigDecimal value = raw.value();
        if (!isWhole(value)) {
            out.add(new Violation(field, "must be a whole number of people; " + Figures.plain(value) + " has a fractional part"));
            return null;
        }
        if (value.signum() < 0) {
            out.add(new Violation(field, "must not be negative; " + Figures.plain(value) + " was given"));
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
            out.add(new Violation(field, "must not exceed " + Figures.pounds(MAX_COUNT) + "; " + Figures.plain(value)
                    + " is not plausible"));
            return null;
        }
        return value.intValueExact();
    }

    /** True for 54015 and 54015.0 (JSON Schema's "integer" accepts both); false for 54015.5. */
    static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
