package org.yjhub.kit.http;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestResponse;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.kit.openapi.ConditionalResponses;
import org.yjhub.kit.revision.Written;

import java.util.function.Function;

/**
 * The conditional headers of a PUT that creates or replaces a revisioned resource, for
 * {@code @BeanParam ConditionalWrite conditions}: documented once, here, parsed once and answered once. An operation
 * with them also documents, through the kit's OpenAPI filter, its 412 and the 400 of a malformed header
 * ({@link ConditionalResponses}).
 */
public class ConditionalWrite {

    @HeaderParam(EntityTags.IF_MATCH)
    @Parameter(description = "The ETag you last read, or *: the write is made only if nothing changed meanwhile",
            example = "\"1\"", schema = @Schema(type = SchemaType.STRING, pattern = Bounds.ENTITY_TAGS,
                    maxLength = Bounds.HEADER_LENGTH),
            extensions = @Extension(name = ConditionalResponses.EXTENSION, value = ConditionalResponses.WRITE))
    @Size(max = Bounds.HEADER_LENGTH, message = Bounds.LENGTH_MESSAGE)
    String ifMatch;

    @HeaderParam(EntityTags.IF_NONE_MATCH)
    @Parameter(description = "* to create only", example = "*",
            schema = @Schema(type = SchemaType.STRING, pattern = Bounds.ENTITY_TAGS,
                    maxLength = Bounds.HEADER_LENGTH),
            extensions = @Extension(name = ConditionalResponses.EXTENSION, value = ConditionalResponses.WRITE))
    @Size(max = Bounds.HEADER_LENGTH, message = Bounds.LENGTH_MESSAGE)
    String ifNoneMatch;

    @Context
    UriInfo uri;

    /** Parses both headers: 400 when malformed. */
    public Preconditions preconditions() {
        return Preconditions.of(ifMatch, ifNoneMatch);
    }

    /**
     * Parses both headers (400 when malformed), then writes: 201 at the request's URI for the first revision, otherwise
     * 200; the body and the ETag either way.
     */
    public <T, V> RestResponse<V> write(Function<Preconditions, Written<T>> write, Function<T, V> view) {
        Written<T> written = write.apply(preconditions());
        return RevisionResponses.written(written.created(), uri.getRequestUri(), written.version(),
                view.apply(written.current()));
    }
}
