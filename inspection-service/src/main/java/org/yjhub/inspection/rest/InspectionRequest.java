package org.yjhub.inspection.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

@Schema(name = "InspectionRequest", description = "An inspection record (POST) or its full corrected record (PUT). "
        + "ratings: one per standard of the framework (all required); scores: optional whole percentages per "
        + "standard where the framework takes them (hmip-cci-2009); overall: optional for hmip-youth-2018 (must agree "
        + "with the computed one), required for hmip-headline, absent for hmip-cci-2009.")
public record InspectionRequest(
        @Schema(description = "Team code (GET /api/v1/teams)", examples = "milton-keynes") String team,
        @Schema(description = "Framework id (GET /api/v1/frameworks)", examples = "hmip-youth-2018") String framework,
        @Schema(description = "First day of fieldwork", examples = "2021-03-01") LocalDate fieldworkStart,
        @Schema(description = "Last day of fieldwork (not before fieldworkStart)", examples = "2021-03-05") LocalDate fieldworkEnd,
        @Schema(description = "Publication date of the report (not before fieldworkEnd, not in the future)", examples = "2021-06-10") LocalDate publishedOn,
        @Schema(description = "Standard id → rating value") Map<String, String> ratings,
        @Schema(description = "Standard id → whole percentage 0–100 (hmip-cci-2009 only)") Map<String, BigDecimal> scores,
        @Schema(description = "Overall rating", examples = "GOOD") String overall,
        @Schema(description = "Free-text provenance", examples = "HMIP inspection report, Milton Keynes, June 2021") String source,
        @Schema(description = "True for made-up data (default false)") Boolean synthetic) {
}
