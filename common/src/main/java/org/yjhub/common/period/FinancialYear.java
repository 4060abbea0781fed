package org.yjhub.common.period;

import org.yjhub.common.bounds.Bounds;
import org.yjhub.common.text.PlainText;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English/Welsh financial year: {@code 2019-20} runs from 1 April 2019 to 31 March 2020.
 * The only place where a year is parsed or formatted.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern FORMAT = Pattern.compile(Bounds.FINANCIAL_YEAR);
    public static final int MIN_START_YEAR = 1990;
    public static final int MAX_START_YEAR = 2199;

    public FinancialYear {
        if (startYear < MIN_START_YEAR || startYear > MAX_START_YEAR) {
            throw new PeriodFormatException("financial year must start between " + MIN_START_YEAR + " and " + MAX_START_YEAR);
        }
    }

    /** Parses {@code 2019-20}; the second part must be the year after the first. */
    public static FinancialYear parse(String text) {
        if (text == null) {
            throw new PeriodFormatException("financial year is missing; expected a year such as 2019-20");
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new PeriodFormatException("'" + PlainText.abbreviate(text) + "' is not a financial year; expected the form 2019-20");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if ((start + 1) % 100 != end) {
            throw new PeriodFormatException("'" + text + "' is not a financial year: " + m.group(2)
                    + " does not follow " + start + "; expected " + start + "-" + String.format("%02d", (start + 1) % 100));
        }
        return new FinancialYear(start);
    }

    /** The financial year that contains the date. */
    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    public Quarter quarter(int number) {
        return new Quarter(this, number);
    }

    /** True when the year has not started on {@code today}. */
    public boolean isFuture(LocalDate today) {
        return firstDay().isAfter(today);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
