package org.yjhub.inspection.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecommendationRequest", description = "A recommendation as the report writes it: addressed to a body, "
        + "owned by a role, or both (at least one of addressee and owner).")
public record RecommendationRequest(
        @Schema(description = "The body the recommendation is addressed to, as written (at most 200 characters)",
                examples = "Management Board") String addressee,
        @Schema(description = "The role the report makes responsible, as written (at most 200 characters)",
                examples = "YJS Manager") String owner,
        @Schema(description = "The recommendation (required)") String text) {
}
