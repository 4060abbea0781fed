package org.yjhub.common.events.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code yjhub.inspection.inspection-changed.v1}: the full state of an inspection with its recommendations, its
 * improvement plan and the plan's actions, published on every change (creation, correction, recommendation,
 * recommendation progress, plan, action, action progress). Aggregate type {@link #AGGREGATE}, id = the inspection
 * id; the event version rises with every change.
 * <p>
 * {@code score} and {@code pointsToNextBand} are null for frameworks without a score; {@code overall} is null for
 * frameworks without an overall rating. Dates of historical records may be known only to the month: then
 * {@code fieldworkPrecision} / {@code publishedPrecision} is {@code MONTH} and the date is the month's first day;
 * otherwise they are {@code DAY}. {@code publishedOn} (and its precision) is null when the publication date is not
 * known; the fieldwork date then orders the inspection.
 * <p>
 * The contract grows only by additions: fields added after the first release ({@code plan}, a recommendation's
 * {@code number}, {@code owner} and {@code progress}, an action's {@code reference}, {@code section},
 * {@code owners}, {@code dueDate} and {@code refersTo}) are absent (null) in events published before them.
 */
public record InspectionChanged(String id, String team, String framework, int correction, LocalDate fieldworkStart,
                                LocalDate fieldworkEnd, LocalDate publishedOn, Map<String, String> ratings,
                                Map<String, Integer> scores, Integer score, String overall, Integer pointsToNextBand,
                                List<Recommendation> recommendations, List<Action> actions, Instant updatedAt,
                                String source, boolean synthetic, String fieldworkPrecision, String publishedPrecision,
                                Plan plan) {

    public static final String AGGREGATE = "inspection";
    public static final String TYPE = "yjhub.inspection.inspection-changed.v1";

    /**
     * A recommendation as the report writes it: {@code addressee} (the body it is addressed to) and/or
     * {@code owner} (the role the report makes responsible), at least one of them; {@code progress} is what was later
     * reported against it, oldest first.
     */
    public record Recommendation(String id, Integer number, String addressee, String owner, String text,
                                 List<Progress> progress) {
    }

    /** Progress reported against a recommendation, dated to the report that gave it. */
    public record Progress(LocalDate reportedOn, String text, String source) {
    }

    /**
     * An improvement-plan action. {@code owners}: one or more, as written; {@code owner} is them joined with
     * "; " (kept for consumers of the first release). {@code due}: the target as written (a date or a meeting) and
     * {@code dueDate}: the target's date when it has one; at least one is set. {@code status} is GREEN, AMBER, RED,
     * COMPLETE or null (not rated yet); an action is open unless COMPLETE. {@code refersTo}: the plan references of
     * other actions this one refers to ("See points 2 &amp; 3").
     */
    public record Action(String id, String recommendation, String text, String owner, String due, String status,
                         String progress, Instant updatedAt, String reference, String section, List<String> owners,
                         LocalDate dueDate, List<String> refersTo) {
    }

    /**
     * The improvement plan's own record: its title, its state ({@code IN_PREPARATION}, {@code DRAFT},
     * {@code AGREED}), when it is due (as written, and its date when it has one) and its source.
     */
    public record Plan(String title, String status, String due, LocalDate dueDate, String source, Instant updatedAt) {
    }
}
