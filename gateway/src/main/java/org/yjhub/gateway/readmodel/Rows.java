package org.yjhub.gateway.readmodel;

import org.yjhub.common.period.FinancialYear;
import org.yjhub.common.period.Quarter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The read model's rows, the same whether they come from an event (live) or from the tables (at start-up and after a
 * rebuild), so both paths build the same in-memory snapshot.
 */
public final class Rows {

    private Rows() {
    }

    /** One indicator of a team's latest return for a quarter; {@code rate} is the service's full-precision rate. */
    public record ValueRow(String team, Quarter quarter, String indicator, BigDecimal numerator, BigDecimal denominator,
                           BigDecimal rate) {
    }

    public record TargetRow(String team, FinancialYear year, String indicator, BigDecimal value) {
    }

    /**
     * An inspection summary; {@code openActions} counts the actions whose status is not COMPLETE. Ratings are kept in
     * key order (1.1, 1.2, …), the same whatever order the event or the database gave them in. {@code publishedPrecision}
     * is DAY, or MONTH for a historical record known only to the month (then the date is the month's first day).
     */
    public record InspectionRow(String id, String team, String framework, LocalDate publishedOn,
                                String publishedPrecision, String overall, Integer score, Map<String, String> ratings,
                                int actions, int openActions) {

        public InspectionRow {
            ratings = ratings == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(ratings));
        }
    }

    public record ContributionRow(String partner, String description, long staff, long delegated, long total) {
    }

    public record BudgetRow(String team, FinancialYear year, long staffTotal, long delegatedTotal, long total,
                            Long previousYearTotal, List<ContributionRow> contributions) {
    }

    public record StaffingRow(String team, FinancialYear year, BigDecimal totalFte) {
    }
}
