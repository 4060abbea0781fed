package org.yjhub.inspection.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When an action is due: as written ({@code text}: a date such as {@code 2021-09-30} or a meeting such as
 * "July Strategic Board Agenda Item") and, when the text is an ISO date, that date.
 */
public record Due(String text, LocalDate date) {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * @return the due; empty when the text has the form of an ISO date but is not a real one (2021-02-30)
     */
    public static Optional<Due> parse(String text) {
        if (!ISO_DATE.matcher(text).matches()) {
            return Optional.of(new Due(text, null));
        }
        try {
            return Optional.of(new Due(text, LocalDate.parse(text)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
