package org.yjhub.kit.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.problem.ProblemMappers;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A body sent to an operation that takes none is refused (400 problem+json) before the operation runs, instead of
 * being ignored: the client meant something the API will not do, and nothing of it is read. The kit's OpenAPI filter
 * documents it as the 400 of every operation without a request body ({@code BadRequests}).
 */
public class UnexpectedBody {

    /** The words of the refusal, in the answer and in the document. */
    public static final String REASON = "a body, which this operation does not take";

    private final Map<Method, Boolean> takesBody = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response refuse(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !hasBody(request) || takesBody.computeIfAbsent(method, UnexpectedBody::takesBody)) {
            return null;
        }
        return ProblemMappers.respond(ProblemException.badRequest("the request has " + REASON + "; nothing was done")
                .toProblem(request.getUriInfo().getRequestUri().getRawPath()));
    }

    /**
     * True when the request carries at least one byte of body. A {@code Content-Length: 0} (what many clients send with
     * a bodiless POST, such as {@code POST /api/v1/admin/rebuild}) is no body, whatever the media type says.
     */
    static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                return Long.parseLong(length.trim()) > 0;
            } catch (NumberFormatException e) {
                return true;
            }
        }
        return request.hasEntity();
    }

    /** True when a parameter of the method is its body: one that no JAX-RS or Quarkus REST annotation binds. */
    static boolean takesBody(Method method) {
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            boolean bound = false;
            for (Annotation a : annotations) {
                String type = a.annotationType().getName();
                bound |= type.startsWith("jakarta.ws.rs.") || type.startsWith("org.jboss.resteasy.reactive.");
            }
            if (!bound) {
                return true;
            }
        }
        return false;
    }
}
