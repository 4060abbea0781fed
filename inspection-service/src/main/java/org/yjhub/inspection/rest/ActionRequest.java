package org.yjhub.inspection.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.inspection.domain.ActionRules;
import org.yjhub.inspection.domain.ImprovementPlanRules;

import java.util.List;

@Schema(name = "ActionRequest", description = "A new improvement-plan action, as the plan writes it. Give owners (or "
        + "owner, the shorthand for one owner; not both) and due, dueDate or both.")
public record ActionRequest(
        @Schema(description = "Id of a recommendation of the same inspection (optional)", pattern = Bounds.UUID,
                maxLength = Bounds.UUID_LENGTH) String recommendation,
        @Schema(description = "The plan's own label for the action, e.g. 2, A or a) (optional, at most 50 characters); "
                + "unique within the inspection (another action with it → 409)", examples = "a)", pattern = Bounds.PLAIN_TEXT,
                maxLength = ActionRules.REFERENCE_MAX) String reference,
        @Schema(description = "The part of the plan the action is in, as written (optional, at most 200 characters)",
                examples = "From HMIP Inspection", pattern = Bounds.PLAIN_TEXT, maxLength = ActionRules.SECTION_MAX)
        String section,
        @Schema(description = "What will be done (required)", pattern = Bounds.PLAIN_TEXT, maxLength = ImprovementPlanRules.TEXT_MAX)
        String text,
        @Schema(description = "Shorthand for one owner (at most 200 characters): the same as owners: [owner]. Give "
                + "owner or owners, not both", examples = "YOT Manager", pattern = Bounds.PLAIN_TEXT, maxLength = ImprovementPlanRules.OWNER_MAX)
        String owner,
        @Schema(description = "Who will complete the action, as written: 1 to 10 owners, each at most 200 characters, "
                + "none twice (ignoring case); joined with \"; \" they must fit 200 characters",
                minItems = 1, maxItems = ActionRules.OWNERS_MAX)
        List<@Size(max = ImprovementPlanRules.OWNER_MAX, message = Bounds.LENGTH_MESSAGE)
             @Pattern(regexp = Bounds.PLAIN_TEXT, message = Bounds.PLAIN_TEXT_MESSAGE) String> owners,
        @Schema(description = "The target as written (at most 200 characters): a date, a meeting or both in words. "
                + "When it is an ISO date (2021-09-30) it is also the dueDate. due, dueDate or both are required",
                examples = "30th July 2021 (in place for next recruitment)", pattern = Bounds.PLAIN_TEXT, maxLength = ImprovementPlanRules.DUE_MAX)
        String due,
        @Schema(description = "The target's date, an ISO date; when due is an ISO date too, they must be the same",
                format = "date", pattern = "^\\d{4}-\\d{2}-\\d{2}$", maxLength = PartialDates.LENGTH,
                examples = "2021-07-30") String dueDate,
        @Schema(description = """
                The references of other actions of the same inspection this one refers to (at most 20, \
                each at most 50 characters, none twice, not its own). An action with the reference need not \
                exist yet: actions of one plan refer to each other""", maxItems = ActionRules.REFERS_TO_MAX)
        List<@Size(max = ActionRules.REFERENCE_MAX, message = Bounds.LENGTH_MESSAGE)
             @Pattern(regexp = Bounds.PLAIN_TEXT, message = Bounds.PLAIN_TEXT_MESSAGE) String> refersTo,
        @Schema(description = "RAG status: GREEN, AMBER (alias YELLOW, stored as AMBER), RED or COMPLETE; absent or "
                + "blank = not rated", examples = "GREEN", pattern = RAG_STATUS)
        @Size(max = RAG_STATUS_LENGTH, message = Bounds.LENGTH_MESSAGE) String status,
        @Schema(description = "Progress so far (optional)", pattern = Bounds.PLAIN_TEXT, maxLength = ImprovementPlanRules.TEXT_MAX)
        String progress) {

    /** A RAG status as RagStatus reads it: one of its names, the alias, or blank (not rated). */
    static final String RAG_STATUS = "^(GREEN|AMBER|YELLOW|RED|COMPLETE|\\s*)$";
    static final int RAG_STATUS_LENGTH = 20;
}
