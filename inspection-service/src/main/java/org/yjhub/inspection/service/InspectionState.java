package org.yjhub.inspection.service;

import org.yjhub.inspection.domain.ActionRules;
import org.yjhub.inspection.domain.PartialDate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The full current state of an inspection aggregate: the latest version of its record, its recommendations (each
 * with the progress reported against it), its improvement plan's record (null until one is recorded) and its actions
 * (each with its history). {@code version} is the event version (the ETag).
 */
public record InspectionState(String id, String team, long version, Record record,
                              List<RecommendationState> recommendations, List<ActionState> actions, PlanState plan,
                              Instant createdAt, String createdBy, Instant updatedAt) {

    /**
     * One version of the inspection's record. The dates carry their precision (a day, or a month when the paper
     * gives only the month); the fieldwork dates are both null or both set, with the same precision; publishedOn is
     * null when the paper gives no publication date (then there are fieldwork dates).
     */
    public record Record(int correction, String framework, PartialDate fieldworkStart, PartialDate fieldworkEnd,
                         PartialDate publishedOn, Map<String, String> ratings, Map<String, Integer> scores,
                         Integer score, String overall, Integer pointsToNextBand, String source, boolean synthetic,
                         Instant recordedAt, String recordedBy) {
    }

    /** A recommendation: addressed to a body, owned by a role, or both; progress oldest first. */
    public record RecommendationState(String id, String inspection, int number, String addressee, String owner,
                                      String text, List<ProgressEntry> progress, Instant createdAt,
                                      String createdBy) {
    }

    public record ProgressEntry(LocalDate reportedOn, String text, String source, Instant recordedAt,
                                String recordedBy) {
    }

    /**
     * An action with its current status and progress (those of the latest history entry). {@code refersTo}: the
     * references it refers to, each with the id of the action that has it (null while none has). {@code overdue}: as
     * of the day the state was read.
     */
    public record ActionState(String id, String inspection, String team, int number, String recommendation,
                              String reference, String section, String text, List<String> owners, String due,
                              LocalDate dueDate, List<Reference> refersTo, String status, String progress,
                              boolean overdue, int revision, Instant createdAt, String createdBy, Instant updatedAt,
                              List<HistoryEntry> history) {

        public boolean open() {
            return !"COMPLETE".equals(status);
        }

        /** The owners joined with "; " (the single owner of the first API). */
        public String owner() {
            return String.join(ActionRules.OWNER_SEPARATOR, owners);
        }
    }

    /** A reference to another action of the plan, and that action's id (null while no action has the reference). */
    public record Reference(String reference, String action) {
    }

    public record HistoryEntry(int revision, Instant at, String by, String status, String submittedStatus,
                               String progress) {
    }

    /** The improvement plan's record at its latest revision. */
    public record PlanState(String inspection, int revision, String title, String status, String due,
                            LocalDate dueDate, String source, Instant recordedAt, String recordedBy) {
    }
}
