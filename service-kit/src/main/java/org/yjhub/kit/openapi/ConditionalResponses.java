package org.yjhub.kit.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.yjhub.kit.http.EntityTags;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.http.PreparedResponses;
import org.yjhub.kit.http.RevisionResponses;
import org.yjhub.kit.problem.ProblemException;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The answers of a revisioned resource to its conditional headers, as the kit's {@link Preconditions} gives them, in
 * every service's document alike. An operation that takes the kit's conditional headers ({@code ConditionalRead},
 * {@code ConditionalWrite}, {@code ConditionalUpdate}, {@code CachedRead}, whose parameters carry {@link #EXTENSION})
 * answers, and is
 * documented by {@link SharedResponsesFilter} to answer: a read, 304 with the ETag; a write, 412 with the problem
 * naming the current revision; either, 400 to a header that is not {@code *} or a list of entity tags (the operation's
 * 400, declared or written by {@link BadRequests}, gets that example). The
 * successes of a conditional read or write (a revisioned resource's representation) carry its ETag header. A
 * response or header the operation declares itself is kept. The marking extension is removed from the document.
 */
public final class ConditionalResponses {

    /** The extension that marks a parameter as one of the kit's conditional headers (not left in the document). */
    public static final String EXTENSION = "x-yj-conditional";
    /** The extension's values: a read, a write that creates or replaces, an update of what exists. */
    public static final String READ = "read";
    public static final String WRITE = "write";
    public static final String UPDATE = "update";
    /** A read of prepared bytes ({@code CachedRead}): its 304 and ETag, and no 400 (a malformed header matches nothing). */
    public static final String CACHED = "cached";

    private static final String MALFORMED_EXAMPLE = "bare number";

    private ConditionalResponses() {
    }

    /** Adds the conditional responses of an operation that takes the kit's conditional headers. */
    static void add(Operation operation, PathItem.HttpMethod method) {
        Set<Object> kinds = new HashSet<>();
        if (operation.getParameters() != null) {
            for (Parameter p : operation.getParameters()) {
                if (p.getExtensions() != null && p.getExtensions().containsKey(EXTENSION)) {
                    kinds.add(p.getExtensions().get(EXTENSION));
                    p.removeExtension(EXTENSION);
                }
            }
        }
        if (kinds.isEmpty()) {
            return;
        }
        boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
        String status = read ? "304" : "412";
        if (operation.getResponses().getAPIResponse(status) == null) {
            operation.getResponses().addAPIResponse(status,
                    read ? notModified(kinds.contains(CACHED) ? preparedEtag() : etag()) : preconditionFailed());
        }
        if (kinds.contains(READ) || kinds.contains(WRITE) || kinds.contains(UPDATE)) {
            malformed(operation);
        }
        if (kinds.contains(READ) || kinds.contains(WRITE) || kinds.contains(CACHED)) {
            // a representation with an entity tag: every success carries it
            operation.getResponses().getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("2") && response.getRef() == null
                        && (response.getHeaders() == null || !response.getHeaders().containsKey("ETag"))) {
                    response.addHeader("ETag", kinds.contains(CACHED) ? preparedEtag() : etag());
                }
            });
        }
    }

    private static Header preparedEtag() {
        return OASFactory.createHeader().description(PreparedResponses.ETAG_DESCRIPTION)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Header etag() {
        return OASFactory.createHeader().description(RevisionResponses.ETAG_DESCRIPTION)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static APIResponse notModified(Header etag) {
        return OASFactory.createAPIResponse()
                .description("Not modified: If-None-Match names the current ETag (weak or strong, or *); no body")
                .addHeader("ETag", etag);
    }

    private static APIResponse preconditionFailed() {
        APIResponse response = OASFactory.createAPIResponse()
                .description("If-Match does not name the current ETag with a strong tag (a weak W/ tag never matches; "
                        + "before the first revision nothing matches), or If-None-Match names it (* once it exists); "
                        + "currentRevision and currentETag name the current one, if any; nothing stored")
                .content(SharedResponsesFilter.problemContent(SharedResponsesFilter.PROBLEM));
        problem(response).addExample("stale", OASFactory.createExample().value(stale()));
        return response;
    }

    /** The example of a malformed conditional header, in the operation's 400 ({@link BadRequests} or its own). */
    private static void malformed(Operation operation) {
        String header = hasHeader(operation, EntityTags.IF_MATCH) ? EntityTags.IF_MATCH : EntityTags.IF_NONE_MATCH;
        APIResponse declared = operation.getResponses().getAPIResponse("400");
        if (declared == null || declared.getRef() != null) {
            return;
        }
        if (declared.getContent() == null) {
            declared.setContent(OASFactory.createContent());
        }
        if (problem(declared) == null) {
            declared.getContent().addMediaType(SharedResponsesFilter.PROBLEM_MEDIA_TYPE, OASFactory.createMediaType());
        }
        MediaType problem = problem(declared); // its schema is set with those of the other problems
        if (problem.getExamples() == null || !problem.getExamples().containsKey(MALFORMED_EXAMPLE)) {
            problem.addExample(MALFORMED_EXAMPLE, OASFactory.createExample().value(malformed(header)));
        }
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static MediaType problem(APIResponse response) {
        return response.getContent().getMediaType(SharedResponsesFilter.PROBLEM_MEDIA_TYPE);
    }

    /** What {@link Preconditions} answers to {@code If-Match: "1"} at revision 2. */
    private static Map<String, Object> stale() {
        try {
            Preconditions.ifMatch("\"1\"").checkWrite("the resource", 2);
            throw new IllegalStateException("a stale If-Match held");
        } catch (ProblemException e) {
            return example(e);
        }
    }

    /** What {@link EntityTags#parse} answers to a bare number. */
    private static Map<String, Object> malformed(String header) {
        try {
            EntityTags.parse(header, "2");
            throw new IllegalStateException("a bare number parsed as an entity tag");
        } catch (ProblemException e) {
            return example(e);
        }
    }

    private static Map<String, Object> example(ProblemException e) {
        var problem = e.toProblem(null);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", problem.type());
        example.put("title", problem.title());
        example.put("status", problem.status());
        example.put("detail", problem.detail());
        example.putAll(new TreeMap<>(problem.extensions()));
        return example;
    }

    /** An ETag response header declared without a description gets the kit's. */
    static void describeETag(Header header, String name) {
        if ("ETag".equalsIgnoreCase(name) && header.getRef() == null && header.getDescription() == null) {
            header.setDescription(RevisionResponses.ETAG_DESCRIPTION);
        }
    }
}
