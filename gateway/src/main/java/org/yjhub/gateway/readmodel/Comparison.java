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
 * One indicator and quarter: every team's value with its intervals, ranked nationally, and the pooled figure of every
 * fixed comparator area (England and Wales, each nation, region and authority type). Immutable; a change of any team's
 * value for the quarter builds a new one. The statistics of a loaded comparison are computed when first asked for,
 * once: at start-up the read model holds hundreds of comparisons (every indicator and quarter of ten years) of which
 * few are read soon. One built by a change is computed as it is applied ({@link #prepared()}), and the change reads
 * the old one's entries without computing it. A group's figure is pooled when asked
 * for, since groups change apart from the values (the answers that use it are kept by the response cache).
 */
public final class Comparison {

    private final Indicator indicator;
    private final Quarter quarter;
    private final StatisticsRules rules;
    private final List<Area> fixedAreas;
    private final List<Entry> entries;
    private volatile Computed computed;

    /** The statistics, with each team's row by its code. */
    private record Computed(Comparisons.Result result, Map<String, Row> byTeam) {
    }

    private Comparison(Indicator indicator, Quarter quarter, List<Entry> entries, StatisticsRules rules,
                       List<Area> fixedAreas) {
        this.indicator = indicator;
        this.quarter = quarter;
        this.rules = rules;
        this.fixedAreas = fixedAreas;
        this.entries = List.copyOf(entries);
    }

    /** The comparison of these entries (one per team), computed when first read. */
    public static Comparison of(Indicator indicator, Quarter quarter, List<Entry> entries, StatisticsRules rules,
                                List<Area> fixedAreas) {
        return new Comparison(indicator, quarter, entries, rules, fixedAreas);
    }

    public Indicator indicator() {
        return indicator;
    }

    public Quarter quarter() {
        return quarter;
    }

    /** Rows best first. */
    public List<Row> rows() {
        return computed().result().rows();
    }

    public Row row(String team) {
        return computed().byTeam().get(team);
    }

    /** Whether the team has a value here, without computing the statistics. */
    boolean holds(String team) {
        return entry(team) != null;
    }

    /** The team's value, or null, without computing the statistics. */
    public Entry entry(String team) {
        for (Entry entry : entries) {
            if (entry.team().equals(team)) {
                return entry;
            }
        }
        return null;
    }

    /** The pooled figure of England and Wales. */
    public AreaFigure national() {
        return computed().result().figures().get(Areas.ENGLAND_AND_WALES);
    }

    /** The area's pooled figure: precomputed for a fixed area, pooled now for a group; null for an empty area. */
    public AreaFigure figure(Area area) {
        if (area == null) {
            return null;
        }
        if (area.kind() != ComparatorChoice.Kind.GROUP) {
            AreaFigure fixed = computed().result().figures().get(area.id());
            if (fixed != null) {
                return fixed;
            }
        }
        return Comparisons.figure(indicator, rows(), area, rules);
    }

    /** The entries without the given team's (to replace it), without computing the statistics. */
    List<Entry> entriesWithout(String team) {
        List<Entry> without = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            if (!entry.team().equals(team)) {
                without.add(entry);
            }
        }
        return without;
    }

    /** This comparison with its statistics computed now rather than on first read. */
    Comparison prepared() {
        computed();
        return this;
    }

    /** Computed once: readers that race here wait for the first, and every later read takes the volatile field. */
    private Computed computed() {
        Computed c = computed;
        if (c == null) {
            synchronized (this) {
                c = computed;
                if (c == null) {
                    Comparisons.Result result = Comparisons.compare(indicator, entries, rules, fixedAreas);
                    Map<String, Row> byTeam = new HashMap<>();
                    for (Row row : result.rows()) {
                        byTeam.put(row.entry().team(), row);
                    }
                    c = new Computed(result, Collections.unmodifiableMap(byTeam));
                    computed = c;
                }
            }
        }
        return c;
    }
}
