package org.yjhub.inspection.domain;

import java.util.Optional;

/**
 * The RAG status of an improvement-plan action. {@code YELLOW} (Milton Keynes' word) is accepted as an alias of
 * {@link #AMBER}; the submitted word is kept alongside. An action may also be not rated (no status), as blank
 * statuses appear in published plans. An action is open unless {@link #COMPLETE}.
 */
public enum RagStatus {
    GREEN, AMBER, RED, COMPLETE;

    public static final String ALIAS_YELLOW = "YELLOW";
    public static final String ALLOWED = "GREEN, AMBER (or its alias YELLOW), RED or COMPLETE";

    /**
     * A submitted status: the canonical value ({@code null} when not rated) and the word used when it was an alias.
     */
    public record Parsed(RagStatus status, String submitted) {
        public static final Parsed NOT_RATED = new Parsed(null, null);

        public String statusName() {
            return status == null ? null : status.name();
        }
    }

    /** Parses a submitted status; blank means not rated; empty result when the word is not a status. */
    public static Optional<Parsed> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(Parsed.NOT_RATED);
        }
        if (raw.equals(ALIAS_YELLOW)) {
            return Optional.of(new Parsed(AMBER, ALIAS_YELLOW));
        }
        for (RagStatus s : values()) {
            if (s.name().equals(raw)) {
                return Optional.of(new Parsed(s, null));
            }
        }
        return Optional.empty();
    }
}
