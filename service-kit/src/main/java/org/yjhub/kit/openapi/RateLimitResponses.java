package org.yjhub.kit.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.yjhub.kit.ratelimit.RateLimitHeaders;

/**
 * The rate limits in the document, as the kit's {@code RateLimitFilter} applies them to every REST operation: each
 * success and each 4xx carries {@code RateLimit} and {@code RateLimit-Policy}, and every operation may answer 429
 * (the shared {@code TooManyRequests}, with {@code Retry-After}). The two fields are {@code components/headers}, so an
 * answer refers to them rather than repeating them.
 */
final class RateLimitResponses {

    private RateLimitResponses() {
    }

    /** The header components the answers refer to. */
    static void addComponents(Components components) {
        components.addHeader(RateLimitHeaders.RATE_LIMIT_POLICY, header("The quota this call counted against: its "
                + "policy, q requests in every w seconds (IETF draft-ietf-httpapi-ratelimit-headers)",
                "\"default\";q=1200;w=60"));
        components.addHeader(RateLimitHeaders.RATE_LIMIT, header("What is left of the quota: r requests, whole "
                + "again in t seconds", "\"default\";r=1187;t=42"));
    }

    /** A 2xx or 4xx gets the two fields; any other answer is left as it is. */
    static void addFields(String status, APIResponse response) {
        if (response.getRef() != null || !(status.startsWith("2") || status.startsWith("4"))) {
            return;
        }
        HeaderRefs.refer(response, RateLimitHeaders.RATE_LIMIT_POLICY);
        HeaderRefs.refer(response, RateLimitHeaders.RATE_LIMIT);
    }

    /** The 429's own field: when to try again. */
    static void addRetryAfter(APIResponse response) {
        response.addHeader(RateLimitHeaders.RETRY_AFTER, OASFactory.createHeader()
                .description("Seconds until the caller's quota is whole again").schema(HeaderSchemas.retryAfter()));
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader().description(description).example(example)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)
                        .pattern(org.yjhub.common.bounds.Bounds.HEADER_VALUE));
    }
}
