package org.yjhub.performance.domain;

import org.yjhub.common.bounds.Bounds;
import org.yjhub.common.text.PlainText;

import java.util.Locale;
import java.util.Optional;

/**
 * The provenance a record carries: {@code source}, a free-text note of where the figures come from (for example
 * "Milton Keynes Youth Justice Plan 2019/20, table 3"), and {@code synthetic}, true for made-up data (demos, tests).
 */
public final class Provenance {

    public static final int MAX_SOURCE_LENGTH = Bounds.SOURCE_LENGTH;

    private Provenance() {
    }

    /** Trimmed; a blank source is no source. */
    public static String normaliseSource(String source) {
        return source == null || source.isBlank() ? null : source.strip();
    }

    public static Optional<String> sourceProblem(String source) {
        String s = normaliseSource(source);
        if (s != null && source.length() > MAX_SOURCE_LENGTH) {
            // the length as sent, spaces included: the bound the API documents
            return Optional.of("must be at most " + MAX_SOURCE_LENGTH + " characters (it has " + source.length() + ")");
        }
        return s == null ? Optional.empty() : PlainText.problem(s);
    }

    /** A CSV cell: empty means false; otherwise {@code true} or {@code false} in any case. Null when unreadable. */
    public static Boolean parseSynthetic(String cell) {
        if (cell == null || cell.isBlank()) {
            return Boolean.FALSE;
        }
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }
}
