package org.yjhub.kit.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Counts an operation (or every operation of a resource) under a policy of its own rather than {@code default}: an
 * expensive one (a bulk load) or a long-lived one (the change stream) gets a stricter limit, configured under
 * {@code yj.rate-limit.policies.<value>}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {

    /** The policy's name. */
    String value();
}
