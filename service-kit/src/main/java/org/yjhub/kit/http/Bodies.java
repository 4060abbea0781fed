package org.yjhub.kit.http;

import org.yjhub.kit.problem.ProblemException;

/**
 * A write's JSON body, which the framework hands over as {@code null} when the request has none: a write without a
 * body is malformed (400), answered the same way by every service. The kit's OpenAPI filter lists "no body" among an
 * operation's 400 reasons.
 */
public final class Bodies {

    private Bodies() {
    }

    /** The body, or a 400 problem when there is none. */
    public static <T> T require(T body) {
        if (body == null) {
            throw ProblemException.badRequest("the request has no body; this operation needs a JSON body (its schema "
                    + "and examples are in the OpenAPI document)");
        }
        return body;
    }
}
