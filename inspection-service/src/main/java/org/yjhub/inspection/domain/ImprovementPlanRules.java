package org.yjhub.inspection.domain;

import org.yjhub.common.text.PlainText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The content rules for recommendations and improvement-plan actions (lengths, required fields, RAG, due). */
public final class ImprovementPlanRules {

    public static final int ADDRESSEE_MAX = 200;
    public static final int OWNER_MAX = 200;
    public static final int DUE_MAX = 200;
    public static final int REFERENCE_MAX = 50;
    public static final int TEXT_MAX = 10_000;

    private ImprovementPlanRules() {
    }

    public record RecommendationDraft(String addressee, String text) {
    }

    public record ActionDraft(String reference, String text, String owner, Due due, RagStatus.Parsed status,
                              String progress) {
    }

    /** A progress update: {@code status}/{@code progress} null = unchanged. */
    public record ProgressDraft(RagStatus.Parsed status, boolean statusGiven, String progress, boolean progressGiven) {
    }

    public record Checked<T>(List<Violation> violations, T draft) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    public static Checked<RecommendationDraft> recommendation(String addressee, String text) {
        List<Violation> out = new ArrayList<>();
        String a = required("addressee", addressee, ADDRESSEE_MAX,
                "the body the recommendation is addressed to, e.g. YOS, Management Board, National Probation Service", out);
        String t = required("text", text, TEXT_MAX, "the recommendation's text", out);
        return new Checked<>(List.copyOf(out), out.isEmpty() ? new RecommendationDraft(a, t) : null);
    }

    public static Checked<ActionDraft> action(String reference, String text, String owner, String due, String status,
                                              String progress) {
        List<Violation> out = new ArrayList<>();
        String ref = optional("reference", reference, REFERENCE_MAX, out);
        String t = required("text", text, TEXT_MAX, "what will be done", out);
        String o = required("owner", owner, OWNER_MAX, "who owns the action, e.g. YOT Manager", out);
        String d = required("due", due, DUE_MAX, "a date (2021-09-30) or a meeting (July Strategic Board)", out);
        Due parsedDue = null;
        if (d != null) {
            parsedDue = Due.parse(d).orElse(null);
            if (parsedDue == null) {
                out.add(new Violation("due", "'" + d + "' has the form of a date but is not a real date"));
            }
        }
        RagStatus.Parsed s = status(status, out);
        String p = optional("progress", progress, TEXT_MAX, out);
        return new Checked<>(List.copyOf(out), out.isEmpty() ? new ActionDraft(ref, t, o, parsedDue, s, p) : null);
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

    private static RagStatus.Parsed status(String raw, List<Violation> out) {
        return RagStatus.parse(raw == null ? null : raw.strip()).orElseGet(() -> {
            out.add(new Violation("status", "'" + (raw.length() > 40 ? raw.substring(0, 40) + "…" : raw)
                    + "' is not a RAG status; use " + RagStatus.ALLOWED + ", or leave it out (not rated)"));
            return null;
        });
    }

    private static String required(String field, String value, int max, String what, List<Violation> out) {
        if (value == null || value.isBlank()) {
            out.add(new Violation(field, "is required: " + what));
            return null;
        }
        return checkLength(field, value.strip(), max, out);
    }

    private static String optional(String field, String value, int max, List<Violation> out) {
        if (value == null || value.isBlank()) {
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
}
