package org.yjhub.performance.rest;

import org.yjhub.kit.problem.ProblemException;
import org.yjhub.performance.domain.EntityTags;
import org.yjhub.performance.service.Preconditions;

/** HTTP details shared by the resources: conditional headers and the OpenAPI vocabulary. */
final class Http {

    static final String PROBLEM = "application/problem+json";
    static final String CSV = "text/csv";
    static final String IF_MATCH = "If-Match";
    static final String IF_NONE_MATCH = "If-None-Match";

    static final String PROBLEM_404 = """
            {"type":"https://yjhub.org/problems/not-found","title":"Not found","status":404,\
            "detail":"no team with code 'atlantis'; GET /api/v1/teams lists them","instance":"/api/v1/teams/atlantis/returns/2019-20-Q4"}""";
    static final String PROBLEM_403 = """
            {"type":"https://yjhub.org/problems/forbidden","title":"Forbidden","status":403,\
            "detail":"an authority token may only write its own team's data: this token is for 'medway', not 'milton-keynes'"}""";
    static final String PROBLEM_412 = """
            {"type":"https://yjhub.org/problems/precondition-failed","title":"Precondition failed","status":412,\
            "detail":"If-Match \\"1\\" does not hold: the return for milton-keynes 2019-20-Q4 is at revision 2 (ETag \\"2\\"); \
            GET it, review the changes and retry with its ETag. Nothing was stored.","currentRevision":2}""";
    static final String PROBLEM_415 = """
            {"type":"https://yjhub.org/problems/unsupported-media-type","title":"Unsupported Media Type","status":415,\
            "detail":"unsupported content type; see the OpenAPI document for what this operation accepts"}""";

    private Http() {
    }

    static Preconditions preconditions(String ifMatch, String ifNoneMatch) {
        return new Preconditions(condition(IF_MATCH, ifMatch), condition(IF_NONE_MATCH, ifNoneMatch));
    }

    static EntityTags.Condition condition(String header, String value) {
        try {
            return EntityTags.parse(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(header + ": " + e.getMessage());
        }
    }

    /** True when a GET's If-None-Match names the current revision (answer 304). */
    static boolean notModified(String ifNoneMatch, long revision) {
        EntityTags.Condition condition = condition(IF_NONE_MATCH, ifNoneMatch);
        return condition != null && condition.matches(revision);
    }

    static ProblemException emptyBody(String expected) {
        return ProblemException.badRequest("the body is empty; expected " + expected);
    }
}
