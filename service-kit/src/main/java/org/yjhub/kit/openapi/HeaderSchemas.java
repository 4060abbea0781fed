package org.yjhub.kit.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.yjhub.common.bounds.Bounds;

import java.math.BigDecimal;
import java.util.List;

/**
 * The schemas of the response headers the kit and the services send, as they send them: an ETag is one entity tag, a
 * Location a URI reference, X-Data-As-Of a date-time, WWW-Authenticate the Bearer challenge, Retry-After seconds. Any
 * other header is a bounded header value ({@link ResponseBounds#header}).
 */
final class HeaderSchemas {

    /** A URI this API writes (Location, the CORS origin): the longest a browser or proxy reliably takes. */
    static final int URI_LENGTH = 2_048;
    /** The longest wait a 429 or 503 asks for: a rate-limit window is at most an hour. */
    static final int RETRY_AFTER_MAX = 3_600;

    private HeaderSchemas() {
    }

    /** The kit's schema for the header, or null for a header it does not know. */
    static Schema of(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "etag" -> string(Bounds.HEADER_LENGTH).pattern("^(W/)?\"[\\x21\\x23-\\x7E]*\"$");
            case "location", "access-control-allow-origin" -> string(URI_LENGTH).format("uri-reference");
            case "x-data-as-of" -> string(ResponseBounds.DATE_TIME_LENGTH).format("date-time");
            case "www-authenticate" -> OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                    .enumeration(List.of("Bearer"));
            case "retry-after" -> retryAfter();
            default -> null;
        };
    }

    static Schema retryAfter() {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").minimum(BigDecimal.ONE)
                .maximum(BigDecimal.valueOf(RETRY_AFTER_MAX));
    }

    private static Schema string(int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
    }
}
