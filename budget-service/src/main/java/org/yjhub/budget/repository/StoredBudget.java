package org.yjhub.budget.repository;

import org.yjhub.budget.domain.BudgetContent;
import org.yjhub.common.period.FinancialYear;

import java.time.Instant;

/** A stored budget revision read back as domain values. */
public record StoredBudget(String team, FinancialYear year, long revision, BudgetContent content, Instant submittedAt,
                           String submittedBy) {
}
