package org.yjhub.kit.http;

import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The answers of a revisioned resource, the same in every service: each carries the resource's ETag; a read whose
 * {@code If-None-Match} names it is a 304 without a body; a write that created the resource is a 201 at its URI. The
 * answers are typed by their body, so that the OpenAPI document takes the success's schema from the method itself.
 */
public final class RevisionResponses {

    /** For OpenAPI {@code @Header} descriptions of the ETag. */
    public static final String ETAG_DESCRIPTION = "The entity tag of what was returned, e.g. \"3\": send it back in If-Match "
            + "to write only if nothing changed meanwhile, or in If-None-Match to get 304 while nothing has";

    /** For the OpenAPI description of a list of revisions ({@link #revisions}). */
    public static final String REVISIONS_DESCRIPTION = "Revisions are never changed, so the list changes only with a new "
            + "revision: its ETag is the latest revision's, and `If-None-Match` naming it answers 304 without a body.";

    private RevisionResponses() {
    }

    /**
     * A read: 304 with the ETag when {@code conditions} say the client holds the current representation, otherwise 200
     * with the body (only then built) and the ETag.
     *
     * @param version the number the resource's ETag carries (its revision, or a version that runs ahead of it)
     */
    public static <V> RestResponse<V> read(Preconditions conditions, long version, Supplier<V> body) {
        if (conditions.notModified(version)) {
            return RestResponse.ResponseBuilder.<V>notModified().header(HttpHeaders.ETAG, EntityTags.of(version)).build();
        }
        return RestResponse.ResponseBuilder.ok(body.get()).header(HttpHeaders.ETAG, EntityTags.of(version)).build();
    }

    /**
     * A read of a resource's revisions, oldest first: they are never changed, so the list changes only with a new
     * revision and its ETag is the latest revision's.
     */
    public static <T, V> RestResponse<List<V>> revisions(Preconditions conditions, List<T> revisions,
                                                         ToLongFunction<T> revision, Function<T, V> view) {
        return read(conditions, revision.applyAsLong(revisions.get(revisions.size() - 1)),
                () -> revisions.stream().map(view).toList());
    }

    /** A write's answer: 201 with a Location for the first revision, otherwise 200; the body and ETag either way. */
    public static <V> RestResponse<V> written(boolean created, URI location, long version, V body) {
        RestResponse.ResponseBuilder<V> builder = created ? RestResponse.ResponseBuilder.created(location)
                : RestResponse.ResponseBuilder.ok();
        return builder.entity(body).header(HttpHeaders.ETAG, EntityTags.of(version)).build();
    }
}
