package org.yjhub.budget.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjhub.budget.domain.Amounts;
import org.yjhub.budget.domain.BudgetRules;
import org.yjhub.common.bounds.Bounds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The budget API models (requests and responses). */
public final class BudgetApi {

    private BudgetApi() {
    }

    @Schema(name = "BudgetRequest", description = "A team's partner contributions for one financial year, whole pounds.")
    public record BudgetRequest(
            @Schema(required = true, description = "One line per partner; OTHER may repeat with different descriptions. "
                    + "1 to 100 lines.", maxItems = BudgetRules.MAX_LINES)
            List<@Valid ContributionRequest> contributions,
            @Schema(implementation = Long.class, format = "int64", minimum = "0", maximum = BudgetRules.MAX_TOTAL_TEXT,
                    example = "1234757",
                    description = "Optional: the total as the source states it. If it differs from the computed total "
                            + "the budget is rejected (422) with both figures.")
            JsonNode statedTotal,
            @Schema(description = "Where the figures come from", example = "Milton Keynes Youth Justice Plan 2019/20, table 3",
                    pattern = Bounds.PLAIN_TEXT, maxLength = BudgetRules.MAX_SOURCE)
            String source,
            @Schema(description = "True for made-up data (demonstrations, tests); default false")
            Boolean synthetic) {
    }

    @Schema(name = "ContributionRequest")
    public record ContributionRequest(
            @Schema(required = true, enumeration = {"POLICE", "PCC", "PROBATION", "HEALTH", "LOCAL_AUTHORITY", "YJB", "OTHER"},
                    description = "PCC = Police and Crime Commissioner; YJB = the Youth Justice Board grant")
            String partner,
            @Schema(description = "Required for OTHER (and distinct between OTHER lines); optional otherwise",
                    example = "Strengthening Families", pattern = Bounds.PLAIN_TEXT, maxLength = BudgetRules.MAX_DESCRIPTION)
            String description,
            @Schema(implementation = Long.class, format = "int64", minimum = "0", maximum = Amounts.MAX_POUNDS_TEXT, example = "54015",
                    description = "Staff costs in kind (seconded staff), whole pounds; omitted = 0")
            JsonNode staff,
            @Schema(implementation = Long.class, format = "int64", minimum = "0", maximum = Amounts.MAX_POUNDS_TEXT, example = "0",
                    description = "Delegated funds (cash), whole pounds; omitted = 0")
            JsonNode delegated,
            @Schema(implementation = Long.class, format = "int64", minimum = "0", maximum = Amounts.MAX_LINE_TOTAL_TEXT,
                    description = "Optional: the line total as the source states it; must equal staff + delegated")
            JsonNode total) {
    }

    @Schema(name = "Budget", description = "A budget revision with its computed totals and the change from the previous year")
    public record BudgetView(
            String team,
            @Schema(example = "2019-20") String year,
            @Schema(description = "1 for the first submission; the ETag") long revision,
            List<ContributionView> contributions,
            @Schema(description = "Σ staff") long staffTotal,
            @Schema(description = "Σ delegated") long delegatedTotal,
            @Schema(description = "staffTotal + delegatedTotal") long total,
            @Schema(nullable = true, description = "The total the client stated (it agreed), or null") Long statedTotal,
            @Schema(nullable = true, description = "Change against the previous financial year's latest budget; null "
                    + "when that year has none") PreviousYearView previousYear,
            Instant submittedAt,
            String submittedBy,
            @Schema(nullable = true) String source,
            boolean synthetic) {
    }

    @Schema(name = "Contribution")
    public record ContributionView(
            String partner,
            @Schema(nullable = true) String description,
            long staff,
            long delegated,
            @Schema(description = "staff + delegated") long total,
            @Schema(nullable = true, description = "Percentage of the overall total, 2 decimals (half-up); null when the "
                    + "overall total is 0. Shares are rounded separately, so they may not add to exactly 100.00")
            BigDecimal share,
            @Schema(nullable = true, description = "The same partner's line in the previous year (OTHER: the same "
                    + "description); null when there is no previous budget or no such line")
            LineChangeView previousYear) {
    }

    @Schema(name = "ContributionChange")
    public record LineChangeView(
            @Schema(description = "The previous year's total for this line") long total,
            @Schema(description = "This year's total − the previous year's") long change,
            @Schema(nullable = true, description = "change ÷ previous total × 100, 2 decimals (half-up); null when the "
                    + "previous total is 0") BigDecimal changePercent) {
    }

    @Schema(name = "BudgetYearChange")
    public record PreviousYearView(
            @Schema(example = "2018-19") String year,
            @Schema(description = "The previous year's total") long total,
            long change,
            @Schema(nullable = true) BigDecimal changePercent) {
    }
}
