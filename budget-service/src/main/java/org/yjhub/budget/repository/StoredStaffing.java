package org.yjhub.budget.repository;

import org.yjhub.budget.domain.StaffingContent;
import org.yjhub.common.period.FinancialYear;

import java.time.Instant;

/** A stored staffing revision read back as domain values. */
public record StoredStaffing(String team, FinancialYear year, long revision, StaffingContent content, Instant submittedAt,
                             String submittedBy) {
}
