package org.yjhub.inspection.service;

import org.yjhub.kit.problem.ProblemException;

/** The {@code If-Match} convention: the ETag is {@code "<revision>"}; a different revision is a 412. */
public final class Preconditions {

    private Preconditions() {
    }

    public static String etag(long revision) {
        return "\"" + revision + "\"";
    }

    /**
     * Passes when there is no {@code If-Match}, when it is {@code *}, or when one of its tags names the current
     * revision (weak or strong); otherwise 412, and nothing is stored.
     */
    public static void check(String ifMatch, long current, String what) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(etag(current))) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("If-Match " + ifMatch.strip() + " does not match the current "
                        + what + " " + etag(current) + "; fetch the latest and retry")
                .with("currentETag", etag(current));
    }
}
