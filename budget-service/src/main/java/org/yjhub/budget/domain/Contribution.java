package org.yjhub.budget.domain;

import java.util.Comparator;
import java.util.Locale;

/** A checked contribution line, whole pounds. {@code description} is required for {@link Partner#OTHER}. */
public record Contribution(Partner partner, String description, long staff, long delegated) {

    static final Comparator<Contribution> CANONICAL = Comparator.comparing(Contribution::partner)
            .thenComparing(Contribution::description, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(Contribution::staff)
            .thenComparingLong(Contribution::delegated);

    public long total() {
        return staff + delegated;
    }

    /**
     * What identifies the line within a year and across years: the partner, and for OTHER its description
     * (trimmed, case-insensitive). At most one line per key.
     */
    public String key() {
        return key(partner, description);
    }

    static String key(Partner partner, String description) {
        return partner == Partner.OTHER ? "OTHER:" + description.trim().toLowerCase(Locale.ROOT) : partner.name();
    }
}
