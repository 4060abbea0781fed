package org.yjhub.inspection.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "Action", description = """
        An improvement-plan action. status and progress are those of the latest \
        history entry; revision is the number of entries (also the action's ETag); status null = not rated; \
        open unless COMPLETE. due is the target as written (null when only dueDate was given); dueDate its date \
        (null when it has none); overdue: dueDate is before today (UK time) and the action is not COMPLETE.""")
public record ActionView(String id, String inspection, String team, int number, String recommendation,
                         @Schema(nullable = true, examples = "a)") String reference,
                         @Schema(nullable = true, examples = "From HMIP Inspection") String section,
                         String text,
                         @Schema(description = "The owners as written (one for an action recorded with owner)")
                         List<String> owners,
                         @Schema(description = "The owners joined with \"; \" (kept for older clients)",
                                 examples = "Chair of the YOSB; YOSB Members") String owner,
                         @Schema(nullable = true, examples = "30th July 2021 (in place for next recruitment)") String due,
                         @Schema(nullable = true) LocalDate dueDate,
                         boolean overdue,
                         @Schema(description = "The references this action refers to, in the order given, each with "
                                 + "the id of the inspection's action that has it (null while none has)")
                         List<ReferenceView> refersTo,
                         @Schema(nullable = true, enumeration = {"GREEN", "AMBER", "RED", "COMPLETE"}) String status,
                         @Schema(nullable = true) String progress, boolean open, int revision, Instant createdAt,
                         String createdBy, Instant updatedAt, List<HistoryView> history) {

    @Schema(name = "ActionReference", description = "A reference to another action of the plan, and that action's id "
            + "(null while no action of the inspection has the reference).")
    public record ReferenceView(@Schema(examples = "A") String reference, @Schema(nullable = true) String action) {
    }

    @Schema(name = "ActionHistoryEntry", description = "One state of an action, oldest first; submittedStatus is "
            + "the word submitted when it was an alias (YELLOW for AMBER).")
    public record HistoryView(int revision, Instant at, String by, String status, String submittedStatus,
                              String progress) {
    }
}
