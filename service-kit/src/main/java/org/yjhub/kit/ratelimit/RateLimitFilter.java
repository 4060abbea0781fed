package org.yjhub.kit.ratelimit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.yjhub.kit.problem.Problem;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.ratelimit.RateLimiter.Decision;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts every call of a REST operation against its caller's limit ({@link RateLimitPolicies}): a caller is the
 * token's subject, or the client address for a call without a valid token. Within the limit the answer carries the
 * {@code RateLimit} and {@code RateLimit-Policy} fields; over it, the call is answered 429 problem+json with
 * {@code Retry-After} and nothing runs. Health, metrics and the OpenAPI document are not REST operations and are not
 * counted.
 */
@Singleton
public class RateLimitFilter {

    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    @Inject
    RateLimits limits;

    @Inject
    CurrentIdentityAssociation identities;

    private final Map<Method, String> policyOfMethod = new ConcurrentHashMap<>();

    /**
     * A call without a valid token is counted by its address before anything else, so that it is counted even when
     * the security check then refuses it (401).
     */
    @ServerRequestFilter(preMatching = true)
    public Uni<Response> countAnonymous(ContainerRequestContext request, HttpServerRequest http) {
        if (!limits.enabled()) {
            return Uni.createFrom().nullItem();
        }
        return identity().map(identity -> anonymous(identity)
                ? decide(request, RateLimitPolicies.DEFAULT, "address " + address(http), null) : null);
    }

    /** A call with a valid token is counted by its subject, under the operation's policy. */
    @ServerRequestFilter
    public Uni<Response> countCallers(ContainerRequestContext request, ResourceInfo resource) {
        if (!limits.enabled()) {
            return Uni.createFrom().nullItem();
        }
        String policy = policy(resource.getResourceMethod());
        return identity().map(identity -> anonymous(identity) ? null
                : decide(request, policy, "subject " + identity.getPrincipal().getName(), identity.getRoles()));
    }

    @ServerResponseFilter
    public void fields(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof Decision d) {
            response.getHeaders().putSingle(RateLimitHeaders.RATE_LIMIT_POLICY, RateLimitHeaders.policy(d));
            response.getHeaders().putSingle(RateLimitHeaders.RATE_LIMIT, RateLimitHeaders.remaining(d));
        }
    }

    private String policy(Method method) {
        if (method == null) {
            return RateLimitPolicies.DEFAULT;
        }
        return policyOfMethod.computeIfAbsent(method, m -> {
            RateLimited own = m.getAnnotation(RateLimited.class);
            RateLimited ofClass = m.getDeclaringClass().getAnnotation(RateLimited.class);
            return own != null ? own.value() : ofClass != null ? ofClass.value() : RateLimitPolicies.DEFAULT;
        });
    }

    /** The caller's identity, or null when the token is missing or not valid (the security check answers that). */
    private Uni<SecurityIdentity> identity() {
        return identities.getDeferredIdentity().onFailure().recoverWithNull();
    }

    /** Counts the call; the 429 to answer instead when it is over the limit, else null (go on). */
    private Response decide(ContainerRequestContext request, String policy, String caller, Set<String> roles) {
        return limits.take(policy, caller, roles).map(decision -> {
            request.setProperty(DECISION, decision);
            return decision.allowed() ? null : tooMany(decision, request);
        }).orElse(null);
    }

    private static boolean anonymous(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous();
    }

    private static String address(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }

    private static Response tooMany(Decision d, ContainerRequestContext request) {
        Problem problem = new ProblemException(429, "too-many-requests", "Too many requests",
                "over the limit of " + d.limit().requests() + " requests in " + d.limit().window().toSeconds()
                        + " s (policy " + d.limit().policy() + "); retry after " + d.resetSeconds() + " s",
                List.of()).toProblem(request.getUriInfo().getRequestUri().getRawPath());
        return Response.status(429).type(Problem.MEDIA_TYPE).entity(problem)
                .header(RateLimitHeaders.RETRY_AFTER, d.resetSeconds()).build();
    }
}
