package org.yjhub.gateway.domain;

import org.junit.jupiter.api.Test;
import org.yjhub.common.indicator.Polarity;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class TargetsTest {

    private static Boolean met(Polarity p, String rate, String target) {
        return Targets.met(p, rate == null ? null : new BigDecimal(rate), target == null ? null : new BigDecimal(target));
    }

    @Test
    void lowerIsBetterIsMetAtOrBelowTheTarget() {
        assertThat(met(Polarity.LOWER_IS_BETTER, "0.19", "0.2")).isTrue();
        assertThat(met(Polarity.LOWER_IS_BETTER, "0.20", "0.2")).isTrue();
        assertThat(met(Polarity.LOWER_IS_BETTER, "0.21", "0.2")).isFalse();
        // Milton Keynes 2018/19: 0.26 per 1,000 against a target of 0.2 → missed
        assertThat(met(Polarity.LOWER_IS_BETTER, "0.26001560062402496100", "0.2")).isFalse();
    }

    @Test
    void higherIsBetterIsMetAtOrAboveTheTarget() {
        assertThat(met(Polarity.HIGHER_IS_BETTER, "75", "75")).isTrue();
        assertThat(met(Polarity.HIGHER_IS_BETTER, "75.01", "75")).isTrue();
        assertThat(met(Polarity.HIGHER_IS_BETTER, "74.99", "75")).isFalse();
    }

    @Test
    void theRateIsComparedAsShownToTwoDecimals() {
        // 0.2049 shows as 0.20: met against 0.2; 0.205 shows as 0.21: missed
        assertThat(met(Polarity.LOWER_IS_BETTER, "0.2049", "0.2")).isTrue();
        assertThat(met(Polarity.LOWER_IS_BETTER, "0.205", "0.2")).isFalse();
        assertThat(met(Polarity.HIGHER_IS_BETTER, "74.995", "75")).isTrue();
        assertThat(met(Polarity.HIGHER_IS_BETTER, "74.994", "75")).isFalse();
    }

    @Test
    void noVerdictWithoutATargetARateOrADirection() {
        assertThat(met(Polarity.LOWER_IS_BETTER, "1", null)).isNull();
        assertThat(met(Polarity.LOWER_IS_BETTER, null, "1")).isNull();
        assertThat(met(Polarity.NONE, "1", "2")).isNull();
        assertThat(met(null, "1", "2")).isNull();
    }
}
