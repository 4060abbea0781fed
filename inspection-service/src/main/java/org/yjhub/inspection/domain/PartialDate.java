package org.yjhub.inspection.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date as a published paper gives it: to the day ({@code 2021-08-10}) or, when the paper names only the month
 * ("August 2021"), to the month ({@code 2021-08}). Nothing is made up: a month is kept as a month. Its {@link #date()}
 * is then the month's first day (how it is stored and published), and {@link #toString()} gives back the form it
 * was written in.
 *
 * <p>Comparisons between two dates are made at the coarser of their precisions: a day and a month, or two months,
 * compare by month (fieldwork in May 2021 is not after a report published in May 2021); two days compare by day.
 */
public record PartialDate(LocalDate date, Precision precision) {

    /** How much of a date is known. */
    public enum Precision {
        /** the full date */
        DAY,
        /** only the year and month; the date is the month's first day */
        MONTH
    }

    /** The two accepted forms, for messages. */
    public static final String FORMS = "an ISO date such as 2021-08-10 or, when only the month is known, "
            + "a year-month such as 2021-08";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    public PartialDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if (precision == Precision.MONTH && date.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a date known only to the month is its first day, not " + date);
        }
    }

    /** A date known to the day. */
    public static PartialDate ofDay(LocalDate date) {
        return new PartialDate(date, Precision.DAY);
    }

    /** A date known only to the month. */
    public static PartialDate ofMonth(YearMonth month) {
        return new PartialDate(month.atDay(1), Precision.MONTH);
    }

    /**
     * Reads {@code 2021-08-10} (day) or {@code 2021-08} (month), nothing else: no single-digit months or days
     * ({@code 2021-8}), no names ({@code August 2021}), no impossible dates ({@code 2021-02-30}, {@code 2021-13}).
     * Surrounding white space is ignored.
     *
     * @return the date; empty when the text is in neither form (see {@link #FORMS})
     */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            if (ISO_DATE.matcher(s).matches()) {
                return Optional.of(ofDay(LocalDate.parse(s)));
            }
            if (YEAR_MONTH.matcher(s).matches()) {
                return Optional.of(ofMonth(YearMonth.parse(s)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** From its stored form: the date (a month's first day for {@code MONTH}) and the precision's name. */
    public static PartialDate of(LocalDate date, String precision) {
        return new PartialDate(date, Precision.valueOf(precision));
    }

    public YearMonth month() {
        return YearMonth.from(date);
    }

    public boolean monthOnly() {
        return precision == Precision.MONTH;
    }

    /**
     * Whether this date lies after {@code today}: a day after today, or a month after the current month (the current
     * month itself is not in the future).
     */
    public boolean isFuture(LocalDate today) {
        return monthOnly() ? month().isAfter(YearMonth.from(today)) : date.isAfter(today);
    }

    /** Whether this date is before {@code other}, compared at the coarser of the two precisions. */
    public boolean isBefore(PartialDate other) {
        return monthOnly() || other.monthOnly() ? month().isBefore(other.month()) : date.isBefore(other.date);
    }

    /** The form it was written in: {@code 2021-08-10} or {@code 2021-08}. */
    @Override
    public String toString() {
        return monthOnly() ? month().toString() : date.toString();
    }
}
