package org.yjhub.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.yjhub.common.period.PeriodFormatException;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The one place where failures become {@code application/problem+json}. Bad input never becomes a 500. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response period(PeriodFormatException e, UriInfo uri) {
        return respond(ProblemException.badRequest(e.getMessage()).toProblem(path(uri)));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Problem p = new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized", 401,
                "a valid bearer token is required", path(uri), List.of(), Map.of());
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(p).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemException.forbidden("this token's role does not allow this operation").toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response mismatch(MismatchedInputException e, UriInfo uri) {
        String field = fieldPath(e);
        String message = "has the wrong type or form" + (e.getTargetType() != null ? " (expected " + describe(e.getTargetType()) + ")" : "");
        return respond(ProblemException.unprocessable(field.isEmpty() ? "body" : field, message).toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException m && !(e.getCause() instanceof JsonProcessingException) && !fieldPath(m).isEmpty()) {
            String detail = "field " + fieldPath(m) + " is invalid: " + e.getOriginalMessage();
            return respond(ProblemException.unprocessable(fieldPath(m), detail).toProblem(path(uri)));
        }
        return respond(ProblemException.badRequest("the body is not valid JSON: " + e.getOriginalMessage()).toProblem(path(uri)));
    }

    /**
     * A bound a parameter or the body is over (Bean Validation, before the resource method runs): 400 for a parameter,
     * 422 for the body, each violation named ({@link Violations}). Quarkus' own answer to it is not problem+json.
     */
    @ServerExceptionMapper({jakarta.validation.ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response bounds(jakarta.validation.ConstraintViolationException e, UriInfo uri) {
        return respond(Violations.problem(e.getConstraintViolations()).toProblem(path(uri)));
    }

    @ServerExceptionMapper({ConstraintViolationException.class, OptimisticLockException.class})
    public Response constraint(RuntimeException e, UriInfo uri) {
        LOG.debugf(e, "conflict on %s", path(uri));
        return respond(ProblemException.conflict("the change conflicts with a concurrent change; fetch the latest and retry")
                .toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException jpe) {
            return json(jpe, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String detail = switch (status) {
            case 404 -> "no resource at " + path(uri);
            case 405 -> "method not allowed on " + path(uri);
            case 406 -> "none of the accepted media types can be produced";
            case 413 -> "the request body is too large";
            case 415 -> "unsupported content type; see the OpenAPI document for what this operation accepts";
            default -> e.getMessage();
        };
        Problem p = new Problem(Problem.TYPE_BASE + title.toLowerCase().replace(' ', '-'), title, status, detail,
                path(uri), List.of(), Map.of());
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(p);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            LOG.warnf("database unavailable on %s: %s", path(uri), e.toString());
            Problem p = new Problem(Problem.TYPE_BASE + "service-unavailable", "Service Unavailable", 503,
                    "the service's database is unavailable; nothing was changed; retry later", path(uri), List.of(),
                    Map.of());
            return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, "5").entity(p).build();
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure %s on %s", id, path(uri));
        Problem p = new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "an unexpected error occurred; quote " + id + " when reporting it", path(uri), List.of(), Map.of());
        return Response.status(500).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    /**
     * True when the failure is the database being out of reach (connection refused or lost, SQLState class 08, no
     * connection available in time) rather than a fault of the request or the code.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException
                    || t instanceof java.sql.SQLException sql && unavailable(sql.getSQLState())
                    // Hibernate's words for a connection the pool could not open, whatever the server said (a database
                    // that does not accept connections answers 55000, which is not a connection-class state)
                    || t instanceof org.hibernate.exception.GenericJDBCException g && g.getMessage() != null
                    && g.getMessage().startsWith("Unable to acquire JDBC Connection")) {
                return true;
            }
        }
        return false;
    }

    /** Connection exceptions (08), the server shutting down or starting (57P), too many connections (53300). */
    private static boolean unavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P") || sqlState.equals("53300"));
    }

    public static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
