package org.yjhub.budget.domain;

import java.util.List;

/** A budget as sent, not yet checked. {@code synthetic} null means false. */
public record BudgetInput(List<ContributionInput> contributions, RawNumber statedTotal, String source, Boolean synthetic) {
}
