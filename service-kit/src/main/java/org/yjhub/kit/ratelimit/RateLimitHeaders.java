package org.yjhub.kit.ratelimit;

import org.yjhub.kit.ratelimit.RateLimiter.Decision;

/**
 * The rate-limit fields of an answer, as the IETF HTTPAPI draft "RateLimit header fields for HTTP" writes them
 * (draft-ietf-httpapi-ratelimit-headers): {@code RateLimit-Policy: "default";q=1200;w=60} names the quota, and
 * {@code RateLimit: "default";r=1187;t=42} says what is left of it and in how many seconds it is whole again. A 429
 * also carries {@code Retry-After} (RFC 9110).
 */
public final class RateLimitHeaders {

    public static final String RATE_LIMIT = "RateLimit";
    public static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    public static final String RETRY_AFTER = "Retry-After";

    private RateLimitHeaders() {
    }

    public static String policy(Decision d) {
        return "\"" + d.limit().policy() + "\";q=" + d.limit().requests() + ";w=" + d.limit().window().toSeconds();
    }

    public static String remaining(Decision d) {
        return "\"" + d.limit().policy() + "\";r=" + d.remaining() + ";t=" + d.resetSeconds();
    }
}
