package org.yjhub.inspection.domain;

import org.yjhub.common.plan.ActionTargets;
import org.yjhub.common.text.PlainText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The content rules for recommendations (and the progress reported against them), the improvement plan's own record
 * and its actions: lengths, required fields, owners, RAG, due dates and references between actions. Every broken
 * rule is reported, each against the request field it concerns ({@code owners[1]} for an array's second entry).
 */
public final class ImprovementPlanRules {

    public static final int ADDRESSEE_MAX = 200;
    public static final int OWNER_MAX = 200;
    public static final int OWNERS_MAX = 10;
    public static final int DUE_MAX = 200;
    public static final int SECTION_MAX = 200;
    public static final int TITLE_MAX = 200;
    public static final int REFERENCE_MAX = 50;
    public static final int REFERS_TO_MAX = 20;
    public static final int TEXT_MAX = 10_000;
    public static final int SOURCE_MAX = 500;
    /** How the owners are joined into the single {@code owner} older clients read. */
    public static final String OWNER_SEPARATOR = "; ";

    private ImprovementPlanRules() {
    }

    public record RecommendationDraft(String addressee, String owner, String text) {
    }

    /** Progress reported against a recommendation, dated to the report that gave it. */
    public record ProgressReport(LocalDate reportedOn, String text, String source) {
    }

    /** An action as submitted: every field as written, null when not given. */
    public record ActionSubmission(String reference, String section, String text, String owner, List<String> owners,
                                   String due, String dueDate, List<String> refersTo, String status, String progress) {
    }

    /** A valid action: one to ten owners, a due with its text, its date or both, references to other actions. */
    public record ActionDraft(String reference, String section, String text, List<String> owners, Due due,
                              List<String> refersTo, RagStatus.Parsed status, String progress) {

        /** The owners joined with "; " (the single {@code owner} of the first API). */
        public String owner() {
            return String.join(OWNER_SEPARATOR, owners);
        }
    }

    /** A progress update of an action: {@code status}/{@code progress} null = unchanged. */
    public record ProgressDraft(RagStatus.Parsed status, boolean statusGiven, String progress, boolean progressGiven) {
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
                out.add(new Violation("reportedOn", "'" + abbreviate(reportedOn) + "' is not an ISO date such as "
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

    // ---- actions

    public static Checked<ActionDraft> action(ActionSubmission s) {
        List<Violation> out = new ArrayList<>();
        String ref = optional("reference", s.reference(), REFERENCE_MAX, out);
        String section = optional("section", s.section(), SECTION_MAX, out);
        String t = required("text", s.text(), TEXT_MAX, "what will be done", out);
        List<String> owners = owners(s.owner(), s.owners(), out);
        Due due = due(s.due(), s.dueDate(), true, out);
        List<String> refersTo = refersTo(s.refersTo(), ref, out);
        RagStatus.Parsed status = status(s.status(), out);
        String p = optional("progress", s.progress(), TEXT_MAX, out);
        return checked(out, () -> new ActionDraft(ref, section, t, owners, due, refersTo, status, p));
    }

    /**
     * A progress update. {@code null} leaves a field unchanged; an empty status sets the action to not rated and an
     * empty progress clears it. At least one of them must be given.
     */
    public static Checked<ProgressDraft> progress(String status, String progress) {
        List<Violation> out = new ArrayList<>();
        if (status == null && progress == null) {
            out.add(new Violation("body", "give progress, status or both"));
            return new Checked<>(List.copyOf(out), null);
        }
        RagStatus.Parsed s = status == null ? null : status(status, out);
        String p = null;
        if (progress != null) {
            if (progress.length() > TEXT_MAX) {
                out.add(new Violation("progress", "is longer than " + TEXT_MAX + " characters"));
            } else if (PlainText.problem(progress).isPresent()) {
                out.add(new Violation("progress", PlainText.problem(progress).get()));
            } else {
                p = progress.strip().isEmpty() ? null : progress.strip();
            }
        }
        return new Checked<>(List.copyOf(out),
                out.isEmpty() ? new ProgressDraft(s, status != null, p, progress != null) : null);
    }

    /** Overdue: the action has a due date, it is before today, and the action is not COMPLETE. */
    public static boolean overdue(LocalDate dueDate, String status, LocalDate today) {
        return ActionTargets.overdue(dueDate, RagStatus.COMPLETE.name().equals(status), today);
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
                out.add(new Violation("status", "'" + abbreviate(status) + "' is not a plan status; use "
                        + PlanStatus.ALLOWED));
            }
        }
        Due d = due(due, dueDate, false, out);
        String src = optional("source", source, SOURCE_MAX, out);
        PlanStatus st = s;
        return checked(out, () -> new PlanDraft(t, st, d, src));
    }

    // ---- shared parts

    /**
     * {@code owners} (one to ten, as written, no two the same ignoring case) or {@code owner}, the shorthand for one
     * owner; not both. Joined with "; " they must fit the single owner of the first API (200 characters).
     */
    private static List<String> owners(String owner, List<String> owners, List<Violation> out) {
        boolean ownerGiven = !absent(owner);
        if (ownerGiven && owners != null) {
            String both = "give either owner (one owner) or owners (one or more), not both";
            out.add(new Violation("owner", both));
            out.add(new Violation("owners", both));
            return null;
        }
        if (owners == null) {
            if (!ownerGiven) {
                out.add(new Violation("owners", "is required: who will complete the action, as the plan writes it, "
                        + "e.g. [\"Chair of the YOSB\", \"YOSB Members\"] (or owner for a single one, e.g. "
                        + "\"YOT Manager\")"));
                return null;
            }
            String o = optional("owner", owner, OWNER_MAX, out);
            return o == null ? null : List.of(o);
        }
        if (owners.isEmpty() || owners.size() > OWNERS_MAX) {
            out.add(new Violation("owners", "needs 1 to " + OWNERS_MAX + " owners, not " + owners.size()));
            return null;
        }
        int before = out.size();
        List<String> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < owners.size(); i++) {
            String field = "owners[" + i + "]";
            if (absent(owners.get(i))) {
                out.add(new Violation(field, "is blank: give the owner as written, e.g. YOT Manager"));
                continue;
            }
            String o = optional(field, owners.get(i), OWNER_MAX, out);
            if (o != null && !seen.add(o.toLowerCase(Locale.ROOT))) {
                out.add(new Violation(field, "'" + abbreviate(o) + "' is given twice; give each owner once"));
            }
            result.add(o);
        }
        if (out.size() > before) {
            return null;
        }
        String joined = String.join(OWNER_SEPARATOR, result);
        if (joined.length() > OWNER_MAX) {
            out.add(new Violation("owners", "together are " + joined.length() + " characters joined with \"; \"; "
                    + "the owner that older clients read holds at most " + OWNER_MAX));
            return null;
        }
        return List.copyOf(result);
    }

    /**
     * The due: {@code due} as written (at most 200 characters; when it has the form of an ISO date it must be a real
     * one, and it is then also the date) and {@code dueDate} (an ISO date). When both are given and {@code due} is an
     * ISO date, they must agree. {@code required}: at least one must be given.
     *
     * @return the due, null when neither is given or either is invalid
     */
    private static Due due(String due, String dueDate, boolean required, List<Violation> out) {
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
                out.add(new Violation("dueDate", "'" + abbreviate(dueDate) + "' is not an ISO date such as 2021-07-30"));
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

    /** The references of other actions of the plan: at most 20, each at most 50 characters, none twice, not its own. */
    private static List<String> refersTo(List<String> refs, String ownReference, List<Violation> out) {
        if (refs == null) {
            return List.of();
        }
        if (refs.size() > REFERS_TO_MAX) {
            out.add(new Violation("refersTo", "lists " + refs.size() + " references; at most " + REFERS_TO_MAX));
            return null;
        }
        int before = out.size();
        List<String> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < refs.size(); i++) {
            String field = "refersTo[" + i + "]";
            if (absent(refs.get(i))) {
                out.add(new Violation(field, "is blank: give the reference of another action of the plan, e.g. 2 or a)"));
                continue;
            }
            String r = optional(field, refs.get(i), REFERENCE_MAX, out);
            if (r == null) {
                continue;
            }
            if (r.equals(ownReference)) {
                out.add(new Violation(field, "'" + r + "' is this action's own reference; an action refers to others"));
            } else if (!seen.add(r)) {
                out.add(new Violation(field, "'" + abbreviate(r) + "' is listed twice"));
            }
            result.add(r);
        }
        return out.size() > before ? null : List.copyOf(result);
    }

    private static RagStatus.Parsed status(String raw, List<Violation> out) {
        return RagStatus.parse(raw == null ? null : raw.strip()).orElseGet(() -> {
            out.add(new Violation("status", "'" + abbreviate(raw) + "' is not a RAG status; use " + RagStatus.ALLOWED
                    + ", or leave it out (not rated)"));
            return null;
        });
    }

    private static <T> Checked<T> checked(List<Violation> out, Supplier<T> draft) {
        return new Checked<>(List.copyOf(out), out.isEmpty() ? draft.get() : null);
    }

    private static boolean absent(String value) {
        return value == null || value.isBlank();
    }

    private static String required(String field, String value, int max, String what, List<Violation> out) {
        if (absent(value)) {
            out.add(new Violation(field, "is required: " + what));
            return null;
        }
        return checkLength(field, value.strip(), max, out);
    }

    private static String optional(String field, String value, int max, List<Violation> out) {
        if (absent(value)) {
            return null;
        }
        return checkLength(field, value.strip(), max, out);
    }

    private static String checkLength(String field, String value, int max, List<Violation> out) {
        if (value.length() > max) {
            out.add(new Violation(field, "is longer than " + max + " characters (" + value.length() + ")"));
            return null;
        }
        Optional<String> notPlain = PlainText.problem(value);
        if (notPlain.isPresent()) {
            out.add(new Violation(field, notPlain.get()));
            return null;
        }
        return value;
    }

    private static String abbreviate(String s) {
        return PlainText.abbreviate(s, 40);
    }
}
