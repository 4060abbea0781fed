package org.yjhub.budget.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The staffing API models (requests and responses). */
public final class StaffingApi {

    private StaffingApi() {
    }

    @Schema(name = "StaffingRequest", description = "A team's staffing for one financial year")
    public record StaffingRequest(
            @Schema(required = true, description = "FTE by role and contract type, 1 to 200 lines") List<FteRequest> fte,
            @Schema(implementation = BigDecimal.class, minimum = "0", example = "19.79", description = "Optional: the total FTE "
                    + "as the source states it; if it differs from the sum of the lines the staffing is rejected (422)")
            JsonNode statedTotalFte,
            @Schema(description = "Optional: people by dimension (gender, ethnicity, …), category and optionally role")
            List<HeadcountRequest> headcount,
            @Schema(maxLength = 500, example = "Milton Keynes Youth Justice Plan 2019/20, appendix") String source,
            @Schema(description = "True for made-up data; default false") Boolean synthetic) {
    }

    @Schema(name = "FteRequest")
    public record FteRequest(
            @Schema(required = true, maxLength = 200, example = "Case manager") String role,
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
            @Schema(required = true, pattern = "^[a-z][a-z0-9-]{0,39}$", example = "gender") String dimension,
            @Schema(required = true, maxLength = 200, example = "Female") String category,
            @Schema(nullable = true, maxLength = 200, description = "Optional: the role these people hold") String role,
            @Schema(required = true, implementation = Integer.class, minimum = "0", maximum = "1000000", example = "12")
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
