package org.yjhub.common.period;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Properties of the one parser of periods: every valid period round-trips, anything else is a PeriodFormatException. */
class PeriodPropertiesTest {

    private static final int MIN = FinancialYear.MIN_START_YEAR;
    private static final int MAX = FinancialYear.MAX_START_YEAR;

    @Property
    void everyValidQuarterRoundTrips(@ForAll @IntRange(min = MIN, max = MAX) int startYear,
                                     @ForAll @IntRange(min = 1, max = 4) int number) {
        String text = String.format("%d-%02d-Q%d", startYear, (startYear + 1) % 100, number);

        Quarter parsed = Quarter.parse(text);

        assertThat(parsed.toString()).isEqualTo(text);
        assertThat(parsed).isEqualTo(new Quarter(new FinancialYear(startYear), number));
        assertThat(Quarter.parse(parsed.toString())).isEqualTo(parsed);
    }

    @Property
    void everyValidYearRoundTrips(@ForAll @IntRange(min = MIN, max = MAX) int startYear) {
        String text = String.format("%d-%02d", startYear, (startYear + 1) % 100);

        FinancialYear parsed = FinancialYear.parse(text);

        assertThat(parsed.toString()).isEqualTo(text);
        assertThat(parsed.startYear()).isEqualTo(startYear);
        assertThat(parsed.firstDay()).isEqualTo(LocalDate.of(startYear, 4, 1));
        assertThat(parsed.lastDay()).isEqualTo(LocalDate.of(startYear + 1, 3, 31));
    }

    @Property(tries = 3000)
    void anyStringIsAQuarterInItsOwnFormOrAPeriodFormatException(@ForAll("hostileText") String text) {
        Throwable thrown = catchThrowable(() -> {
            Quarter q = Quarter.parse(text);
            // what parses is canonical: formatting it gives back the very same text
            assertThat(q.toString()).isEqualTo(text);
        });
        assertThat(thrown).satisfiesAnyOf(
                t -> assertThat(t).isNull(),
                t -> assertThat(t).isExactlyInstanceOf(PeriodFormatException.class));
    }

    @Property(tries = 3000)
    void anyStringIsAYearInItsOwnFormOrAPeriodFormatException(@ForAll("hostileText") String text) {
        Throwable thrown = catchThrowable(() -> assertThat(FinancialYear.parse(text).toString()).isEqualTo(text));
        assertThat(thrown).satisfiesAnyOf(
                t -> assertThat(t).isNull(),
                t -> assertThat(t).isExactlyInstanceOf(PeriodFormatException.class));
    }

