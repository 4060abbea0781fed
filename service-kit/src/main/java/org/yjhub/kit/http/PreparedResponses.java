package org.yjhub.kit.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.yjhub.kit.problem.ProblemException;

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
     * If-None-Match uses the weak comparison (RFC 9110 13.1.2), read by the kit's {@link EntityTags}. Lenient where
     * a revisioned read is not: a prepared answer is the same for any client, so a malformed header just misses.
     */
    static boolean matches(String ifNoneMatch, String etag) {
        try {
            EntityTags.Condition condition = EntityTags.parse(EntityTags.IF_NONE_MATCH, ifNoneMatch);
            // a Body's ETag is always one strong quoted tag
            return condition != null
                    && condition.weakMatch(new EntityTags.Tag(false, etag.substring(1, etag.length() - 1)));
        } catch (ProblemException malformed) {
            return false;
        }
    }
}
