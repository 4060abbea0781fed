package org.yjhub.common.period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuarterTest {

    @Test
    void parsesAndFormats() {
        Quarter q = Quarter.parse("2019-20-Q4");
        assertThat(q.year()).isEqualTo(new FinancialYear(2019));
        assertThat(q.number()).isEqualTo(4);
        assertThat(q.toString()).isEqualTo("2019-20-Q4");
        assertThat(q.firstDay()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2020, 3, 31));
    }

    @Test
    void q1IsAprilToJune() {
        Quarter q = Quarter.parse("2019-20-Q1");
        assertThat(q.firstDay()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2019, 6, 30));
    }

    @Test
    void centuryBoundary() {
        assertThat(FinancialYear.parse("1999-00").startYear()).isEqualTo(1999);
        assertThat(FinancialYear.parse("1999-00").lastDay()).isEqualTo(LocalDate.of(2000, 3, 31));
    }

    @Test
    void previousAndNextCrossYears() {
        assertThat(Quarter.parse("2020-21-Q1").previous()).isEqualTo(Quarter.parse("2019-20-Q4"));
        assertThat(Quarter.parse("2019-20-Q4").next()).isEqualTo(Quarter.parse("2020-21-Q1"));
    }

    @Test
    void containingDates() {
        assertThat(Quarter.containing(LocalDate.of(2020, 3, 31))).hasToString("2019-20-Q4");
        assertThat(Quarter.containing(LocalDate.of(2020, 4, 1))).hasToString("2020-21-Q1");
        assertThat(Quarter.containing(LocalDate.of(2020, 12, 31))).hasToString("2020-21-Q3");
        assertThat(FinancialYear.containing(LocalDate.of(2021, 1, 15))).hasToString("2020-21");
    }

    @Test
    void futureMeansNotYetStarted() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(Quarter.parse("2026-27-Q3").isFuture(today)).isFalse();
        assertThat(Quarter.parse("2026-27-Q4").isFuture(today)).isTrue();
        assertThat(Quarter.parse("2026-27-Q4").isFuture(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(FinancialYear.parse("2027-28").isFuture(today)).isTrue();
    }

    @Test
    void ordering() {
        assertThat(Quarter.parse("2019-20-Q4")).isLessThan(Quarter.parse("2020-21-Q1"));
        assertThat(Quarter.parse("2019-20-Q2")).isGreaterThan(Quarter.parse("2019-20-Q1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2019", "2019-21-Q1", "2019-20-Q5", "2019-20-Q0", "2019-20Q1", "2019/20-Q1",
            "2019-20-q1", " 2019-20-Q1", "2019-20-Q1 ", "../etc", "2019-20-Q1\u0000", "0000-01-Q1", "9999-00-Q1"})
    void rejectsMalformedQuarters(String text) {
        assertThatThrownBy(() -> Quarter.parse(text)).isInstanceOf(PeriodFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-21", "2019", "19-20", "2019-2020", "2019-20-Q1"})
    void rejectsMalformedYears(String text) {
        assertThatThrownBy(() -> FinancialYear.parse(text)).isInstanceOf(PeriodFormatException.class);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Quarter.parse(null)).isInstanceOf(PeriodFormatException.class);
        assertThatThrownBy(() -> FinancialYear.parse(null)).isInstanceOf(PeriodFormatException.class);
    }
}
