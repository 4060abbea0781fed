package org.yjhub.budget.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a post is filled. {@link #SECONDED}: staff seconded by a partner (police, health, probation), in kind;
 * {@link #VACANT}: an established post not filled at the time; {@link #VOLUNTEER}: unpaid (panel members, mentors).
 */
public enum ContractType {
    PERMANENT,
    FIXED_TERM,
    SECONDED,
    AGENCY,
    VACANT,
    VOLUNTEER,
    OTHER;

    public static Optional<ContractType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.name().equals(text)).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
