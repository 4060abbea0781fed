package org.yjhub.common.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ActionTargetsTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 9, 9);

    @Test
    void anOpenActionIsOverdueFromTheDayAfterItsTargetDate() {
        assertThat(ActionTargets.overdue(TODAY.minusDays(1), false, TODAY)).isTrue();
        assertThat(ActionTargets.overdue(TODAY, false, TODAY)).isFalse();
        assertThat(ActionTargets.overdue(TODAY.plusDays(1), false, TODAY)).isFalse();
    }

    @Test
    void aCompleteActionOrOneWithoutATargetDateIsNeverOverdue() {
        assertThat(ActionTargets.overdue(TODAY.minusYears(1), true, TODAY)).isFalse();
        assertThat(ActionTargets.overdue(null, false, TODAY)).isFalse();
    }
}
