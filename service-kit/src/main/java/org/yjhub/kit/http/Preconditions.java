package org.yjhub.kit.http;

import org.yjhub.kit.problem.ProblemException;

/**
 * The conditional headers of a request to a revisioned resource, with one answer for each case in every service:
 * a malformed header → 400 (when parsed); a write whose {@code If-Match} does not hold, or whose
 * {@code If-None-Match: *} finds the resource already there → 412 naming the current revision (extension members
 * {@code currentRevision} and {@code currentETag}); a read whose {@code If-None-Match} names the current revision →
 * 304.
 *
 * @param ifMatch     null when absent
 * @param ifNoneMatch null when absent
 */
public record Preconditions(EntityTags.Condition ifMatch, EntityTags.Condition ifNoneMatch) {

    public static final Preconditions NONE = new Preconditions(null, null);

    /** Parses both headers; 400 problem when either is malformed. */
    public static Preconditions of(String ifMatch, String ifNoneMatch) {
        return new Preconditions(EntityTags.parse(EntityTags.IF_MATCH, ifMatch),
                EntityTags.parse(EntityTags.IF_NONE_MATCH, ifNoneMatch));
    }

    /** Parses only {@code If-Match} (writes that cannot create). */
    public static Preconditions ifMatch(String ifMatch) {
        return of(ifMatch, null);
    }

    /**
     * Throws 412 when a write's condition does not hold.
     *
     * @param what    the resource, for the message ("the return for milton-keynes 2019-20-Q4")
     * @param current its current revision, 0 when it does not exist yet
     */
    public void checkWrite(String what, long current) {
        if (ifMatch != null && !ifMatch.strongMatch(current)) {
            String state = current <= 0 ? "does not exist yet" : "is at revision " + current + " (ETag " + EntityTags.of(current) + ")";
            throw stale("If-Match " + ifMatch + " does not hold: " + what + " " + state
                    + "; GET it, review the changes and retry with its ETag. Nothing was stored.", current);
        }
        if (ifNoneMatch != null && ifNoneMatch.weakMatch(current)) {
            throw stale("If-None-Match " + ifNoneMatch + " does not hold: " + what + " already exists at revision "
                    + current + " (ETag " + EntityTags.of(current) + "). Nothing was stored.", current);
        }
    }

    /** True when a read should answer 304: {@code If-None-Match} names the current revision (weak comparison). */
    public boolean notModified(long current) {
        return ifNoneMatch != null && ifNoneMatch.weakMatch(current);
    }

    private static ProblemException stale(String detail, long current) {
        ProblemException p = ProblemException.preconditionFailed(detail);
        if (current > 0) {
            p.with("currentRevision", current).with("currentETag", EntityTags.of(current));
        }
        return p;
    }
}
