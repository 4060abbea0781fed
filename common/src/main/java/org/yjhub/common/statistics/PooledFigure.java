package org.yjhub.common.statistics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A comparator's figure (national or regional) pooled over the teams that reported: Σ numerators × multiplier ÷
 * Σ denominators ({@link org.yjhub.common.indicator.Rates#pooled}) with its intervals, and how much of the comparator
 * it covers.
 *
 * @param estimate             the pooled value and its 95% and 99.8% intervals (no value when no team reported)
 * @param teams                teams whose numerator and denominator are both present (the teams pooled)
 * @param teamsInComparator    teams the comparator area has (every team in England and Wales, or in the region)
 * @param coverage             teams ÷ teamsInComparator, between 0 and 1, full precision
 * @param complete             every team of the comparator is in the figure
 * @param meetsMinimumCoverage coverage is at least the {@link PoolingRule}'s minimum; when false the figure must be
 *                             shown as "the teams that reported", never as the national (or regional) figure
 */
public record PooledFigure(Estimate estimate, int teams, int teamsInComparator, BigDecimal coverage, boolean complete,
                           boolean meetsMinimumCoverage) {

    public PooledFigure {
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(coverage, "coverage");
    }

    /** The pooled value at full precision, or null when no team reported. */
    public BigDecimal value() {
        return estimate.value();
    }
}
