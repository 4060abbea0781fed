package org.yjhub.inspection.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ActionRequest", description = "A new improvement-plan action, as the plan writes it. Give owners (or "
        + "owner, the shorthand for one owner; not both) and due, dueDate or both.")
public record ActionRequest(
        @Schema(description = "Id of a recommendation of the same inspection (optional)") String recommendation,
        @Schema(description = "The plan's own label for the action, e.g. 2, A or a) (optional, at most 50 characters); "
                + "unique within the inspection (another action with it → 409)", examples = "a)") String reference,
        @Schema(description = "The part of the plan the action is in, as written (optional, at most 200 characters)",
                examples = "From HMIP Inspection") String section,
        @Schema(description = "What will be done (required)") String text,
        @Schema(description = "Shorthand for one owner (at most 200 characters): the same as owners: [owner]. Give "
                + "owner or owners, not both", examples = "YOT Manager") String owner,
        @Schema(description = "Who will complete the action, as written: 1 to 10 owners, each at most 200 characters, "
                + "none twice (ignoring case); joined with \"; \" they must fit 200 characters",
                minItems = 1, maxItems = 10) List<String> owners,
        @Schema(description = "The target as written (at most 200 characters): a date, a meeting or both in words. "
                + "When it is an ISO date (2021-09-30) it is also the dueDate. due, dueDate or both are required",
                examples = "30th July 2021 (in place for next recruitment)") String due,
        @Schema(description = "The target's date, an ISO date; when due is an ISO date too, they must be the same",
                format = "date", pattern = "^\\d{4}-\\d{2}-\\d{2}$", examples = "2021-07-30") String dueDate,
        @Schema(description = """
                The references of other actions of the same inspection this one refers to (at most 20, \
                each at most 50 characters, none twice, not its own). An action with the reference need not \
                exist yet: actions of one plan refer to each other""", maxItems = 20) List<String> refersTo,
        @Schema(description = "RAG status: GREEN, AMBER (alias YELLOW, stored as AMBER), RED or COMPLETE; absent or "
                + "blank = not rated", examples = "GREEN") String status,
        @Schema(description = "Progress so far (optional)") String progress) {
}
