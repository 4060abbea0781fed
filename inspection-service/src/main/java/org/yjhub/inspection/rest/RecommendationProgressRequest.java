package org.yjhub.inspection.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.inspection.domain.ImprovementPlanRules;

@Schema(name = "RecommendationProgressRequest", description = "Progress reported against a recommendation.")
public record RecommendationProgressRequest(
        @Schema(description = """
                The date of the report that gave the progress (required): an ISO date, not in the \
                future, not before the inspection's fieldwork start (or its publication when it has no fieldwork \
                dates; compared by month when that is known only to the month)""", required = true, format = "date",
                pattern = "^\\d{4}-\\d{2}-\\d{2}$", maxLength = PartialDates.LENGTH, examples = "2024-01-25")
        String reportedOn,
        @Schema(description = "The progress reported (required, at most 10,000 characters)", required = true,
                pattern = Bounds.PLAIN_TEXT, maxLength = ImprovementPlanRules.TEXT_MAX)
        String text,
        @Schema(description = "Where it was reported (optional, at most 500 characters)", pattern = Bounds.PLAIN_TEXT, maxLength = ImprovementPlanRules.SOURCE_MAX)
        String source) {
}
