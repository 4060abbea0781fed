package org.yjhub.inspection.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.inspection.domain.ImprovementPlanRules;

@Schema(name = "ProgressRequest", description = "A progress update; a field left out (or null) is unchanged. An empty "
        + "status sets the action to not rated; an empty progress clears it. At least one field is required.")
public record ProgressRequest(
        @Schema(description = "Progress so far", examples = "Protocol agreed by the board in July", pattern = Bounds.PLAIN_TEXT, maxLength = ImprovementPlanRules.TEXT_MAX)
        String progress,
        @Schema(description = "GREEN, AMBER (alias YELLOW), RED or COMPLETE", examples = "COMPLETE",
                pattern = ActionRequest.RAG_STATUS)
        @Size(max = ActionRequest.RAG_STATUS_LENGTH, message = Bounds.LENGTH_MESSAGE) String status) {
}
