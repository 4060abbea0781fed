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

    /** Parses only {@code If-None-Match} (reads). */
    public static Preconditions ifNoneMatch(String ifNoneMatch) {
        return of(null, ifNoneMatch);
    }

    /**
     * Throws 412 when a write's condition does not hold.
     *
     * @param what    the resource, for the message ("the return for milton-keynes 2019-20-Q4")
     * @param current its current revision, 0 when it does not exist yet; its ETag is {@link EntityTags#of}(current)
     */
    public void checkWrite(String what, long current) {
        checkWrite(what, current, current);
    }

    /**
     * Throws 412 when a write's condition does not hold, for a resource whose ETag carries a version that can run
     * ahead of its revision (its representation also changes with figures derived from another aggregate).
     *
     * @param what     the resource, for the message
     * @param revision its current revision, 0 when it does not exist yet (named in the problem as currentRevision)
     * @param version  the number its current ETag carries, {@code >= revision}
     */
    public void checkWrite(String what, long revision, long version) {
        if (ifMatch != null && !ifMatch.strongMatch(version)) {
            String state = revision <= 0 ? "does not exist yet" : "is at revision " + revision + " (ETag " + EntityTags.of(version) + ")";
            throw stale("If-Match " + ifMatch + " does not hold: " + what + " " + state
                    + "; GET it, review the changes and retry with its ETag. Nothing was stored.", revision, version);
        }
        if (ifNoneMatch != null && ifNoneMatch.weakMatch(version)) {
            throw stale("If-None-Match " + ifNoneMatch + " does not hold: " + what + " already exists at revision "
                    + revision + " (ETag " + EntityTags.of(version) + "). Nothing was stored.", revision, version);
        }
    }

    /** True when a read should answer 304: {@code If-None-Match} names the current revision (weak comparison). */
    public boolean notModified(long current) {
        return ifNoneMatch != null && ifNoneMatch.weakMatch(current);
    }

    private static ProblemException stale(String detail, long revision, long version) {
        ProblemException p = ProblemException.preconditionFailed(detail);
        if (revision > 0) {
            p.with("currentRevision", revision).with("currentETag", EntityTags.of(version));
        }
        return p;
    }
}
