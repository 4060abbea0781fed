package org.yjhub.kit.http;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.kit.openapi.ConditionalResponses;

/**
 * The conditional header of a write to a revisioned resource that exists already (a correction, an addition to it, a
 * progress update), for {@code @BeanParam ConditionalUpdate conditions}: If-Match alone. An operation with it also
 * documents, through the kit's OpenAPI filter, its 412 and the 400 of a malformed header ({@link ConditionalResponses}).
 */
public class ConditionalUpdate {

    @HeaderParam(EntityTags.IF_MATCH)
    @Parameter(description = "The ETag you last read, or *: the write is made only if nothing changed meanwhile",
            example = "\"1\"", schema = @Schema(type = SchemaType.STRING, pattern = Bounds.ENTITY_TAGS,
                    maxLength = Bounds.HEADER_LENGTH),
            extensions = @Extension(name = ConditionalResponses.EXTENSION, value = ConditionalResponses.UPDATE))
    @Size(max = Bounds.HEADER_LENGTH, message = Bounds.LENGTH_MESSAGE)
    String ifMatch;

    /** Parses If-Match: 400 when malformed. */
    public Preconditions preconditions() {
        return Preconditions.ifMatch(ifMatch);
    }
}
