package org.yjhub.performance.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.common.period.Quarter;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodRulesTest {

    @ParameterizedTest(name = "on {0} a return for {1} is allowed: {2}")
    @CsvSource({
            "2024-06-30, 2024-25-Q1, true",    // the current quarter
            "2024-06-30, 2024-25-Q2, false",   // starts tomorrow
            "2024-07-01, 2024-25-Q2, true",    // its first day
            "2024-07-01, 2024-25-Q3, false",
            "2025-03-31, 2024-25-Q4, true",
            "2025-03-31, 2025-26-Q1, false",   // the next financial year
            "2025-04-01, 2025-26-Q1, true",
            "2024-07-01, 2019-20-Q4, true"     // the past
    })
    void aReturnIsForAQuarterThatHasBegun(LocalDate today, String quarter, boolean allowed) {
        assertThat(PeriodRules.returnQuarterProblem(Quarter.parse(quarter), today).isEmpty()).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "on {0} targets for {1} are allowed: {2}")
    @CsvSource({
            "2024-03-31, 2023-24, true",
            "2024-03-31, 2024-25, true",       // next year: plans are written ahead
            "2024-03-31, 2025-26, false",      // the year after is too far
            "2024-04-01, 2025-26, true",       // a day later it is the next year
            "2024-04-01, 2026-27, false",
            "2024-04-01, 2010-11, true"
    })
    void targetsMayBeSetUpToTheNextFinancialYear(LocalDate today, String year, boolean allowed) {
        assertThat(PeriodRules.targetYearProblem(FinancialYear.parse(year), today).isEmpty()).isEqualTo(allowed);
    }

    @org.junit.jupiter.api.Test
    void theMessagesNameTheLimits() {
        assertThat(PeriodRules.returnQuarterProblem(Quarter.parse("2024-25-Q2"), LocalDate.parse("2024-06-30")))
                .hasValueSatisfying(m -> assertThat(m).contains("2024-07-01").contains("2024-25-Q1"));
        assertThat(PeriodRules.targetYearProblem(FinancialYear.parse("2026-27"), LocalDate.parse("2024-04-01")))
                .hasValueSatisfying(m -> assertThat(m).contains("2025-26").contains("too far ahead"));
    }
}
