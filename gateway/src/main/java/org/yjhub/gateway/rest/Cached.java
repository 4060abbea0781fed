package org.yjhub.gateway.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.yjhub.gateway.service.Served;

import java.time.format.DateTimeFormatter;

/** Writes a precomputed answer with its validators: ETag, X-Data-As-Of, and 304 when If-None-Match matches. */
final class Cached {

    static final String DATA_AS_OF = "X-Data-As-Of";
    static final String ETAG_DESCRIPTION = "Strong validator of this representation (a hash of its bytes): send it in "
            + "If-None-Match to get 304 while nothing has changed";
    static final String COMPARATOR_DESCRIPTION = "What each team's value is compared with: england-and-wales (the "
            + "default), england, wales, region (each team's own region), type (each team's own authority type) or "
            + "group:{code} (a comparator group, GET /api/v1/groups); significance, the comparator figures and their "
            + "distributions follow it. Malformed: 400; an unknown group: 404";
    static final String DATA_AS_OF_DESCRIPTION = "Time of the newest event the read model had applied (ISO 8601, UTC)";

    private Cached() {
    }

    static Response respond(Served served, String ifNoneMatch) {
        String etag = served.body().etag();
        Response.ResponseBuilder builder;
        if (matches(ifNoneMatch, etag)) {
            builder = Response.notModified();
        } else {
            builder = Response.ok(served.body().bytes()).header(HttpHeaders.CONTENT_TYPE, served.body().contentType());
        }
        builder.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (served.dataAsOf() != null) {
            builder.header(DATA_AS_OF, DateTimeFormatter.ISO_INSTANT.format(served.dataAsOf()));
        }
        return builder.build();
    }

    /** If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored; * matches anything. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
