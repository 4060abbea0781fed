package org.yjhub.budget.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.yjhub.budget.service.Outcome;
import org.yjhub.budget.service.Precondition;

/** How the budget and staffing resources answer: the revision as the ETag, and 201 at the request URI for a first one. */
final class Answers {

    private Answers() {
    }

    /** A write's answer: 201 with a Location for the first revision, otherwise 200. */
    static Response written(Outcome outcome, UriInfo uri, Object entity, long revision) {
        Response.ResponseBuilder builder = outcome == Outcome.CREATED ? Response.created(uri.getRequestUri()) : Response.ok();
        return builder.entity(entity).header(HttpHeaders.ETAG, Precondition.etag(revision)).build();
    }

    /** A read of the latest revision. */
    static Response current(Object entity, long revision) {
        return Response.ok(entity).header(HttpHeaders.ETAG, Precondition.etag(revision)).build();
    }
}
