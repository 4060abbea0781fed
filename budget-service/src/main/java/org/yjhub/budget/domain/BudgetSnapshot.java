package org.yjhub.budget.domain;

import org.yjhub.common.period.FinancialYear;

import java.time.Instant;

/**
 * A budget revision as the API and the events show it: the content with its year-on-year comparison against the
 * previous year's latest budget ({@code yearOnYear} null when that year has no budget).
 */
public record BudgetSnapshot(String team, FinancialYear year, long revision, BudgetContent content, Instant submittedAt,
                             String submittedBy, FinancialYear previousYear, YearOnYear yearOnYear) {
}
