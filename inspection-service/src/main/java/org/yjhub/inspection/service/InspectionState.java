package org.yjhub.inspection.service;

import org.yjhub.inspection.domain.PartialDate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The full current state of an inspection aggregate: the latest version of its record, its recommendations and its
 * actions (each with its history). {@code version} is the event version (the ETag).
 */
public record InspectionState(String id, String team, long version, Record record,
                              List<RecommendationState> recommendations, List<ActionState> actions,
                              Instant createdAt, String createdBy, Instant updatedAt) {

    /**
     * One version of the inspection's record. The dates carry their precision (a day, or a month when the paper
     * gives only the month); the fieldwork dates are both null or both set, with the same precision.
     */
    public record Record(int correction, String framework, PartialDate fieldworkStart, PartialDate fieldworkEnd,
                         PartialDate publishedOn, Map<String, String> ratings, Map<String, Integer> scores,
                         Integer score, String overall, Integer pointsToNextBand, String source, boolean synthetic,
                         Instant recordedAt, String recordedBy) {
    }

    public record RecommendationState(String id, String inspection, int number, String addressee, String text,
                                      Instant createdAt, String createdBy) {
    }

    /** An action with its current status and progress (those of the latest history entry). */
    public record ActionState(String id, String inspection, String team, int number, String recommendation,
                              String reference, String text, String owner, String due, LocalDate dueDate,
                              String status, String progress, int revision, Instant createdAt, String createdBy,
                              Instant updatedAt, List<HistoryEntry> history) {

        public boolean open() {
            return !"COMPLETE".equals(status);
        }
    }

    public record HistoryEntry(int revision, Instant at, String by, String status, String submittedStatus,
                               String progress) {
    }
}
