package org.yjhub.budget.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The bodies that fund a youth offending team. The statutory partners (local authority, police, probation, health)
 * must contribute; the Police and Crime Commissioner and the YJB grant add to it; {@link #OTHER} covers anything else
 * and always carries a description.
 */
public enum Partner {
    POLICE,
    PCC,
    PROBATION,
    HEALTH,
    LOCAL_AUTHORITY,
    YJB,
    OTHER;

    /** The exact (upper-case) name, or empty. */
    public static Optional<Partner> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(p -> p.name().equals(text)).findFirst();
    }

    /** "POLICE, PCC, PROBATION, HEALTH, LOCAL_AUTHORITY, YJB, OTHER". */
    public static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
