package org.yjhub.inspection.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When something is due, as a plan writes it: {@code text} as written (a date such as {@code 2021-09-30}, a meeting
 * such as "July Strategic Board Agenda Item", or both in words: "30th July 2021 (in place for next recruitment)") and
 * {@code date}, the target's date when it has one. Either may be null, not both.
 */
public record Due(String text, LocalDate date) {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * A due given only as written: when the text is an ISO date, that is also its date.
     *
     * @return the due; empty when the text has the form of an ISO date but is not a real one (2021-02-30)
     */
    public static Optional<Due> parse(String text) {
        if (!looksLikeDate(text)) {
            return Optional.of(new Due(text, null));
        }
        return isoDate(text).map(d -> new Due(text, d));
    }

    /** Whether the text has the form of an ISO date ({@code 2021-09-30}), real or not. */
    public static boolean looksLikeDate(String text) {
        return text != null && ISO_DATE.matcher(text).matches();
    }

    /** The date an ISO date text names; empty for any other text and for impossible dates (2021-02-30). */
    public static Optional<LocalDate> isoDate(String text) {
        if (!looksLikeDate(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
