package org.yjhub.common.text;

import java.util.Optional;

/**
 * The one rule for free text in every service (sources, descriptions, roles, recommendations, progress): it is stored
 * as given, so it must be text a database and a reader can hold: no control characters other than tab and line
 * breaks (PostgreSQL cannot store U+0000 at all) and no half of a surrogate pair.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Why the text is not plain text, or empty when it is. */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairStart = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairStart) {
                i++;
            } else if (Character.isSurrogate(c) || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(String.format("must be plain text: character %d is U+%04X, which is not allowed", i + 1, (int) c));
            }
        }
        return Optional.empty();
    }

    /** How much of a caller's text a problem's detail quotes. */
    public static final int QUOTED_LENGTH = 60;

    /** The text as a message quotes it: {@link #abbreviate(String, int)} to {@link #QUOTED_LENGTH} characters. */
    public static String abbreviate(String text) {
        return abbreviate(text, QUOTED_LENGTH);
    }

    /**
     * The text as a message may quote it: cut to {@code max} characters with "…" when longer, "" for null. Client input
     * echoed in a problem's detail goes through here, so a huge value never makes a huge answer.
     */
    public static String abbreviate(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }
}
