package org.yjhub.inspection.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "Action", description = "An improvement-plan action. status and progress are those of the latest "
        + "history entry; revision is the number of entries (also the action's ETag); status null = not rated; "
        + "open unless COMPLETE. dueDate is set when due is an ISO date.")
public record ActionView(String id, String inspection, String team, int number, String recommendation,
                         String reference, String text, String owner, String due, LocalDate dueDate, String status,
                         String progress, boolean open, int revision, Instant createdAt, String createdBy,
                         Instant updatedAt, List<HistoryView> history) {

    @Schema(name = "ActionHistoryEntry", description = "One state of an action, oldest first; submittedStatus is "
            + "the word submitted when it was an alias (YELLOW for AMBER).")
    public record HistoryView(int revision, Instant at, String by, String status, String submittedStatus,
                              String progress) {
    }
}
