package org.yjhub.gateway.readmodel;

import org.yjhub.common.period.FinancialYear;
import org.yjhub.common.period.Quarter;
import org.yjhub.gateway.domain.ComparatorGroup;
import org.yjhub.gateway.domain.Comparisons.Entry;
import org.yjhub.gateway.domain.Comparisons.Row;
import org.yjhub.gateway.repository.Rows.BudgetRow;
import org.yjhub.gateway.repository.Rows.InspectionRow;
import org.yjhub.gateway.repository.Rows.StaffingRow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * The read model as the endpoints see it: immutable, replaced as a whole (copy-on-write) after each applied change.
 * Readers take {@link ReadModel#snapshot()} once per request and never see a half-applied change.
 *
 * @param version     rises by one with every applied change
 * @param dataAsOf    the time of the newest event applied, null before the first
 * @param comparisons indicator → quarter → precomputed comparison
 * @param targets     team → financial year → indicator → target
 * @param inspections team → inspections, newest first (by publication date, else fieldwork date)
 * @param budgets     team → year → budget
 * @param staffing    team → year → staffing
 * @param newestQuarter the newest quarter any team has a value for, null when none
 * @param groups      comparator groups by code
 */
public record Snapshot(long version, Instant dataAsOf,
                       Map<String, NavigableMap<Quarter, Comparison>> comparisons,
                       Map<String, Map<FinancialYear, Map<String, BigDecimal>>> targets,
                       Map<String, List<InspectionRow>> inspections,
                       Map<String, NavigableMap<FinancialYear, BudgetRow>> budgets,
                       Map<String, NavigableMap<FinancialYear, StaffingRow>> staffing,
                       Quarter newestQuarter, Map<String, ComparatorGroup> groups) {

    static Snapshot empty() {
        return new Snapshot(0, null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), null, Map.of());
    }

    /** The group with this code, or null. */
    public ComparatorGroup group(String code) {
        return groups.get(code);
    }

    public Optional<Comparison> comparison(String indicator, Quarter quarter) {
        NavigableMap<Quarter, Comparison> byQuarter = comparisons.get(indicator);
        return Optional.ofNullable(byQuarter == null ? null : byQuarter.get(quarter));
    }

    /** Every quarter of one indicator, oldest first (empty when none). */
    public NavigableMap<Quarter, Comparison> quarters(String indicator) {
        NavigableMap<Quarter, Comparison> byQuarter = comparisons.get(indicator);
        return byQuarter == null ? java.util.Collections.emptyNavigableMap() : byQuarter;
    }

    /** One team's rows for an indicator by quarter (a series). */
    public NavigableMap<Quarter, Row> series(String indicator, String team) {
        NavigableMap<Quarter, Row> rows = new java.util.TreeMap<>();
        quarters(indicator).forEach((quarter, c) -> {
            Row row = c.row(team);
            if (row != null) {
                rows.put(quarter, row);
            }
        });
        return rows;
    }

    /** One team's value for an indicator and quarter, or null; reads no comparison's statistics (a trend needs none). */
    public Entry entry(String indicator, Quarter quarter, String team) {
        Comparison c = quarters(indicator).get(quarter);
        return c == null ? null : c.entry(team);
    }

    public boolean hasQuarter(Quarter quarter) {
        for (NavigableMap<Quarter, Comparison> byQuarter : comparisons.values()) {
            if (byQuarter.containsKey(quarter)) {
                return true;
            }
        }
        return false;
    }

    public List<InspectionRow> inspections(String team) {
        return inspections.getOrDefault(team, List.of());
    }

    public BigDecimal target(String team, FinancialYear year, String indicator) {
        Map<FinancialYear, Map<String, BigDecimal>> byYear = targets.get(team);
        Map<String, BigDecimal> byIndicator = byYear == null ? null : byYear.get(year);
        return byIndicator == null ? null : byIndicator.get(indicator);
    }

    public BudgetRow newestBudget(String team) {
        NavigableMap<FinancialYear, BudgetRow> byYear = budgets.get(team);
        return byYear == null || byYear.isEmpty() ? null : byYear.lastEntry().getValue();
    }

    public StaffingRow newestStaffing(String team) {
        NavigableMap<FinancialYear, StaffingRow> byYear = staffing.get(team);
        return byYear == null || byYear.isEmpty() ? null : byYear.lastEntry().getValue();
    }
}
