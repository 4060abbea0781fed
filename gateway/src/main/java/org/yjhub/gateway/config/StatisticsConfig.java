package org.yjhub.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/**
 * The statistical rules of the read views (docs/statistics.md explains each). The defaults are a starting point:
 * the minimum coverage in particular is for the analysts who publish the figures to set.
 */
@ConfigMapping(prefix = "yj.statistics")
public interface StatisticsConfig {

    /**
     * The least share (0 to 1) of a comparator's teams that must have reported before its pooled figure is called the
     * comparator's (England and Wales, a region…) rather than "the teams that reported".
     */
    @WithDefault("0.75")
    BigDecimal minimumCoverage();

    /** A value whose numerator is below this is a low count (flagged; suppressed for publication). */
    @WithDefault("5")
    int lowCountThreshold();

    /** Quartiles need at least this many teams with a value (at least 4). */
    @WithDefault("8")
    int minimumTeamsForQuartiles();
}
