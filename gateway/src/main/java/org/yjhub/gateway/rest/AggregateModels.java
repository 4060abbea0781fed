package org.yjhub.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjhub.common.reference.Team;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The gateway's API models (read side). Rates are shown rounded to two decimals (half up); numerators and
 * denominators as held; pooled figures are Σ numerators × multiplier ÷ Σ denominators.
 */
public final class AggregateModels {

    private AggregateModels() {
    }

    @Schema(description = "A pooled figure: rate = Σ numerators × multiplier ÷ Σ denominators over the teams counted")
    public record Figures(@Schema(description = "pooled rate, 2 dp; null when no team has a value") BigDecimal rate,
                          BigDecimal numerator, BigDecimal denominator,
                          @Schema(description = "teams with a value") int teams) {
    }

    @Schema(description = "A region's pooled figure")
    public record RegionFigures(@Schema(example = "south-east") String code, @Schema(example = "South East") String name,
                                BigDecimal rate, BigDecimal numerator, BigDecimal denominator, int teams) {
    }

    @Schema(description = "One team's value with its national rank (1 = best by polarity, ties share a rank) and "
            + "quartile = ceil(4 × rank ÷ n); rank and quartile are null for a context indicator")
    public record ComparisonRow(String team, String name, String region, BigDecimal rate, BigDecimal numerator,
                                BigDecimal denominator, Integer rank, Integer quartile) {
    }

    @Schema(description = "Every team with a value for the indicator and quarter, sorted by rank")
    public record ComparisonView(@Schema(example = "custody-rate") String indicator, String name,
                                 @Schema(example = "LOWER_IS_BETTER") String polarity, String unit,
                                 @Schema(example = "2019-20-Q4") String quarter, Figures national,
                                 @Schema(description = "null unless ?region= was given") RegionFigures region,
                                 List<ComparisonRow> rows) {
    }

    public record InspectionSummary(String id, String framework, LocalDate publishedOn,
                                    @Schema(description = "DAY, or MONTH when only the month is known (the date is then its first day)") String publishedPrecision,
                                    String overall, Integer score, Map<String, String> ratings) {
    }

    public record PreviousQuarter(String quarter, BigDecimal rate) {
    }

    @Schema(description = "The team's newest quarter for one indicator")
    public record ProfileIndicator(String indicator, String quarter, BigDecimal rate, BigDecimal numerator,
                                   BigDecimal denominator,
                                   @Schema(description = "the previous quarter's rate, null when the team has none") PreviousQuarter previous,
                                   @Schema(description = "the target for the quarter's financial year") BigDecimal target,
                                   @Schema(description = "null without a target or for a context indicator") Boolean targetMet,
                                   BigDecimal nationalRate, Integer rank, Integer quartile) {
    }

    public record Contribution(String partner, String description, long staff, long delegated, long total) {
    }

    public record BudgetSummary(String year, long total, long staffTotal, long delegatedTotal, Long previousYearTotal,
                                List<Contribution> contributions) {
    }

    public record StaffingSummary(String year, BigDecimal totalFte) {
    }

    @Schema(description = "A team at a glance: newest inspection, newest quarter per indicator, newest budget")
    public record Profile(Team team, InspectionSummary inspection, List<ProfileIndicator> indicators,
                          BudgetSummary budget, StaffingSummary staffing,
                          @Schema(description = "improvement-plan actions not COMPLETE, across the team's inspections") int openActions) {
    }

    public record RegionRef(@Schema(example = "south-east") String code, @Schema(example = "South East") String name) {
    }

    @Schema(description = "An indicator's regional and national pooled figures for the dashboard's quarter")
    public record DashboardIndicator(String indicator, String name, String polarity, Figures region, Figures national) {
    }

    public record DashboardTeamIndicator(String indicator, BigDecimal rate, BigDecimal numerator, BigDecimal denominator,
                                         Integer rank, Integer quartile) {
    }

    public record DashboardInspection(String id, String framework, LocalDate publishedOn, String publishedPrecision,
                                      String overall) {
    }

    public record DashboardBudget(String year, long total) {
    }

    public record DashboardTeam(String team, String name, DashboardInspection inspection,
                                List<DashboardTeamIndicator> indicators, DashboardBudget budget, int openActions) {
    }

    @Schema(description = "Every team of a region for one quarter")
    public record Dashboard(RegionRef region,
                            @Schema(description = "the quarter shown: ?quarter= or the newest quarter with data; null when there is none") String quarter,
                            List<DashboardIndicator> indicators, List<DashboardTeam> teams) {
    }

    public record SeriesPoint(String quarter, BigDecimal rate, BigDecimal numerator, BigDecimal denominator,
                              @Schema(description = "the national pooled rate for the quarter") BigDecimal nationalRate) {
    }

    @Schema(description = "A change the read model applied (the data of one server-sent event named 'change')")
    public record ChangeEvent(@Schema(example = "kpi-return") String aggregateType,
                              @Schema(example = "milton-keynes/2019-20-Q4") String aggregateId, long version,
                              @Schema(example = "yjhub.performance.return-submitted.v1") String type, Instant time) {
    }

    public record RegionView(@Schema(example = "south-east") String code, @Schema(example = "South East") String name,
                             int teams) {
    }

    @Schema(description = "What a rebuild read and applied")
    public record RebuildReport(@Schema(description = "records read from the topics") long records,
                                @Schema(description = "events applied (newer than what was held)") long applied,
                                @Schema(description = "events already held at that version or newer") long notNewer,
                                @Schema(description = "records skipped as malformed") long malformed,
                                Map<String, Long> topics, long durationMs) {
    }
}
