package org.yjhub.gateway.readmodel;

import org.yjhub.common.period.FinancialYear;
import org.yjhub.common.period.Quarter;
import org.yjhub.gateway.readmodel.Change.TargetsChange;
import org.yjhub.gateway.repository.Rows.TargetRow;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The snapshot's maps with one change applied: new immutable maps that share every entry the change leaves alone. */
final class SnapshotMaps {

    private SnapshotMaps() {
    }

    static Map<String, Map<FinancialYear, Map<String, BigDecimal>>> withTargets(
            Map<String, Map<FinancialYear, Map<String, BigDecimal>>> current, TargetsChange t) {
        Map<FinancialYear, Map<String, BigDecimal>> byYear = new HashMap<>(current.getOrDefault(t.team(), Map.of()));
        Map<String, BigDecimal> byIndicator = new HashMap<>();
        for (TargetRow row : t.targets()) {
            byIndicator.put(row.indicator(), row.value());
        }
        if (byIndicator.isEmpty()) {
            byYear.remove(t.year());
        } else {
            byYear.put(t.year(), Collections.unmodifiableMap(byIndicator));
        }
        Map<String, Map<FinancialYear, Map<String, BigDecimal>>> next = new HashMap<>(current);
        if (byYear.isEmpty()) {
            next.remove(t.team());
        } else {
            next.put(t.team(), Collections.unmodifiableMap(byYear));
        }
        return Collections.unmodifiableMap(next);
    }

    static <T> Map<String, NavigableMap<FinancialYear, T>> withYear(
            Map<String, NavigableMap<FinancialYear, T>> current, String team, FinancialYear year, T row) {
        NavigableMap<FinancialYear, T> byYear = new TreeMap<>(current.getOrDefault(team, Collections.emptyNavigableMap()));
        byYear.put(year, row);
        Map<String, NavigableMap<FinancialYear, T>> next = new HashMap<>(current);
        next.put(team, Collections.unmodifiableNavigableMap(byYear));
        return Collections.unmodifiableMap(next);
    }

    static Quarter newestQuarter(Map<String, NavigableMap<Quarter, Comparison>> comparisons) {
        Quarter newest = null;
        for (NavigableMap<Quarter, Comparison> byQuarter : comparisons.values()) {
            if (!byQuarter.isEmpty() && (newest == null || byQuarter.lastKey().compareTo(newest) > 0)) {
                newest = byQuarter.lastKey();
            }
        }
        return newest;
    }
}
