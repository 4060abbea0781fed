package org.yjhub.common.reference;

import java.util.Arrays;
import java.util.Optional;

/** The nation a team is in, from its authorities' ONS codes (E… England, W… Wales). */
public enum Country {
    ENGLAND("england", "England"),
    WALES("wales", "Wales");

    private final String slug;
    private final String label;

    Country(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    /** By slug or name ({@code england}, {@code Wales}), ignoring case. */
    public static Optional<Country> find(String text) {
        return text == null ? Optional.empty() : Arrays.stream(values())
                .filter(c -> c.slug.equalsIgnoreCase(text) || c.label.equalsIgnoreCase(text)).findFirst();
    }
}
