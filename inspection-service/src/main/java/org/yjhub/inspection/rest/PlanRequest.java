package org.yjhub.inspection.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.inspection.domain.ImprovementPlanRules;

@Schema(name = "PlanRequest", description = "The improvement plan's own record, in full (fields left out are cleared "
        + "in the new revision). due and dueDate follow the actions' rules but are both optional.")
public record PlanRequest(
        @Schema(description = "The plan's title, as written (optional, at most 200 characters)",
                examples = "Youth Offending Team Action Plan", pattern = Bounds.PLAIN_TEXT, maxLength = ImprovementPlanRules.TITLE_MAX)
        String title,
        @Schema(description = "Where the plan stands (required)", required = true,
                enumeration = {"IN_PREPARATION", "DRAFT", "AGREED"}, examples = "DRAFT")
        @Size(max = ActionRequest.RAG_STATUS_LENGTH, message = Bounds.LENGTH_MESSAGE) String status,
        @Schema(description = "When the plan is due, as written (optional, at most 200 characters); an ISO date is also "
                + "the dueDate", examples = "October 3rd", pattern = Bounds.PLAIN_TEXT, maxLength = ImprovementPlanRules.DUE_MAX)
        String due,
        @Schema(description = "The due date, an ISO date (optional); when due is an ISO date too, they must be the same",
                format = "date", pattern = "^\\d{4}-\\d{2}-\\d{2}$", maxLength = PartialDates.LENGTH,
                examples = "2011-10-03") String dueDate,
        @Schema(description = "Free-text provenance (optional, at most 500 characters)", pattern = Bounds.PLAIN_TEXT, maxLength = ImprovementPlanRules.SOURCE_MAX)
        String source) {
}
