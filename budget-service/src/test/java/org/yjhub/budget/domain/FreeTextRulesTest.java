package org.yjhub.budget.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The budget rules apply common's plain-text rule to every free-text field and name the field. */
class FreeTextRulesTest {

    @Test
    void controlCharactersInADescriptionOrTheSourceAreReportedOnTheField() {
        var input = new BudgetInput(List.of(new ContributionInput("OTHER", "Strengthening\u0000Families",
                RawNumber.of(1), RawNumber.ABSENT, RawNumber.ABSENT)), RawNumber.ABSENT, "plan\u0001", null);
        var thrown = catchThrowableOfType(InvalidContentException.class, () -> BudgetRules.check(input));
        assertThat(thrown.violations()).extracting(Violation::field).containsExactly("contributions[0].description", "source");
    }
}
