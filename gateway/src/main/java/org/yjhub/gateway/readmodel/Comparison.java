package org.yjhub.gateway.readmodel;

import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.period.Quarter;
import org.yjhub.gateway.domain.Area;
import org.yjhub.gateway.domain.Areas;
import org.yjhub.gateway.domain.ComparatorChoice;
import org.yjhub.gateway.domain.Comparisons;
import org.yjhub.gateway.domain.Comparisons.AreaFigure;
import org.yjhub.gateway.domain.Comparisons.Entry;
import org.yjhub.gateway.domain.Comparisons.Row;
import org.yjhub.gateway.domain.StatisticsRules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One indicator and quarter, precomputed: every team's value with its intervals, ranked nationally, and the pooled
 * figure of every fixed comparator area (England and Wales, each nation, region and authority type). Immutable; a change
 * of any team's value for the quarter builds a new one. A group's figure is pooled when asked for, since groups change
 * apart from the values (the answers that use it are kept by the response cache).
 */
public final class Comparison {

    private final Indicator indicator;
    private final Quarter quarter;
    private final StatisticsRules rules;
    private final Comparisons.Result result;
    private final Map<String, Row> byTeam;

    private Comparison(Indicator indicator, Quarter quarter, StatisticsRules rules, Comparisons.Result result) {
        this.indicator = indicator;
        this.quarter = quarter;
        this.rules = rules;
        this.result = result;
        Map<String, Row> map = new HashMap<>();
        for (Row row : result.rows()) {
            map.put(row.entry().team(), row);
        }
        this.byTeam = Collections.unmodifiableMap(map);
    }

    public static Comparison of(Indicator indicator, Quarter quarter, List<Entry> entries, StatisticsRules rules,
                                List<Area> fixedAreas) {
        return new Comparison(indicator, quarter, rules, Comparisons.compare(indicator, entries, rules, fixedAreas));
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

    /** The pooled figure of England and Wales. */
    public AreaFigure national() {
        return result.figures().get(Areas.ENGLAND_AND_WALES);
    }

    /** The area's pooled figure: precomputed for a fixed area, pooled now for a group; null for an empty area. */
    public AreaFigure figure(Area area) {
        if (area == null) {
            return null;
        }
        if (area.kind() != ComparatorChoice.Kind.GROUP) {
            AreaFigure fixed = result.figures().get(area.id());
            if (fixed != null) {
                return fixed;
            }
        }
        return Comparisons.figure(indicator, result.rows(), area, rules);
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
