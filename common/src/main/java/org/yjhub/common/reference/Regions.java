package org.yjhub.common.reference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The nine English regions plus Wales; path segments use a slug ({@code south-east}), the name is also accepted. */
public final class Regions {

    public static final List<String> NAMES = List.of(
            "North East", "North West", "Yorkshire and The Humber", "East Midlands", "West Midlands",
            "East of England", "London", "South East", "South West", "Wales");

    private Regions() {
    }

    public static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Finds a region by slug or by name, ignoring case. */
    public static Optional<String> find(String slugOrName) {
        if (slugOrName == null) {
            return Optional.empty();
        }
        String wanted = slug(slugOrName);
        return NAMES.stream().filter(n -> slug(n).equals(wanted)).findFirst();
    }
}
