package org.yjhub.inspection.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActionRequest", description = "A new improvement-plan action.")
public record ActionRequest(
        @Schema(description = "Id of a recommendation of the same inspection (optional)") String recommendation,
        @Schema(description = "The plan's own label for the action, e.g. A or 1.2 (optional, at most 50 characters)",
                examples = "A") String reference,
        @Schema(description = "What will be done (required)") String text,
        @Schema(description = "Who owns it, usually a role (required, at most 200 characters)", examples = "YOT Manager") String owner,
        @Schema(description = "When: an ISO date (also returned as dueDate) or a meeting (required, at most 200 characters)",
                examples = "July Strategic Board Agenda Item") String due,
        @Schema(description = "RAG status: GREEN, AMBER (alias YELLOW, stored as AMBER), RED or COMPLETE; absent or "
                + "blank = not rated", examples = "GREEN") String status,
        @Schema(description = "Progress so far (optional)") String progress) {
}
