package org.yjhub.common.events.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code yjhub.inspection.inspection-changed.v1}: the full state of an inspection with its recommendations and
 * improvement-plan actions, published on every change (creation, correction, recommendation, action, progress).
 * Aggregate type {@link #AGGREGATE}, id = the inspection id; the event version rises with every change.
 * {@code score} and {@code pointsToNextBand} are null for frameworks without a score; {@code overall} is null for
 * frameworks without an overall rating. Dates of historical records may be known only to the month: then
 * {@code fieldworkPrecision} / {@code publishedPrecision} is {@code MONTH} and the date is the month's first day;
 * otherwise they are {@code DAY}.
 */
public record InspectionChanged(String id, String team, String framework, int correction, LocalDate fieldworkStart,
                                LocalDate fieldworkEnd, LocalDate publishedOn, Map<String, String> ratings,
                                Map<String, Integer> scores, Integer score, String overall, Integer pointsToNextBand,
                                List<Recommendation> recommendations, List<Action> actions, Instant updatedAt,
                                String source, boolean synthetic, String fieldworkPrecision, String publishedPrecision) {

    public static final String AGGREGATE = "inspection";
    public static final String TYPE = "yjhub.inspection.inspection-changed.v1";

    public record Recommendation(String id, String addressee, String text) {
    }

    /** {@code status} is GREEN, AMBER, RED or COMPLETE; an action is open unless COMPLETE. */
    public record Action(String id, String recommendation, String text, String owner, String due, String status,
                         String progress, Instant updatedAt) {
    }
}
