package org.yjhub.budget.domain;

import java.util.Comparator;
import java.util.Locale;

/** A checked headcount line: {@code dimension} a lower-case name such as {@code gender}; {@code role} may be null. */
public record HeadcountLine(String dimension, String category, String role, int count) {

    static final Comparator<HeadcountLine> CANONICAL = Comparator.comparing(HeadcountLine::dimension)
            .thenComparing(HeadcountLine::category)
            .thenComparing(HeadcountLine::role, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(HeadcountLine::count);

    String key() {
        return dimension + "|" + category.toLowerCase(Locale.ROOT) + "|" + (role == null ? "" : role.toLowerCase(Locale.ROOT));
    }
}
