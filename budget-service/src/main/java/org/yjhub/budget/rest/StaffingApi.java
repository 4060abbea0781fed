package org.yjhub.budget.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjhub.budget.domain.Amounts;
import org.yjhub.budget.domain.StaffingRules;
import org.yjhub.common.bounds.Bounds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The staffing API models (requests and responses). */
public final class StaffingApi {

    /** The largest stated total FTE: {@link StaffingRules#MAX_FTE_LINES} lines at {@link Amounts#MAX_FTE}. */
    static final String MAX_TOTAL_FTE = "2000000";

    private StaffingApi() {
    }

    @Schema(name = "StaffingRequest", description = "A team's staffing for one financial year")
    public record StaffingRequest(
            @Schema(required = true, description = "FTE by role and contract type, 1 to 200 lines",
                    maxItems = StaffingRules.MAX_FTE_LINES) List<@Valid FteRequest> fte,
            @Schema(implementation = BigDecimal.class, minimum = "0", maximum = MAX_TOTAL_FTE, example = "19.79",
                    description = "Optional: the total FTE "
                    + "as the source states it; if it differs from the sum of the lines the staffing is rejected (422)")
            JsonNode statedTotalFte,
            @Schema(description = "Optional: people by dimension (gender, ethnicity, …), category and optionally role",
                    maxItems = StaffingRules.MAX_HEADCOUNT_LINES)
            List<@Valid HeadcountRequest> headcount,
            @Schema(example = "Milton Keynes Youth Justice Plan 2019/20, appendix", pattern = Bounds.PLAIN_TEXT, maxLength = Bounds.SOURCE_LENGTH)
            String source,
            @Schema(description = "True for made-up data; default false") Boolean synthetic) {
    }

    @Schema(name = "FteRequest")
    public record FteRequest(
            @Schema(required = true, example = "Case manager", pattern = Bounds.PLAIN_TEXT, maxLength = StaffingRules.MAX_TEXT)
            String role,
            @Schema(required = true, enumeration = {"PERMANENT", "FIXED_TERM", "SECONDED", "AGENCY", "VACANT", "VOLUNTEER", "OTHER"},
                    description = "SECONDED: staff seconded by a partner; VACANT: an established post not filled; "
                            + "VOLUNTEER: unpaid")
            String contractType,
            @Schema(required = true, implementation = BigDecimal.class, minimum = "0", maximum = "10000", example = "16.59",
                    description = "Full-time equivalents, at most 2 decimals")
            JsonNode fte) {
    }

    @Schema(name = "HeadcountRequest")
    public record HeadcountRequest(
            @Schema(required = true, pattern = "^[a-z][a-z0-9-]{0,39}$", maxLength = 40, example = "gender") String dimension,
            @Schema(required = true, example = "Female", pattern = Bounds.PLAIN_TEXT, maxLength = StaffingRules.MAX_TEXT)
            String category,
            @Schema(nullable = true, description = "Optional: the role these people hold", pattern = Bounds.PLAIN_TEXT, maxLength = StaffingRules.MAX_TEXT)
            String role,
            @Schema(required = true, implementation = Integer.class, format = "int32", minimum = "0", maximum = "1000000",
                    example = "12")
            JsonNode count) {
    }

    @Schema(name = "Staffing", description = "A staffing revision with its computed totals")
    public record StaffingView(
            String team,
            @Schema(example = "2019-20") String year,
            long revision,
            List<FteView> fte,
            @Schema(description = "Σ FTE, 2 decimals") BigDecimal totalFte,
            @Schema(nullable = true) BigDecimal statedTotalFte,
            @Schema(description = "Σ FTE per contract type that occurs") Map<String, BigDecimal> fteByContractType,
            List<HeadcountView> headcount,
            @Schema(description = "People per dimension") Map<String, Integer> headcountTotals,
            Instant submittedAt,
            String submittedBy,
            @Schema(nullable = true) String source,
            boolean synthetic) {
    }

    @Schema(name = "FteLine")
    public record FteView(String role, String contractType, BigDecimal fte) {
    }

    @Schema(name = "HeadcountLine")
    public record HeadcountView(String dimension, String category, @Schema(nullable = true) String role, int count) {
    }
}
