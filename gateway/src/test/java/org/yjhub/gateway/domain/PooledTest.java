package org.yjhub.gateway.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PooledTest {

    private static BigDecimal[] pair(long numerator, long denominator) {
        return new BigDecimal[]{BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator)};
    }

    @Test
    void poolsNumeratorsAndDenominatorsNotRates() {
        // team rates 10% (1/10) and 50% (50/100): the mean of rates would be 30%, the pooled rate is 51/110 = 46.36%
        Pooled p = Pooled.of(List.of(pair(1, 10), pair(50, 100)), 0, BigDecimal.valueOf(100));
        assertThat(p.numerator()).isEqualByComparingTo("51");
        assertThat(p.denominator()).isEqualByComparingTo("110");
        assertThat(p.teams()).isEqualTo(2);
        assertThat(p.rate()).isEqualByComparingTo("46.363636363636363636");
        assertThat(p.rate()).isNotEqualByComparingTo("30");
    }

    @Test
    void appliesTheMultiplier() {
        // custody: 5 + 4 sentences over 19,230 + 10,000 children, per 1,000
        Pooled p = Pooled.of(List.of(pair(5, 19230), pair(4, 10000)), 0, BigDecimal.valueOf(1000));
        assertThat(p.rate()).isEqualByComparingTo(new BigDecimal(9000).divide(new BigDecimal(29230), org.yjhub.common.indicator.Rates.PRECISION));
        assertThat(org.yjhub.common.indicator.Rates.display(p.rate())).isEqualByComparingTo("0.31");
    }

    @Test
    void oneTeamPoolsToItsOwnRate() {
        Pooled p = Pooled.of(List.<BigDecimal[]>of(pair(5, 19230)), 0, BigDecimal.valueOf(1000));
        assertThat(org.yjhub.common.indicator.Rates.display(p.rate())).isEqualByComparingTo("0.26");
        assertThat(p.teams()).isEqualTo(1);
    }

    @Test
    void anEmptyGroupHasNoRate() {
        Pooled p = Pooled.of(List.of(), 0, BigDecimal.valueOf(100));
        assertThat(p.rate()).isNull();
        assertThat(p.teams()).isZero();
        assertThat(p.numerator()).isEqualByComparingTo("0");
        assertThat(p.syntheticTeams()).isZero();
        assertThat(Pooled.EMPTY.rate()).isNull();
        assertThat(Pooled.EMPTY.syntheticTeams()).isZero();
    }

    @Test
    void countsTheSyntheticTeamsPooledWithoutChangingTheFigure() {
        Pooled real = Pooled.of(List.of(pair(1, 10), pair(50, 100)), 0, BigDecimal.valueOf(100));
        Pooled mixed = Pooled.of(List.of(pair(1, 10), pair(50, 100)), 1, BigDecimal.valueOf(100));
        assertThat(real.syntheticTeams()).isZero();
        assertThat(mixed.syntheticTeams()).isEqualTo(1);
        assertThat(mixed.rate()).isEqualByComparingTo(real.rate());
        assertThat(mixed.teams()).isEqualTo(2);
        assertThat(Pooled.of(List.of(pair(1, 10), pair(50, 100)), 2, BigDecimal.valueOf(100)).syntheticTeams())
                .isEqualTo(2);
    }

    @Test
    void moreSyntheticTeamsThanTeamsIsRefused() {
        assertThatThrownBy(() -> Pooled.of(List.<BigDecimal[]>of(pair(1, 10)), 2, BigDecimal.valueOf(100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("syntheticTeams");
        assertThatThrownBy(() -> Pooled.of(List.<BigDecimal[]>of(pair(1, 10)), -1, BigDecimal.valueOf(100)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
