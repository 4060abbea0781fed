package org.yjhub.common.statistics;

import org.yjhub.common.indicator.Polarity;

import java.math.BigDecimal;

/** A team's {@link Significance} against one comparator at both confidence levels. */
public record ComparatorSignificance(Significance at95, Significance at998) {

    public static final ComparatorSignificance NOT_COMPARED =
            new ComparatorSignificance(Significance.NOT_COMPARED, Significance.NOT_COMPARED);

    /**
     * @param comparator the comparator's value (for example {@link PooledFigure#value()}), or null when there is none
     */
    public static ComparatorSignificance of(Estimate team, BigDecimal comparator, Polarity polarity) {
        return new ComparatorSignificance(Significance.of(team.ci95(), comparator, polarity),
                Significance.of(team.ci998(), comparator, polarity));
    }
}
