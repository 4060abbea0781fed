package org.yjhub.gateway.rest;

import jakarta.ws.rs.core.Response;
import org.yjhub.gateway.service.Served;
import org.yjhub.kit.http.PreparedResponses;

import java.time.format.DateTimeFormatter;

/** Writes a precomputed answer with its validators (the kit's {@link PreparedResponses}) and X-Data-As-Of. */
final class Cached {

    static final String DATA_AS_OF = "X-Data-As-Of";
    static final String COMPARATOR_DESCRIPTION = "What each team's value is compared with: england-and-wales (the "
            + "default), england, wales, region (each team's own region), type (each team's own authority type) or "
            + "group:{code} (a comparator group, GET /api/v1/groups); significance, the comparator figures and their "
            + "distributions follow it. Malformed: 400; an unknown group: 404";
    /** The characters of a comparator (ComparatorChoice reads the value, in any case: 400 unless it is one). */
    static final String COMPARATOR = "^[A-Za-z0-9:-]+$";
    static final int COMPARATOR_LENGTH = 6 + org.yjhub.common.bounds.Bounds.CODE_LENGTH;
    static final String COMPARATOR_MESSAGE = "must be england-and-wales, england, wales, region, type or group:{code}";
    static final String DATA_AS_OF_DESCRIPTION = "Time of the newest event the read model had applied (ISO 8601, UTC)";

    private Cached() {
    }

    static Response respond(Served served, String ifNoneMatch) {
        Response.ResponseBuilder builder = PreparedResponses.respond(served.body(), ifNoneMatch);
        if (served.dataAsOf() != null) {
            builder.header(DATA_AS_OF, DateTimeFormatter.ISO_INSTANT.format(served.dataAsOf()));
        }
        return builder.build();
    }
}
