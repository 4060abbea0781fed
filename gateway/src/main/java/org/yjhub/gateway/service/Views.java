package org.yjhub.gateway.service;

import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.Rates;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.statistics.ComparatorSignificance;
import org.yjhub.common.statistics.ConfidenceInterval;
import org.yjhub.common.statistics.Estimate;
import org.yjhub.common.statistics.Observation;
import org.yjhub.common.statistics.PooledFigure;
import org.yjhub.common.statistics.RecentTrend;
import org.yjhub.common.statistics.RecentTrends;
import org.yjhub.common.statistics.Spine;
import org.yjhub.gateway.domain.Comparisons.AreaFigure;
import org.yjhub.gateway.domain.Comparisons.Entry;
import org.yjhub.gateway.domain.Comparisons.Row;
import org.yjhub.gateway.repository.Rows.InspectionRow;
import org.yjhub.gateway.service.StatisticsModels.Distribution;
import org.yjhub.gateway.service.StatisticsModels.Figures;
import org.yjhub.gateway.service.StatisticsModels.Interval;
import org.yjhub.gateway.service.StatisticsModels.SignificanceLevels;
import org.yjhub.gateway.service.StatisticsModels.Trend;
import org.yjhub.gateway.service.StatisticsModels.ValueStatistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.function.Function;

/** Formatting the read views share: pooled figures, a value's statistics, amounts as written, open actions. */
final class Views {

    private Views() {
    }

    /** A pooled figure; with {@code publication}, a low count is suppressed. Null for no figure. */
    static Figures figures(AreaFigure f, boolean publication) {
        if (f == null) {
            return null;
        }
        PooledFigure p = f.figure();
        Estimate e = p.estimate();
        boolean suppressed = publication && f.lowCount();
        return new Figures(f.area().id(), f.area().code(), f.area().name(),
                suppressed ? null : Rates.display(e.value()), suppressed ? null : plain(e.numerator()),
                plain(e.denominator()), p.teams(), f.syntheticTeams(),
                suppressed ? null : interval(e.ci95()), suppressed ? null : interval(e.ci998()),
                suppressed || e.ci95() == null ? null : e.ci95().method(), p.teamsInComparator(),
                p.coverage().setScale(4, RoundingMode.HALF_UP), p.complete(), p.meetsMinimumCoverage(), label(f),
                f.lowCount(), suppressed, distribution(f.distribution()));
    }

    /** The area's name, or which of its teams the figure counts when they are too few to be called the area's. */
    static String label(AreaFigure f) {
        PooledFigure p = f.figure();
        if (p.meetsMinimumCoverage()) {
            return f.area().name();
        }
        if (p.teams() == 0) {
            return "no team of " + f.area().name() + " has reported";
        }
        return "the " + p.teams() + " of " + p.teamsInComparator() + " teams of " + f.area().name() + " that reported";
    }

    /**
     * A value's statistics against its comparator's figure; with {@code suppressed}, the intervals and significance
     * are left out (the low count itself is said).
     */
    static ValueStatistics statistics(Row row, Indicator indicator, AreaFigure comparator, boolean suppressed) {
        Estimate e = row.estimate();
        BigDecimal comparatorRate = comparator == null ? null : Rates.display(comparator.figure().value());
        String area = comparator == null ? null : comparator.area().id();
        if (suppressed) {
            return new ValueStatistics(null, null, null, true, area, comparatorRate, null);
        }
        ComparatorSignificance s = row.against(comparator, indicator);
        return new ValueStatistics(interval(e.ci95()), interval(e.ci998()), e.ci95() == null ? null : e.ci95().method(),
                row.lowCount(), area, comparatorRate, new SignificanceLevels(s.at95(), s.at998()));
    }

    static Interval interval(ConfidenceInterval ci) {
        return ci == null ? null : new Interval(ci.displayLower(), ci.displayUpper());
    }

    static Distribution distribution(Spine s) {
        return s == null ? null : new Distribution(s.teams(), s.lowest(), s.percentile25(), s.median(),
                s.percentile75(), s.highest());
    }

    /**
     * The recent trend of a team's series at {@code end}: the {@link RecentTrends#POINTS} points ending there, each
     * {@link Indicator#trendStepQuarters()} apart (the same quarter of five years for a rolling 12 months, five
     * consecutive quarters otherwise), so that no two share data. A missing point leaves fewer than five. Only the
     * team's values are read ({@code values}: its entry for a quarter, or null), not their comparisons' statistics.
     */
    static Trend trend(RecentTrends trends, Indicator indicator, Function<Quarter, Entry> values, Quarter end) {
        List<Observation> points = new ArrayList<>(RecentTrends.POINTS);
        Quarter quarter = end;
        for (int i = 0; i < RecentTrends.POINTS; i++) {
            Entry entry = values.apply(quarter);
            if (entry == null) {
                break;
            }
            points.add(0, new Observation(entry.numerator(), entry.denominator()));
            for (int step = 0; step < indicator.trendStepQuarters(); step++) {
                quarter = quarter.previous();
            }
        }
        RecentTrend t = trends.assess(indicator, points);
        return new Trend(t.marker(), t.test(), t.pValue(), t.notComputed());
    }

    /** A count or amount as written: no trailing zeros, no exponent ({@code 19230}, {@code 0.8}). */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Improvement-plan actions not COMPLETE across a team's inspections. */
    static int openActions(List<InspectionRow> inspections) {
        int open = 0;
        for (InspectionRow i : inspections) {
            open += i.openActions();
        }
        return open;
    }
}
