package org.yjhub.inspection.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.inspection.domain.ImprovementPlanRules;

@Schema(name = "RecommendationRequest", description = "A recommendation as the report writes it: addressed to a body, "
        + "owned by a role, or both (at least one of addressee and owner).")
public record RecommendationRequest(
        @Schema(description = "The body the recommendation is addressed to, as written (at most 200 characters)",
                examples = "Management Board", pattern = Bounds.PLAIN_TEXT, maxLength = ImprovementPlanRules.ADDRESSEE_MAX)
        String addressee,
        @Schema(description = "The role the report makes responsible, as written (at most 200 characters)",
                examples = "YJS Manager", pattern = Bounds.PLAIN_TEXT, maxLength = ImprovementPlanRules.OWNER_MAX)
        String owner,
        @Schema(description = "The recommendation (required)", pattern = Bounds.PLAIN_TEXT, maxLength = ImprovementPlanRules.TEXT_MAX)
        String text) {
}
