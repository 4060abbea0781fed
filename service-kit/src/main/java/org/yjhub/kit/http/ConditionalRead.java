package org.yjhub.kit.http;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestResponse;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.kit.openapi.ConditionalResponses;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The conditional header of a read of a revisioned resource, for {@code @BeanParam ConditionalRead conditions}:
 * documented once, here, and answered once. An operation with it also documents, through the kit's OpenAPI filter,
 * its 304 and the 400 of a malformed header ({@link ConditionalResponses}).
 */
public class ConditionalRead {

    @HeaderParam(EntityTags.IF_NONE_MATCH)
    @Parameter(description = "The ETag you last read: 304 while it is still current", example = "\"1\"",
            schema = @Schema(type = SchemaType.STRING, pattern = Bounds.ENTITY_TAGS,
                    maxLength = Bounds.HEADER_LENGTH),
            extensions = @Extension(name = ConditionalResponses.EXTENSION, value = ConditionalResponses.READ))
    @Size(max = Bounds.HEADER_LENGTH, message = Bounds.LENGTH_MESSAGE)
    String ifNoneMatch;

    /**
     * Parses If-None-Match (400 when malformed), then loads the resource (which may answer 404): 304 with the ETag when
     * the client holds its current representation, otherwise 200 with the body and the ETag.
     *
     * @param version the number the resource's ETag carries
     */
    public <T, V> RestResponse<V> read(Supplier<T> load, ToLongFunction<T> version, Function<T, V> view) {
        Preconditions conditions = Preconditions.ifNoneMatch(ifNoneMatch);
        T current = load.get();
        return RevisionResponses.read(conditions, version.applyAsLong(current), () -> view.apply(current));
    }

    /** As {@link #read}, for a resource's revisions, oldest first ({@link RevisionResponses#revisions}). */
    public <T, V> RestResponse<List<V>> revisions(Supplier<List<T>> load, ToLongFunction<T> revision,
                                                 Function<T, V> view) {
        Preconditions conditions = Preconditions.ifNoneMatch(ifNoneMatch);
        return RevisionResponses.revisions(conditions, load.get(), revision, view);
    }
}
