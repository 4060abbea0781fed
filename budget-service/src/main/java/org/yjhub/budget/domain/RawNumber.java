package org.yjhub.budget.domain;

import java.math.BigDecimal;

/**
 * A number exactly as a client sent it, before any rule has looked at it: absent, a JSON number ({@link #value}), or
 * something that is not a number at all ({@link #notANumber} describes what it was, e.g. {@code the text "abc"}).
 * Keeping the raw form lets the rules report every bad field at once instead of failing on the first.
 */
public record RawNumber(BigDecimal value, String notANumber) {

    public static final RawNumber ABSENT = new RawNumber(null, null);

    public static RawNumber of(BigDecimal value) {
        return new RawNumber(value, null);
    }

    public static RawNumber of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    /** For tests and examples: {@code RawNumber.of("54015.5")}. */
    public static RawNumber of(String decimal) {
        return of(new BigDecimal(decimal));
    }

    public static RawNumber notANumber(String description) {
        return new RawNumber(null, description);
    }

    public boolean absent() {
        return value == null && notANumber == null;
    }

    /** Treats a missing reference like an absent value. */
    public static RawNumber orAbsent(RawNumber raw) {
        return raw == null ? ABSENT : raw;
    }
}
