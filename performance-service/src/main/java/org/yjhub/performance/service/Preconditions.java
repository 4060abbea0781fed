package org.yjhub.performance.service;

import org.yjhub.performance.domain.EntityTags;

/**
 * The conditional headers of a write: {@code If-Match} (the revision the client last saw, or {@code *}) and
 * {@code If-None-Match: *} (create only). Either may be absent.
 */
public record Preconditions(EntityTags.Condition ifMatch, EntityTags.Condition ifNoneMatch) {

    public static final Preconditions NONE = new Preconditions(null, null);

    /** Throws 412 when a condition does not hold for the current revision (0 = nothing yet). */
    void check(String what, long current) {
        if (ifMatch != null && !ifMatch.matches(current)) {
            throw Problems.stale(what, ifMatch, current);
        }
        if (ifNoneMatch != null && ifNoneMatch.matches(current)) {
            throw Problems.exists(what, current);
        }
    }
}
