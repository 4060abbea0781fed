package org.yjhub.common.period;

import org.yjhub.common.bounds.Bounds;
import org.yjhub.common.text.PlainText;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A financial-year quarter: {@code 2019-20-Q1} is April–June 2019, {@code 2019-20-Q4} is January–March 2020.
 * The only place where a quarter is parsed or formatted.
 */
public record Quarter(FinancialYear year, int number) implements Comparable<Quarter> {

    private static final Pattern FORMAT = Pattern.compile(Bounds.QUARTER);

    public Quarter {
        if (year == null) {
            throw new PeriodFormatException("quarter needs a financial year");
        }
        if (number < 1 || number > 4) {
            throw new PeriodFormatException("quarter number must be 1 to 4, not " + number);
        }
    }

    public static Quarter parse(String text) {
        if (text == null) {
            throw new PeriodFormatException("quarter is missing; expected a quarter such as 2019-20-Q4");
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new PeriodFormatException("'" + PlainText.abbreviate(text) + "' is not a quarter; expected the form 2019-20-Q4");
        }
        return new Quarter(FinancialYear.parse(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter containing(LocalDate date) {
        FinancialYear fy = FinancialYear.containing(date);
        int monthsIn = (date.getMonthValue() + 8) % 12; // April = 0
        return new Quarter(fy, monthsIn / 3 + 1);
    }

    public LocalDate firstDay() {
        return year.firstDay().plusMonths(3L * (number - 1));
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year.previous(), 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year.next(), 1) : new Quarter(year, number + 1);
    }

    /** True when the quarter has not started on {@code today}. */
    public boolean isFuture(LocalDate today) {
        return firstDay().isAfter(today);
    }

    @Override
    public int compareTo(Quarter other) {
        int c = year.compareTo(other.year);
        return c != 0 ? c : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
