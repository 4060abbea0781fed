package org.yjhub.inspection.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "Plan", description = "An inspection's improvement plan record at its latest revision (1, 2, …; also "
        + "its ETag). Earlier revisions are kept.")
public record PlanView(String inspection, int revision,
                       @Schema(nullable = true, examples = "Youth Offending Team Action Plan") String title,
                       @Schema(enumeration = {"IN_PREPARATION", "DRAFT", "AGREED"}) String status,
                       @Schema(nullable = true, examples = "October 3rd") String due,
                       @Schema(nullable = true) LocalDate dueDate,
                       @Schema(nullable = true) String source, Instant recordedAt, String recordedBy) {
}
