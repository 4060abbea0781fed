package org.yjhub.inspection.domain;

import org.yjhub.common.plan.ActionTargets;
import org.yjhub.common.text.PlainText;
import org.yjhub.inspection.domain.ImprovementPlanRules.Checked;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.yjhub.inspection.domain.ImprovementPlanRules.OWNER_MAX;
import static org.yjhub.inspection.domain.ImprovementPlanRules.TEXT_MAX;
import static org.yjhub.inspection.domain.ImprovementPlanRules.absent;
import static org.yjhub.inspection.domain.ImprovementPlanRules.checked;
import static org.yjhub.inspection.domain.ImprovementPlanRules.due;
import static org.yjhub.inspection.domain.ImprovementPlanRules.optional;
import static org.yjhub.inspection.domain.ImprovementPlanRules.required;

/**
 * The content rules for an improvement plan's actions and their progress: owners, RAG status, due dates and the
 * references between actions, beside the field rules every part of a plan has ({@link ImprovementPlanRules}).
 */
public final class ActionRules {

    public static final int OWNERS_MAX = 10;
    public static final int SECTION_MAX = 200;
    public static final int REFERENCE_MAX = 50;
    public static final int REFERS_TO_MAX = 20;
    /** How the owners are joined into the single {@code owner} older clients read. */
    public static final String OWNER_SEPARATOR = "; ";

    private ActionRules() {
    }

    /** An action as submitted: every field as written, null when not given. */
    public record ActionInput(String reference, String section, String text, String owner, List<String> owners,
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

    public static Checked<ActionDraft> action(ActionInput s) {
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
                out.add(new Violation(field, "'" + PlainText.abbreviate(o) + "' is given twice; give each owner once"));
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
                out.add(new Violation(field, "'" + PlainText.abbreviate(r) + "' is listed twice"));
            }
            result.add(r);
        }
        return out.size() > before ? null : List.copyOf(result);
    }

    private static RagStatus.Parsed status(String raw, List<Violation> out) {
        return RagStatus.parse(raw == null ? null : raw.strip()).orElseGet(() -> {
            out.add(new Violation("status", "'" + PlainText.abbreviate(raw) + "' is not a RAG status; use " + RagStatus.ALLOWED
                    + ", or leave it out (not rated)"));
            return null;
        });
    }
}
