package org.yjhub.performance.rest;

import org.yjhub.kit.problem.ProblemException;

/** HTTP details shared by the resources: the OpenAPI vocabulary and its examples. */
final class Http {

    static final String PROBLEM = "application/problem+json";
    static final String CSV = "text/csv";

    static final String PROBLEM_404 = """
            {"type":"https://yjhub.org/problems/not-found","title":"Not found","status":404,\
            "detail":"no team with code 'atlantis'; GET /api/v1/teams lists them","instance":"/api/v1/teams/atlantis/returns/2019-20-Q4"}""";
    static final String PROBLEM_403 = """
            {"type":"https://yjhub.org/problems/forbidden","title":"Forbidden","status":403,\
            "detail":"an authority token may only write its own team's data: this token is for 'medway', not 'milton-keynes'"}""";
    static final String PROBLEM_412 = """
            {"type":"https://yjhub.org/problems/precondition-failed","title":"Precondition failed","status":412,\
            "detail":"If-Match \\"1\\" does not hold: the return for milton-keynes 2019-20-Q4 is at revision 2 (ETag \\"2\\"); \
            GET it, review the changes and retry with its ETag. Nothing was stored.","currentRevision":2,"currentETag":"\\"2\\""}""";
    static final String PROBLEM_400_IF_MATCH = """
            {"type":"https://yjhub.org/problems/bad-request","title":"Malformed request","status":400,\
            "detail":"If-Match '3' is malformed: expected a quoted entity tag such as \\"3\\" (or W/\\"3\\"), or *"}""";
    static final String PROBLEM_415 = """
            {"type":"https://yjhub.org/problems/unsupported-media-type","title":"Unsupported Media Type","status":415,\
            "detail":"unsupported content type; see the OpenAPI document for what this operation accepts"}""";

    private Http() {
    }

    static ProblemException emptyBody(String expected) {
        return ProblemException.badRequest("the body is empty; expected " + expected);
    }
}