    @Property
    void errorMessagesStayShortWhateverTheInput(@ForAll("longText") String text) {
        assertThatThrownBy(() -> Quarter.parse(text)).isExactlyInstanceOf(PeriodFormatException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
        assertThatThrownBy(() -> FinancialYear.parse(text)).isExactlyInstanceOf(PeriodFormatException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Property
    void nextAndPreviousAreInversesAndFollowTheCalendar(@ForAll("quarters") Quarter q) {
        if (q.year().startYear() < MAX || q.number() < 4) {
            Quarter next = q.next();
            assertThat(next).isGreaterThan(q);
            assertThat(next.previous()).isEqualTo(q);
            assertThat(next.firstDay()).isEqualTo(q.lastDay().plusDays(1));
        } else {
            assertThatThrownBy(q::next).isExactlyInstanceOf(PeriodFormatException.class);
        }
        if (q.year().startYear() > MIN || q.number() > 1) {
            Quarter previous = q.previous();
            assertThat(previous).isLessThan(q);
            assertThat(previous.next()).isEqualTo(q);
            assertThat(previous.lastDay()).isEqualTo(q.firstDay().minusDays(1));
        } else {
            assertThatThrownBy(q::previous).isExactlyInstanceOf(PeriodFormatException.class);
        }
    }

    @Property
    void orderingIsTheOrderOfTheFirstDaysAndOfTheText(@ForAll("quarters") Quarter a, @ForAll("quarters") Quarter b) {
        int byOrder = Integer.signum(a.compareTo(b));
        assertThat(Integer.signum(a.firstDay().compareTo(b.firstDay()))).isEqualTo(byOrder);
        assertThat(Integer.signum(a.toString().compareTo(b.toString()))).isEqualTo(byOrder);
        assertThat(Integer.signum(b.compareTo(a))).isEqualTo(-byOrder);
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }

    @Property
    void aQuarterContainsItsOwnDaysAndLastsThreeMonths(@ForAll("quarters") Quarter q) {
        assertThat(Quarter.containing(q.firstDay())).isEqualTo(q);
        assertThat(Quarter.containing(q.lastDay())).isEqualTo(q);
        assertThat(q.firstDay().plusMonths(3)).isEqualTo(q.lastDay().plusDays(1));
        assertThat(FinancialYear.containing(q.firstDay())).isEqualTo(q.year());
        assertThat(q.year().quarter(q.number())).isEqualTo(q);
    }

    @Property
    void containingAnyDateGivesTheQuarterAroundIt(@ForAll("datesInRange") LocalDate date) {
        Quarter q = Quarter.containing(date);
        assertThat(q.firstDay()).isBeforeOrEqualTo(date);
        assertThat(q.lastDay()).isAfterOrEqualTo(date);
        FinancialYear fy = FinancialYear.containing(date);
        assertThat(fy).isEqualTo(q.year());
        assertThat(fy.firstDay()).isBeforeOrEqualTo(date);
        assertThat(fy.lastDay()).isAfterOrEqualTo(date);
    }

    @Property
    void aPeriodIsFutureExactlyWhenItHasNotStarted(@ForAll("quarters") Quarter q, @ForAll("datesInRange") LocalDate today) {
        assertThat(q.isFuture(today)).isEqualTo(today.isBefore(q.firstDay()));
        assertThat(q.year().isFuture(today)).isEqualTo(today.isBefore(q.year().firstDay()));
        if (!q.isFuture(today)) {
            assertThat(q).isLessThanOrEqualTo(Quarter.containing(today));
        }
    }

    @Provide
    Arbitrary<Quarter> quarters() {
        return Combinators.combine(Arbitraries.integers().between(MIN, MAX), Arbitraries.integers().between(1, 4))
                .as((year, number) -> new Quarter(new FinancialYear(year), number));
    }

    @Provide
    Arbitrary<LocalDate> datesInRange() {
        return Dates.dates().between(LocalDate.of(MIN, 4, 1), LocalDate.of(MAX + 1, 3, 31));
    }

    /** Random text, period-shaped text and valid periods with one character changed (the near misses). */
    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> periodShaped = Arbitraries.strings()
                .withChars("0123456789-Q q/\u0000\n\r٠١٢३४５\uFF10")
                .ofMaxLength(14);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> valid = quarters().map(Quarter::toString);
        Arbitrary<String> nearMiss = Combinators.combine(valid, Arbitraries.integers().between(0, 9),
                Arbitraries.chars().all()).as(PeriodPropertiesTest::mutate);
        Arbitrary<String> validYear = quarters().map(q -> q.year().toString());
        Arbitrary<String> outOfRange = Arbitraries.integers().between(0, 9999)
                .map(y -> String.format("%04d-%02d", y, (y + 1) % 100));
        return Arbitraries.oneOf(periodShaped, anything, valid, nearMiss, validYear, outOfRange,
                outOfRange.map(y -> y + "-Q1"));
    }

    @Provide
    Arbitrary<String> longText() {
        return Arbitraries.strings().withCharRange('0', '9').withChars('-', 'Q').ofMinLength(41).ofMaxLength(5000);
    }

    private static String mutate(String text, int position, char replacement) {
        int at = Math.min(position, text.length() - 1);
        return switch (position % 3) {
            case 0 -> text.substring(0, at) + replacement + text.substring(at + 1);
            case 1 -> text.substring(0, at) + replacement + text.substring(at);
            default -> text.substring(0, at) + text.substring(at + 1);
        };
    }
}
