package org.yjhub.kit.http;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.kit.openapi.ConditionalResponses;

/**
 * The conditional header of a read served from prepared bytes ({@link PreparedResponses}: reference data, the gateway's
 * views), for {@code @BeanParam CachedRead conditions}: documented once, here, and through the kit's OpenAPI filter the
 * operation's 304 and the ETag of its answers. A header that is not an entity-tag list matches nothing, so the answer
 * is sent in full: a cache revalidating is never refused.
 */
public class CachedRead {

    @HeaderParam(EntityTags.IF_NONE_MATCH)
    @Parameter(description = "The ETag you last read: 304 without a body while the answer is unchanged",
            example = "\"9c1f04e2\"",
            extensions = @Extension(name = ConditionalResponses.EXTENSION, value = ConditionalResponses.CACHED))
    @Size(max = Bounds.HEADER_LENGTH, message = Bounds.LENGTH_MESSAGE)
    @Pattern(regexp = Bounds.HEADER_VALUE, message = Bounds.HEADER_VALUE_MESSAGE)
    String ifNoneMatch;

    /** The header as sent, or null. */
    public String ifNoneMatch() {
        return ifNoneMatch;
    }
}
