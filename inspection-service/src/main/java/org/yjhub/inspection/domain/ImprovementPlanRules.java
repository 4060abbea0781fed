package org.yjhub.inspection.domain;

import org.yjhub.common.bounds.Bounds;
import org.yjhub.common.text.PlainText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The content rules for recommendations (and the progress reported against them) and the improvement plan's own
 * record, and the field rules its actions share ({@link ActionRules}): lengths, required fields, plain text, due
 * dates. Every broken rule is reported, each against the request field it concerns ({@code owners[1]} for an
 * array's second entry).
 */
public final class ImprovementPlanRules {

    public static final int ADDRESSEE_MAX = Bounds.NAME_LENGTH;
    public static final int OWNER_MAX = Bounds.NAME_LENGTH;
    public static final int DUE_MAX = Bounds.NAME_LENGTH;
    public static final int TITLE_MAX = Bounds.NAME_LENGTH;
    public static final int TEXT_MAX = Bounds.TEXT_LENGTH;
    public static final int SOURCE_MAX = Bounds.SOURCE_LENGTH;

    private ImprovementPlanRules() {
    }

    public record RecommendationDraft(String addressee, String owner, String text) {
    }

    /** Progress reported against a recommendation, dated to the report that gave it. */
    public record ProgressReport(LocalDate reportedOn, String text, String source) {
    }

    /** The improvement plan's own record; {@code due} is null when the plan states no due. */
    public record PlanDraft(String title, PlanStatus status, Due due, String source) {
    }

    public record Checked<T>(List<Violation> violations, T draft) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    // ---- recommendations

    /** A recommendation names the body it is addressed to, the role the report makes responsible, or both. */
    public static Checked<RecommendationDraft> recommendation(String addressee, String owner, String text) {
        List<Violation> out = new ArrayList<>();
        if (absent(addressee) && absent(owner)) {
            out.add(new Violation("addressee", "is required unless owner is given: give the body the recommendation "
                    + "is addressed to (e.g. YOS, Management Board, National Probation Service), owner (the role the "
                    + "report makes responsible, e.g. YJS Manager) or both"));
        }
        String a = optional("addressee", addressee, ADDRESSEE_MAX, out);
        String o = optional("owner", owner, OWNER_MAX, out);
        String t = required("text", text, TEXT_MAX, "the recommendation's text", out);
        return checked(out, () -> new RecommendationDraft(a, o, t));
    }

    /**
     * Progress reported against a recommendation: {@code reportedOn} (the date of the report that gave it, an ISO
     * date) is required, not after {@code today} and not before {@code earliest} (the inspection's fieldwork start, or
     * its publication when it has no fieldwork dates; compared by month when that is known only to the month).
     */
    public static Checked<ProgressReport> recommendationProgress(String reportedOn, String text, String source,
                                                                 PartialDate earliest, String earliestWhat,
                                                                 LocalDate today) {
        List<Violation> out = new ArrayList<>();
        LocalDate date = null;
        if (absent(reportedOn)) {
            out.add(new Violation("reportedOn", "is required: the date of the report that gave the progress, an ISO "
                    + "date such as 2024-01-25"));
        } else {
            date = Due.isoDate(reportedOn.strip()).orElse(null);
            if (date == null) {
                out.add(new Violation("reportedOn", "'" + PlainText.abbreviate(reportedOn) + "' is not an ISO date such as "
                        + "2024-01-25"));
            } else if (date.isAfter(today)) {
                out.add(new Violation("reportedOn", "is in the future (" + date + " is after " + today + ")"));
            } else if (earliest != null && PartialDate.ofDay(date).isBefore(earliest)) {
                out.add(new Violation("reportedOn", "is before " + earliestWhat + " (" + earliest + ")"
                        + (earliest.monthOnly() ? ", compared by month" : "")
                        + "; progress is reported after the inspection"));
            }
        }
        String t = required("text", text, TEXT_MAX, "the progress reported", out);
        String s = optional("source", source, SOURCE_MAX, out);
        LocalDate d = date;
        return checked(out, () -> new ProgressReport(d, t, s));
    }

    /** Whether the report repeats one already recorded: the same date and the same text. */
    public static boolean isRepeat(List<ProgressReport> recorded, ProgressReport report) {
        return recorded.stream().anyMatch(r -> r.reportedOn().equals(report.reportedOn())
                && r.text().equals(report.text()));
    }

    // ---- the plan's own record

    /** The plan's record: a status; a title, a due (as written and/or its date) and a source when the paper has them. */
    public static Checked<PlanDraft> plan(String title, String status, String due, String dueDate, String source) {
        List<Violation> out = new ArrayList<>();
        String t = optional("title", title, TITLE_MAX, out);
        PlanStatus s = null;
        if (absent(status)) {
            out.add(new Violation("status", "is required: " + PlanStatus.ALLOWED));
        } else {
            s = PlanStatus.parse(status.strip()).orElse(null);
            if (s == null) {
                out.add(new Violation("status", "'" + PlainText.abbreviate(status) + "' is not a plan status; use "
                        + PlanStatus.ALLOWED));
            }
        }
        Due d = due(due, dueDate, false, out);
        String src = optional("source", source, SOURCE_MAX, out);
        PlanStatus st = s;
        return checked(out, () -> new PlanDraft(t, st, d, src));
    }

    // ---- the parts actions share too

    /**
     * The due: {@code due} as written (at most 200 characters; when it has the form of an ISO date it must be a real
     * one, and it is then also the date) and {@code dueDate} (an ISO date). When both are given and {@code due} is an
     * ISO date, they must agree. {@code required}: at least one must be given.
     *
     * @return the due, null when neither is given or either is invalid
     */
    static Due due(String due, String dueDate, boolean required, List<Violation> out) {
        int before = out.size();
        if (required && absent(due) && absent(dueDate)) {
            out.add(new Violation("due", "is required unless dueDate is given: the target as written, a date "
                    + "(2021-09-30) or a meeting (July Strategic Board Agenda Item); dueDate: its date (2021-07-30)"));
            return null;
        }
        String text = optional("due", due, DUE_MAX, out);
        LocalDate fromText = null;
        if (text != null && Due.looksLikeDate(text)) {
            fromText = Due.isoDate(text).orElse(null);
            if (fromText == null) {
                out.add(new Violation("due", "'" + text + "' has the form of a date but is not a real date"));
            }
        }
        LocalDate date = null;
        if (!absent(dueDate)) {
            date = Due.isoDate(dueDate.strip()).orElse(null);
            if (date == null) {
                out.add(new Violation("dueDate", "'" + PlainText.abbreviate(dueDate) + "' is not an ISO date such as 2021-07-30"));
            }
        }
        if (fromText != null && date != null && !fromText.equals(date)) {
            out.add(new Violation("dueDate", "is " + date + " but due is the date " + fromText + "; give the same "
                    + "date, or write due as the plan does (\"30th July 2021 (in place for next recruitment)\")"));
        }
        if (out.size() > before || text == null && date == null) {
            return null;
        }
        return new Due(text, date != null ? date : fromText);
    }

    static <T> Checked<T> checked(List<Violation> out, Supplier<T> draft) {
        return new Checked<>(List.copyOf(out), out.isEmpty() ? draft.get() : null);
    }

    static boolean absent(String value) {
        return value == null || value.isBlank();
    }

    static String required(String field, String value, int max, String what, List<Violation> out) {
        if (absent(value)) {
            out.add(new Violation(field, "is required: " + what));
            return null;
        }
        return checkLength(field, value, max, out);
    }

    static String optional(String field, String value, int max, List<Violation> out) {
        if (absent(value)) {
            return null;
        }
        return checkLength(field, value, max, out);
    }

    /** The length as sent, spaces included (the bound the API documents); the stripped text is kept. */
    static String checkLength(String field, String value, int max, List<Violation> out) {
        if (value.length() > max) {
            out.add(new Violation(field, "is longer than " + max + " characters (" + value.length() + ")"));
            return null;
        }
        Optional<String> notPlain = PlainText.problem(value);
        if (notPlain.isPresent()) {
            out.add(new Violation(field, notPlain.get()));
            return null;
        }
        return value.strip();
    }
}
