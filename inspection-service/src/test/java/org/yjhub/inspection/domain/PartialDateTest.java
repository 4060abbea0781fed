package org.yjhub.inspection.domain;

import org.junit.jupiter.api.Test;
import org.yjhub.inspection.domain.PartialDate.Precision;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates as papers give them: to the day, or only to the month. */
class PartialDateTest {

    static PartialDate parsed(String text) {
        return PartialDate.parse(text).orElseThrow(() -> new AssertionError(text + " did not parse"));
    }

    @Test
    void readsAFullDateAsADay() {
        PartialDate d = parsed("2021-08-10");
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 8, 10));
        assertThat(d.precision()).isEqualTo(Precision.DAY);
        assertThat(d.monthOnly()).isFalse();
        assertThat(d).hasToString("2021-08-10");
        assertThat(parsed("2020-02-29").date()).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void readsAYearMonthAsTheMonthsFirstDayWithMonthPrecision() {
        PartialDate d = parsed("2021-08");
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 8, 1));
        assertThat(d.precision()).isEqualTo(Precision.MONTH);
        assertThat(d.month()).isEqualTo(YearMonth.of(2021, 8));
        assertThat(d).hasToString("2021-08").isEqualTo(PartialDate.ofMonth(YearMonth.of(2021, 8)));
        assertThat(parsed("2021-12")).hasToString("2021-12");
        assertThat(parsed("2021-01")).hasToString("2021-01");
    }

    @Test
    void aMonthAndItsFirstDayAreDifferentDates() {
        assertThat(parsed("2021-08")).isNotEqualTo(parsed("2021-08-01"));
        assertThat(parsed("2021-08").date()).isEqualTo(parsed("2021-08-01").date());
    }

    @Test
    void ignoresSurroundingWhiteSpace() {
        assertThat(parsed(" 2021-08 ")).hasToString("2021-08");
        assertThat(parsed("\t2021-08-10\n")).hasToString("2021-08-10");
    }

    @Test
    void refusesEveryOtherForm() {
        for (String bad : new String[]{"2021-13", "2021-00", "2021-8", "2021-08-1", "2021-8-10", "August 2021",
                "Aug 2021", "08/2021", "10/08/2021", "2021-02-30", "2021-02-29", "2021-04-31", "2021-08-00", "2021",
                "202108", "21-08", "2021-08-10T10:00", "+2021-08", "2021/08", "", " ", "2021-08-10 extra"}) {
            assertThat(PartialDate.parse(bad)).as("'%s'", bad).isEmpty();
        }
        assertThat(PartialDate.parse(null)).isEmpty();
    }

    @Test
    void statesBothAcceptedForms() {
        assertThat(PartialDate.FORMS).contains("2021-08-10").contains("2021-08").contains("month");
    }

    @Test
    void aMonthIsItsFirstDay() {
        assertThat(PartialDate.of(LocalDate.of(2021, 8, 1), "MONTH")).isEqualTo(parsed("2021-08"));
        assertThat(PartialDate.of(LocalDate.of(2021, 8, 10), "DAY")).isEqualTo(parsed("2021-08-10"));
        assertThatThrownBy(() -> new PartialDate(LocalDate.of(2021, 8, 2), Precision.MONTH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first day");
        assertThatThrownBy(() -> PartialDate.of(LocalDate.of(2021, 8, 1), "YEAR"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDayIsInTheFutureWhenAfterToday() {
        LocalDate today = LocalDate.of(2024, 6, 15);
        assertThat(parsed("2024-06-15").isFuture(today)).isFalse();
        assertThat(parsed("2024-06-16").isFuture(today)).isTrue();
        assertThat(parsed("2024-06-14").isFuture(today)).isFalse();
    }

    @Test
    void aMonthIsInTheFutureOnlyWhenAfterTheCurrentMonth() {
        assertThat(parsed("2024-06").isFuture(LocalDate.of(2024, 6, 1))).isFalse();
        assertThat(parsed("2024-06").isFuture(LocalDate.of(2024, 6, 30))).isFalse();
        assertThat(parsed("2024-07").isFuture(LocalDate.of(2024, 6, 30))).isTrue();
        assertThat(parsed("2024-07").isFuture(LocalDate.of(2024, 7, 1))).isFalse();
        assertThat(parsed("2025-01").isFuture(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(parsed("2024-05").isFuture(LocalDate.of(2024, 6, 1))).isFalse();
    }

    @Test
    void twoDaysCompareByDay() {
        assertThat(parsed("2021-05-13").isBefore(parsed("2021-05-14"))).isTrue();
        assertThat(parsed("2021-05-14").isBefore(parsed("2021-05-14"))).isFalse();
        assertThat(parsed("2021-05-15").isBefore(parsed("2021-05-14"))).isFalse();
    }

    @Test
    void aMonthComparesWithAnyDateByMonth() {
        // the same month is never "before", whichever day of it the other date is
        assertThat(parsed("2021-05").isBefore(parsed("2021-05-31"))).isFalse();
        assertThat(parsed("2021-05-31").isBefore(parsed("2021-05"))).isFalse();
        assertThat(parsed("2021-05-01").isBefore(parsed("2021-05"))).isFalse();
        assertThat(parsed("2021-05").isBefore(parsed("2021-05"))).isFalse();
        // across months it is the month that counts
        assertThat(parsed("2021-04-30").isBefore(parsed("2021-05"))).isTrue();
        assertThat(parsed("2021-05").isBefore(parsed("2021-06-01"))).isTrue();
        assertThat(parsed("2021-05").isBefore(parsed("2021-04-30"))).isFalse();
        assertThat(parsed("2021-04").isBefore(parsed("2021-05"))).isTrue();
        assertThat(parsed("2020-12").isBefore(parsed("2021-01"))).isTrue();
        assertThat(parsed("2021-01").isBefore(parsed("2020-12"))).isFalse();
    }
}
