package org.yjhub.budget.domain;

import org.yjhub.common.period.FinancialYear;

import java.time.Instant;

/** A staffing revision as the API and the events show it. */
public record StaffingSnapshot(String team, FinancialYear year, long revision, StaffingContent content,
                              Instant submittedAt, String submittedBy) {
}
