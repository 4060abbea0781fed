package org.yjhub.performance.rest;

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
    static final String PROBLEM_415 = """
            {"type":"https://yjhub.org/problems/unsupported-media-type","title":"Unsupported Media Type","status":415,\
            "detail":"unsupported content type; see the OpenAPI document for what this operation accepts"}""";

    private Http() {
    }
}
