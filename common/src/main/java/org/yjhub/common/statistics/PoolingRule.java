package org.yjhub.common.statistics;

import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.Rates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Pools the teams of a comparator (all of England and Wales, or a region) into one figure with its intervals and
 * coverage. {@code minimumCoverage} (a share between 0 and 1) is the least share of the comparator's teams that must
 * have reported before the figure may be called the national (or regional) figure; it is configuration, not a
 * constant of this class.
 */
public record PoolingRule(BigDecimal minimumCoverage) {

    public PoolingRule {
        Objects.requireNonNull(minimumCoverage, "minimumCoverage");
        if (minimumCoverage.signum() < 0 || minimumCoverage.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("minimumCoverage " + minimumCoverage + " is not between 0 and 1");
        }
    }

    /**
     * @param teams             one observation per team of the comparator that has a row; an observation without a
     *                          numerator or a positive denominator is left out of the figure and of {@code teams}
     * @param teamsInComparator how many teams the comparator area has (at least 1, at least the teams pooled)
     */
    public PooledFigure pool(Indicator indicator, Collection<Observation> teams, int teamsInComparator) {
        List<BigDecimal[]> pairs = new ArrayList<>(teams.size());
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        for (Observation o : teams) {
            if (o.isComplete()) {
                pairs.add(new BigDecimal[]{o.numerator(), o.denominator()});
                numerator = numerator.add(o.numerator());
                denominator = denominator.add(o.denominator());
            }
        }
        int pooled = pairs.size();
        if (teamsInComparator < 1 || pooled > teamsInComparator) {
            throw new IllegalArgumentException(pooled + " teams pooled but the comparator has " + teamsInComparator);
        }
        Estimate estimate = pooled == 0
                ? new Estimate(numerator, denominator, null, null, null)
                : new Estimate(numerator, denominator, Rates.pooled(pairs, indicator.multiplier()),
                ConfidenceIntervals.of(indicator, numerator, denominator, ConfidenceLevel.NINETY_FIVE).orElseThrow(),
                ConfidenceIntervals.of(indicator, numerator, denominator, ConfidenceLevel.NINETY_NINE_POINT_EIGHT)
                        .orElseThrow());
        BigDecimal coverage = BigDecimal.valueOf(pooled)
                .divide(BigDecimal.valueOf(teamsInComparator), Rates.PRECISION).stripTrailingZeros();
        return new PooledFigure(estimate, pooled, teamsInComparator, coverage, pooled == teamsInComparator,
                pooled > 0 && coverage.compareTo(minimumCoverage) >= 0);
    }
}
