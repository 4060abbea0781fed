package org.yjhub.common.events.budget;

import java.time.Instant;
import java.util.List;

/**
 * {@code yjhub.budget.budget-submitted.v1}: a team's partner contributions for a financial year, whole pounds, with
 * the computed totals, as of {@code revision}. Aggregate type {@link #AGGREGATE}, id {@code team/year}.
 * {@code previousYearTotal} is the previous year's total when one is held, else null.
 */
public record BudgetSubmitted(String team, String year, long revision, List<Contribution> contributions,
                              long staffTotal, long delegatedTotal, long total, Long previousYearTotal,
                              Instant submittedAt, String submittedBy, String source, boolean synthetic) {

    public static final String AGGREGATE = "budget";
    public static final String TYPE = "yjhub.budget.budget-submitted.v1";

    /** {@code partner}: POLICE, PCC, PROBATION, HEALTH, LOCAL_AUTHORITY, YJB or OTHER (with a description). */
    public record Contribution(String partner, String description, long staff, long delegated, long total,
                               Long previousYearTotal) {
    }

    public static String aggregateId(String team, String year) {
        return team + "/" + year;
    }
}
