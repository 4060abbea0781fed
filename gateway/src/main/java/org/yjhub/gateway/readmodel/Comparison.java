package org.yjhub.gateway.readmodel;

import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.period.Quarter;
import org.yjhub.gateway.domain.Comparisons;
import org.yjhub.gateway.domain.Comparisons.Entry;
import org.yjhub.gateway.domain.Comparisons.Row;
import org.yjhub.gateway.domain.Pooled;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One indicator and quarter, precomputed: every team's value ranked nationally, the national and regional pooled
 * figures. Immutable; a change of any team's value for the quarter builds a new one.
 */
public final class Comparison {

    private final Indicator indicator;
    private final Quarter quarter;
    private final Comparisons.Result result;
    private final Map<String, Row> byTeam;

    private Comparison(Indicator indicator, Quarter quarter, Comparisons.Result result) {
        this.indicator = indicator;
        this.quarter = quarter;
        this.result = result;
        Map<String, Row> map = new HashMap<>();
        for (Row row : result.rows()) {
            map.put(row.entry().team(), row);
        }
        this.byTeam = Collections.unmodifiableMap(map);
    }

    public static Comparison of(Indicator indicator, Quarter quarter, List<Entry> entries) {
        return new Comparison(indicator, quarter,
                Comparisons.compare(entries, indicator.polarity(), indicator.multiplier()));
    }

    public Indicator indicator() {
        return indicator;
    }

    public Quarter quarter() {
        return quarter;
    }

    /** Rows best first. */
    public List<Row> rows() {
        return result.rows();
    }

    public Row row(String team) {
        return byTeam.get(team);
    }

    public Pooled national() {
        return result.national();
    }

    public Pooled region(String region) {
        return result.region(region);
    }

    /** The entries without the given team's (to replace it). */
    List<Entry> entriesWithout(String team) {
        List<Entry> entries = new ArrayList<>(result.rows().size());
        for (Row row : result.rows()) {
            if (!row.entry().team().equals(team)) {
                entries.add(row.entry());
            }
        }
        return entries;
    }
}
