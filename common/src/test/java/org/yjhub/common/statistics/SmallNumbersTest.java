package org.yjhub.common.statistics;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmallNumbersTest {

    @Test
    void aNumeratorBelowFiveIsSmallByDefault() {
        assertThat(SmallNumbers.DEFAULT.threshold()).isEqualTo(5);
        assertThat(SmallNumbers.DEFAULT.isSmall(BigDecimal.ZERO)).isTrue();
        assertThat(SmallNumbers.DEFAULT.isSmall(new BigDecimal("4"))).isTrue();
        assertThat(SmallNumbers.DEFAULT.isSmall(new BigDecimal("4.999"))).isTrue();
        assertThat(SmallNumbers.DEFAULT.isSmall(new BigDecimal("5"))).isFalse();
        assertThat(SmallNumbers.DEFAULT.isSmall(new BigDecimal("5.00"))).isFalse();
        assertThat(SmallNumbers.DEFAULT.isSmall(new BigDecimal("6"))).isFalse();
    }

    @Test
    void theThresholdIsAParameter() {
        SmallNumbers ten = new SmallNumbers(10);
        assertThat(ten.isSmall(new BigDecimal("9"))).isTrue();
        assertThat(ten.isSmall(BigDecimal.TEN)).isFalse();
        assertThat(new SmallNumbers(0).isSmall(BigDecimal.ZERO)).isFalse();
        assertThatThrownBy(() -> new SmallNumbers(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingNumeratorIsNotFlagged() {
        assertThat(SmallNumbers.DEFAULT.isSmall(null)).isFalse();
    }
}
