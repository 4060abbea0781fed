package org.yjhub.common.events.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * {@code yjhub.budget.staffing-submitted.v1}: a team's staffing for a financial year: FTE by role and contract type
 * and headcount by category, as of {@code revision}. Aggregate type {@link #AGGREGATE}, id {@code team/year}.
 */
public record StaffingSubmitted(String team, String year, long revision, List<Fte> fte, BigDecimal totalFte,
                                List<Headcount> headcount, Instant submittedAt, String submittedBy, String source,
                                boolean synthetic) {

    public static final String AGGREGATE = "staffing";
    public static final String TYPE = "yjhub.budget.staffing-submitted.v1";

    public record Fte(String role, String contractType, BigDecimal fte) {
    }

    /** {@code dimension} such as gender or ethnicity, {@code category} such as Female, {@code role} optional. */
    public record Headcount(String dimension, String category, String role, int count) {
    }

    public static String aggregateId(String team, String year) {
        return team + "/" + year;
    }
}
