package org.yjhub.budget.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yjhub.budget.domain.Seeds.budget;
import static org.yjhub.budget.domain.Seeds.line;

class YearOnYearTest {

    private final BudgetContent miltonKeynes = BudgetRules.check(budget(Seeds.miltonKeynes(), null));

    @Test
    void comparesEachPartnerAndTheWhole() {
        // A made-up previous year: police 50,000; health 60,000 (all delegated); LA 609,347; one OTHER line; no YJB.
        BudgetContent previous = BudgetRules.check(budget(List.of(
                line("POLICE", null, 50_000, 0),
                line("HEALTH", null, 0, 60_000),
                line("LOCAL_AUTHORITY", null, 0, 609_347),
                line("OTHER", "strengthening families", 0, 80_000),
                line("PROBATION", null, 0, 0)), null));

        YearOnYear yoy = YearOnYear.compare(miltonKeynes, previous);

        assertThat(yoy.overall()).isEqualTo(new Change(799_347, 435_410, new BigDecimal("54.47")));
        assertThat(yoy.line(0)).isEqualTo(new Change(50_000, 4_015, new BigDecimal("8.03")));
        assertThat(yoy.line(1)).as("PCC is new").isNull();
        assertThat(yoy.line(2)).as("from zero: no percentage").isEqualTo(new Change(0, 29_776, null));
        assertThat(yoy.line(3)).as("a partner's total, staff and delegated together")
                .isEqualTo(new Change(60_000, 3_687, new BigDecimal("6.15")));
        assertThat(yoy.line(4)).isEqualTo(new Change(609_347, 0, new BigDecimal("0.00")));
        assertThat(yoy.line(5)).as("YJB absent last year").isNull();
        assertThat(yoy.line(6)).as("a different OTHER").isNull();
        assertThat(yoy.line(7)).as("OTHER matched by description, case-insensitive")
                .isEqualTo(new Change(80_000, -10_000, new BigDecimal("-12.50")));
    }

    @Test
    void sameBudgetHasNoChange() {
        YearOnYear yoy = YearOnYear.compare(miltonKeynes, miltonKeynes);
        assertThat(yoy.overall()).isEqualTo(new Change(1_234_757, 0, new BigDecimal("0.00")));
        assertThat(yoy.lines()).allSatisfy(change -> assertThat(change.change()).isZero());
    }

    @Test
    void fallFromMiltonKeynesToMedwaySizedBudget() {
        BudgetContent medway = BudgetRules.check(budget(Seeds.medway(), null));
        YearOnYear yoy = YearOnYear.compare(medway, miltonKeynes);
        assertThat(yoy.overall()).isEqualTo(new Change(1_234_757, -623_168, new BigDecimal("-50.47")));
        assertThat(yoy.line(4)).as("YJB 268,311 → 304,366").isEqualTo(new Change(268_311, 36_055, new BigDecimal("13.44")));
    }

    @Test
    void equalComparisonsAreEqual() {
        BudgetContent previous = BudgetRules.check(budget(Seeds.medway(), null));
        assertThat(YearOnYear.compare(miltonKeynes, previous)).isEqualTo(YearOnYear.compare(miltonKeynes, previous));
        BudgetContent other = BudgetRules.check(budget(List.of(line("YJB", null, 0, 1)), null));
        assertThat(YearOnYear.compare(miltonKeynes, previous)).isNotEqualTo(YearOnYear.compare(miltonKeynes, other));
    }
}
