package org.yjhub.gateway.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjhub.common.statistics.IntervalMethod;
import org.yjhub.common.statistics.RecentTrend;
import org.yjhub.common.statistics.Significance;
import org.yjhub.common.statistics.TrendMarker;

import java.math.BigDecimal;
import java.util.List;

/**
 * The statistics the read views add to every value, pooled figure and series point (docs/statistics.md gives each
 * method, its formula and a worked example).
 */
public final class StatisticsModels {

    private StatisticsModels() {
    }

    static final String INTERVAL_METHOD = "how the intervals were computed: WILSON (Wilson score, for a percentage), "
            + "EXACT_POISSON (exact Poisson limits from chi-squared quantiles, a rate with a numerator under 10) or BYAR "
            + "(Byar's approximation, a rate with a numerator of 10 or more); null when there is no interval";

    static final String LOW_COUNT = "the numerator is below the low-count threshold (yj.statistics.low-count-threshold, "
            + "5 unless configured): read the value with care; ?disclosure=publication suppresses it";

    static final String SUPPRESSED = "true when ?disclosure=publication suppressed this low count: the numerator, the "
            + "value, its intervals, rank, quartile and significance are null (pooled figures still count it)";

    @Schema(description = "A confidence interval, rounded to 2 decimals for display (significance uses full "
            + "precision); null when there is no value or it was suppressed")
    public record Interval(BigDecimal lower, BigDecimal upper) {
    }

    @Schema(description = "Significance against the comparator, the Fingertips way: the comparator's value outside "
            + "the team's interval makes the team significantly higher or lower; with the indicator's polarity that is "
            + "BETTER or WORSE, without polarity HIGHER or LOWER; else SIMILAR; NOT_COMPARED when either has no value")
    public record SignificanceLevels(@Schema(description = "at 95% confidence") Significance at95,
                                     @Schema(description = "at 99.8% confidence") Significance at998) {
    }

    @Schema(description = "The distribution of the comparator's team values (full precision, a spine chart's bar): "
            + "lowest, 25th percentile, median, 75th percentile, highest; percentiles null below 4 teams")
    public record Distribution(int teams, BigDecimal lowest,
                               @Schema(nullable = true) BigDecimal percentile25,
                               @Schema(nullable = true) BigDecimal median,
                               @Schema(nullable = true) BigDecimal percentile75, BigDecimal highest) {
    }

    @Schema(description = "Whether the most recent five points show a significant increase or decrease, by the "
            + "chi-squared test for trend in proportions (a percentage) or a Poisson test for trend in rates, at "
            + "99.8% (the Fingertips method); with polarity, getting better or worse")
    public record Trend(TrendMarker marker,
                        @Schema(nullable = true) RecentTrend.Test test,
                        @Schema(description = "the test's two-sided p-value; null when not computed", nullable = true) Double pValue,
                        @Schema(description = "why no trend was computed; null when it was", nullable = true) RecentTrend.NotComputed notComputed) {
    }

    @Schema(description = "A pooled figure: rate = Σ numerators × multiplier ÷ Σ denominators over the teams of the "
            + "comparator area that reported, with its intervals and how much of the area it covers")
    public record Figures(@Schema(description = "the comparator area: england-and-wales, england, wales, "
                                  + "region:{region}, type:{type} or group:{code}", example = "england-and-wales") String comparator,
                          @Schema(description = "the area's code (a region's slug, a type, a group's code)", example = "south-east") String code,
                          @Schema(example = "South East") String name,
                          @Schema(description = "pooled rate, 2 dp; null when no team has a value or it was suppressed", nullable = true) BigDecimal rate,
                          @Schema(nullable = true) BigDecimal numerator, BigDecimal denominator,
                          @Schema(description = "teams with a value") int teams,
                          @Schema(description = AggregateModels.SYNTHETIC_TEAMS) int syntheticTeams,
                          @Schema(nullable = true) Interval ci95, @Schema(nullable = true) Interval ci998,
                          @Schema(description = INTERVAL_METHOD, nullable = true) IntervalMethod intervalMethod,
                          @Schema(description = "teams the area holds, reported or not") int teamsInComparator,
                          @Schema(description = "teams ÷ teamsInComparator, 4 dp") BigDecimal coverage,
                          @Schema(description = "every team of the area is in the figure") boolean complete,
                          @Schema(description = "coverage is at least yj.statistics.minimum-coverage (0.75 unless "
                                  + "configured); when false the figure is the reporting teams', not the area's") boolean meetsMinimumCoverage,
                          @Schema(description = "what to call the figure: the area's name, or \"the 12 of 155 teams of "
                                  + "England and Wales that reported\" below the minimum coverage") String label,
                          @Schema(description = LOW_COUNT) boolean lowCount,
                          @Schema(description = SUPPRESSED) boolean suppressed,
                          @Schema(nullable = true) Distribution distribution) {
    }

    @Schema(description = "A value's intervals, low-count flag and significance against its comparator")
    public record ValueStatistics(@Schema(description = "95% confidence interval", nullable = true) Interval ci95,
                                  @Schema(description = "99.8% confidence interval", nullable = true) Interval ci998,
                                  @Schema(description = INTERVAL_METHOD, nullable = true) IntervalMethod intervalMethod,
                                  @Schema(description = LOW_COUNT) boolean lowCount,
                                  @Schema(description = "the comparator area the value is compared with (the id of one "
                                          + "of the answer's comparator figures); null when the team has none",
                                          nullable = true, example = "england-and-wales") String comparator,
                                  @Schema(description = "the comparator's pooled rate, 2 dp", nullable = true) BigDecimal comparatorRate,
                                  @Schema(nullable = true) SignificanceLevels significance) {
    }

    @Schema(description = "What each team's value is compared with, and the comparator figures used")
    public record ComparatorView(@Schema(description = "as asked: england-and-wales (the default), england, wales, "
                                         + "region (each team's own), type (each team's own authority type) or group:{code}",
                                         example = "england-and-wales") String comparator,
                                 @Schema(description = "one figure per area the rows are compared with") List<Figures> figures) {
    }
}
