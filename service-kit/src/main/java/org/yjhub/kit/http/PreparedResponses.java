package org.yjhub.kit.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Answers with a prepared {@link Body}: 304 with its ETag when If-None-Match names it, otherwise 200 with the bytes
 * and the ETag; either way {@code Cache-Control: no-cache} (a client revalidates, and gets 304 while it is current).
 */
public final class PreparedResponses {

    public static final String ETAG_DESCRIPTION = "Strong validator of this representation (a hash of its bytes): send "
            + "it in If-None-Match to get 304 while nothing has changed";

    private PreparedResponses() {
    }

    public static Response.ResponseBuilder respond(Body body, String ifNoneMatch) {
        Response.ResponseBuilder builder = matches(ifNoneMatch, body.etag()) ? Response.notModified()
                : Response.ok(body.bytes()).header(HttpHeaders.CONTENT_TYPE, body.contentType());
        return builder.header(HttpHeaders.ETAG, body.etag()).header(HttpHeaders.CACHE_CONTROL, "no-cache");
    }

    /**
     * If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored; * matches anything. Lenient,
     * unlike {@link EntityTags#parse}: a prepared answer is the same for any client, so a malformed header just misses.
     */
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
