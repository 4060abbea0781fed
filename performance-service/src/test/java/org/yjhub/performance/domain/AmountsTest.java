package org.yjhub.performance.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class AmountsTest {

    @ParameterizedTest
    @CsvSource({
            "0, true",
            "1, true",
            "0.000001, true",
            "112.123456, true",
            "1000000000000, true",
            "1000000000000.000000, true",
            "5.1000000, true",      // trailing zeros carry no information
            "0.0000001, false",
            "1000000000000.000001, false",
            "-0.000001, false",
            "-1, false"
    })
    void numeratorBoundaries(String amount, boolean acceptable) {
        assertThat(Amounts.problem(new BigDecimal(amount), true) == null).isEqualTo(acceptable);
    }

    @Test
    void theMessagesSayWhy() {
        assertThat(Amounts.problem(null, true)).isEqualTo("is required");
        assertThat(Amounts.problem(new BigDecimal("-1"), true)).contains("negative");
        assertThat(Amounts.problem(BigDecimal.ZERO, false)).contains("above zero");
        assertThat(Amounts.problem(new BigDecimal("0.00"), false)).contains("above zero");
        assertThat(Amounts.problem(new BigDecimal("1E+13"), true)).contains("10^12");
        assertThat(Amounts.problem(new BigDecimal("1.1234567"), true)).contains("6 decimal places");
    }

    @Test
    void zeroIsANumeratorButNotADenominator() {
        assertThat(Amounts.problem(BigDecimal.ZERO, true)).isNull();
        assertThat(Amounts.problem(BigDecimal.ZERO, false)).isNotNull();
    }

    @Test
    void absurdExponentsAreRejectedCheaply() {
        assertThat(Amounts.problem(new BigDecimal("1E+999999999"), true)).contains("10^12");
        assertThat(Amounts.problem(new BigDecimal("1E-999999999"), true)).contains("decimal places");
    }

    @Test
    void normaliseDropsTrailingZerosAndNeverUsesAnExponent() {
        assertThat(Amounts.normalise(new BigDecimal("5.000000")).toString()).isEqualTo("5");
        assertThat(Amounts.normalise(new BigDecimal("100")).toString()).isEqualTo("100");
        assertThat(Amounts.normalise(new BigDecimal("1E+2")).toString()).isEqualTo("100");
        assertThat(Amounts.normalise(new BigDecimal("61.500")).toString()).isEqualTo("61.5");
        assertThat(Amounts.normalise(new BigDecimal("0.000")).toString()).isEqualTo("0");
        assertThat(Amounts.normalise(new BigDecimal("19230")).toString()).isEqualTo("19230");
        assertThat(Amounts.normalise(new BigDecimal("0")).toString()).isEqualTo("0");
        assertThat(Amounts.normalise(new BigDecimal("-0.00")).toString()).isEqualTo("0");
        assertThat(Amounts.normalise(new BigDecimal("5.0E+3")).toString()).isEqualTo("5000");
        assertThat(Amounts.normalise(null)).isNull();
    }

    @Test
    void decimalsCountOnlyPlacesThatCarryInformation() {
        assertThat(Amounts.decimals(new BigDecimal("19230"))).isZero();
        assertThat(Amounts.decimals(new BigDecimal("5E+3"))).isZero();
        assertThat(Amounts.decimals(new BigDecimal("5.000"))).isZero();
        assertThat(Amounts.decimals(new BigDecimal("5.10"))).isEqualTo(1);
        assertThat(Amounts.decimals(new BigDecimal("0.000001"))).isEqualTo(6);
    }
}
