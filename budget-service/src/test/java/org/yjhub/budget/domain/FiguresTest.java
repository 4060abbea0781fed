package org.yjhub.budget.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    @ParameterizedTest
    @CsvSource({
            "1234757, '1,234,757'",
            "0, '0'",
            "999, '999'",
            "1000, '1,000'",
            "-11000, '-11,000'",
            "100000000000, '100,000,000,000'"})
    void poundsHaveThousandsSeparators(long amount, String text) {
        assertThat(Figures.pounds(amount)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({
            "1, 3, 33.33",
            "2, 3, 66.67",
            "1, 8, 12.50",
            "1, 32, 3.13",      // 3.125 rounds half-up, not half-even (3.12)
            "-1, 32, -3.13",    // symmetric: away from zero
            "1, 200, 0.50",
            "1, 20000, 0.01",   // 0.005 → 0.01
            "1, 20001, 0.00",   // 0.00499… → 0.00
            "5, 5, 100.00",
            "0, 5, 0.00",
            "-11000, 1234757, -0.89"})
    void percentagesRoundHalfUpToTwoDecimals(long part, long whole, String expected) {
        assertThat(Figures.percentOf(part, whole)).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void noPercentageOfZero() {
        assertThat(Figures.percentOf(5, 0)).isNull();
        assertThat(Figures.percentOf(0, 0)).isNull();
    }

    @Test
    void fteHasTwoDecimals() {
        assertThat(Figures.fte(new BigDecimal("17.46"))).isEqualTo("17.46");
        assertThat(Figures.fte(new BigDecimal("2.3"))).isEqualTo("2.30");
        assertThat(Figures.fte(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
    }
}
