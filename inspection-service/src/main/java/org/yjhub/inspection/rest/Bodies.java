package org.yjhub.inspection.rest;

import org.yjhub.kit.problem.ProblemException;

/** A write without a body is malformed (400). */
final class Bodies {

    private Bodies() {
    }

    static <T> T require(T body) {
        if (body == null) {
            throw ProblemException.badRequest("a JSON request body is required");
        }
        return body;
    }
}
