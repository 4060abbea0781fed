package org.yjhub.inspection.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecommendationRequest")
public record RecommendationRequest(
        @Schema(description = "The body the recommendation is addressed to (required, at most 200 characters)",
                examples = "Management Board") String addressee,
        @Schema(description = "The recommendation (required)") String text) {
}
