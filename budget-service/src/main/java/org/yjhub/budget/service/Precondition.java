package org.yjhub.budget.service;

import org.yjhub.kit.problem.ProblemException;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code If-Match} header against revision ETags ({@code "3"}). Absent: no condition. {@code *}: the resource must
 * exist. A list of tags: the current revision must be one of them. Weak tags ({@code W/"3"}) never match, as RFC 9110
 * requires strong comparison for If-Match. Anything else is a malformed header (400).
 */
public final class Precondition {

    public static final Precondition NONE = new Precondition(false, Set.of());

    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"(\\d{1,18})\"\\s*");

    private final boolean any;
    private final Set<Long> revisions;

    private Precondition(boolean any, Set<Long> revisions) {
        this.any = any;
        this.revisions = revisions;
    }

    public static Precondition ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        if (header.strip().equals("*")) {
            return new Precondition(true, Set.of());
        }
        Set<Long> revisions = new LinkedHashSet<>();
        for (String part : header.split(",", -1)) {
            Matcher m = TAG.matcher(part);
            if (!m.matches()) {
                throw ProblemException.badRequest("If-Match must be * or entity tags such as \"3\" (the ETag of the revision "
                        + "you last read); got " + abbreviate(header));
            }
            if (m.group(1) == null) {
                revisions.add(Long.parseLong(m.group(2)));
            }
        }
        return new Precondition(false, Set.copyOf(revisions));
    }

    /**
     * @param current the current revision, 0 when nothing exists yet
     * @param what    what the condition is about, for the message ("the budget of milton-keynes for 2019-20")
     */
    public void check(long current, String what) {
        if (this == NONE) {
            return;
        }
        if (current == 0) {
            throw ProblemException.preconditionFailed("If-Match was sent but " + what
                    + " does not exist yet; send the first revision without If-Match");
        }
        if (!any && !revisions.contains(current)) {
            throw ProblemException.preconditionFailed("If-Match does not match the current revision \"" + current + "\" of "
                    + what + "; fetch the latest revision and retry").with("currentRevision", current);
        }
    }

    public static String etag(long revision) {
        return "\"" + revision + "\"";
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
