package org.yjhub.gateway.domain;

import org.yjhub.common.indicator.Polarity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The comparison of every team that has a value for one indicator and quarter: national ranks by polarity, the
 * national pooled figure and one pooled figure per region. Computed once per change of the quarter's values, never
 * per request.
 */
public final class Comparisons {

    private Comparisons() {
    }

    /** One team's value. {@code region} may be null for a team the reference data does not know. */
    public record Entry(String team, String region, BigDecimal numerator, BigDecimal denominator, BigDecimal rate) {
    }

    /** A ranked entry; rank and quartile are null for a context indicator. */
    public record Row(Entry entry, Integer rank, Integer quartile) {
    }

    /** Rows best first (by team code within a tie; by team code alone for a context indicator). */
    public record Result(List<Row> rows, Pooled national, Map<String, Pooled> regions) {

        public Pooled region(String region) {
            return regions.getOrDefault(region, Pooled.EMPTY);
        }
    }

    public static Result compare(List<Entry> entries, Polarity polarity, BigDecimal multiplier) {
        List<Ranking.Ranked<Entry>> ranked = Ranking.rank(entries, Entry::rate, polarity,
                Comparator.comparing(Entry::team));
        List<Row> rows = ranked.stream().map(r -> new Row(r.item(), r.rank(), r.quartile())).toList();

        List<BigDecimal[]> all = new ArrayList<>(entries.size());
        Map<String, List<BigDecimal[]>> byRegion = new TreeMap<>();
        for (Entry e : entries) {
            BigDecimal[] pair = {e.numerator(), e.denominator()};
            all.add(pair);
            if (e.region() != null) {
                byRegion.computeIfAbsent(e.region(), k -> new ArrayList<>()).add(pair);
            }
        }
        Map<String, Pooled> regions = new LinkedHashMap<>();
        byRegion.forEach((region, pairs) -> regions.put(region, Pooled.of(pairs, multiplier)));
        return new Result(rows, Pooled.of(all, multiplier), Map.copyOf(regions));
    }
}
