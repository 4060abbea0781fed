package org.yjhub.gateway.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What each team's value is compared with ({@code ?comparator=}): England and Wales (the default, formerly
 * "national"), England, Wales, the team's own region, the teams of its own authority type, or a named comparator group
 * ({@code group:{code}}). {@link Areas} turns a choice and a team into the {@link Area} whose pooled figure is the
 * comparator's value.
 *
 * @param group the group's code for {@link Kind#GROUP}, else null
 */
public record ComparatorChoice(Kind kind, String group) {

    public enum Kind { ENGLAND_AND_WALES, ENGLAND, WALES, REGION, TYPE, GROUP }

    public static final ComparatorChoice ENGLAND_AND_WALES = new ComparatorChoice(Kind.ENGLAND_AND_WALES, null);
    public static final String ACCEPTED = "england-and-wales, england, wales, region, type or group:{code}";
    private static final String GROUP_PREFIX = "group:";
    private static final Pattern GROUP_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /**
     * Reads {@code ?comparator=}: absent or empty is England and Wales.
     *
     * @throws IllegalArgumentException naming what is accepted
     */
    public static ComparatorChoice parse(String text) {
        if (text == null || text.isEmpty()) {
            return ENGLAND_AND_WALES;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith(GROUP_PREFIX)) {
            String code = lower.substring(GROUP_PREFIX.length());
            if (!GROUP_CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("a group comparator is group: and the group's code (lower-case "
                        + "letters, digits and hyphens), e.g. group:se-neighbours");
            }
            return new ComparatorChoice(Kind.GROUP, code);
        }
        return switch (lower) {
            case "england-and-wales", "national" -> ENGLAND_AND_WALES;
            case "england" -> new ComparatorChoice(Kind.ENGLAND, null);
            case "wales" -> new ComparatorChoice(Kind.WALES, null);
            case "region" -> new ComparatorChoice(Kind.REGION, null);
            case "type" -> new ComparatorChoice(Kind.TYPE, null);
            default -> throw new IllegalArgumentException("comparator must be " + ACCEPTED);
        };
    }

    /** As written in a query: {@code region}, {@code group:se-neighbours}. */
    public String text() {
        return kind == Kind.GROUP ? GROUP_PREFIX + group : kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The same area for every team (England and Wales, a nation, a group), rather than each team's own. */
    public boolean isShared() {
        return kind != Kind.REGION && kind != Kind.TYPE;
    }
}
