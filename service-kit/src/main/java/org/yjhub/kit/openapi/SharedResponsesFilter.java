package org.yjhub.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.info.License;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every operation of a YJ Hub service may answer, added once here so that a resource declares only the responses
 * particular to it: 401 (every operation behind the bearer token), 403 (every write: roles and teams are checked),
 * 413 and 415 (every operation with a body), 429 (any: rate limits, {@link RateLimitResponses}), 500 (any), as
 * {@code components/responses} that operations refer to; each success and 4xx carries the rate-limit fields. A
 * response the resource declares itself is kept; a 4xx/5xx it declares without a body, or with examples only, gets the
 * problem schema. {@code Problem}, {@code ValidationProblem} and {@code FieldError} are registered here, once, as the
 * kit writes them, and a 422 that answers a {@code Problem} answers the {@code ValidationProblem} (its errors).
 * An operation gets a 400 listing what it takes that can be malformed, if it declares none ({@link BadRequests}), and
 * one that takes the kit's conditional headers gets their answers: 304 or 412, and the example of a malformed header
 * ({@link ConditionalResponses}).
 * <p>
 * It also tidies what the scanner leaves for a client generator: an operationId for every operation that has none
 * ({@link OperationIds}); path parameters in the order of the path; a schema for every response header; null allowed
 * where a nullable reference or enumeration is declared (the scanner writes {@code type: object} beside
 * {@code anyOf: [$ref, {type: null}]}, which no null satisfies); no {@code type: object} beside a {@code $ref} (the
 * scanner writes it for a property whose schema is a named one, even a string's); Quarkus' generic 401/403 of a
 * {@code @RolesAllowed} method replaced by the shared ones; and one definition of the date and time types ({@code LocalDate},
 * {@code Instant}), which the scanner writes with or without an example depending on where it meets them first.
 * <p>
 * Runs at build time, so the document a service stores at build ({@code quarkus.smallrye-openapi.store-schema-directory})
 * is the one it serves.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SharedResponsesFilter implements OASFilter {

    public static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    public static final String PROBLEM = "Problem";
    public static final String VALIDATION_PROBLEM = "ValidationProblem";
    public static final String FIELD_ERROR = "FieldError";

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String RESPONSES = "#/components/responses/";
    /** The descriptions of the 401 and 403 that Quarkus adds to a @RolesAllowed method. */
    private static final Set<String> QUARKUS_ROLES_ALLOWED_RESPONSES = Set.of("Not Authorized", "Not Allowed");

    /** The shared responses: status, component name, description. */
    private static final List<String[]> SHARED = List.of(
            new String[]{"401", "Unauthorized", "No valid bearer token (missing, expired, or not signed by the issuer)"},
            new String[]{"403", "Forbidden", "The token's role, or its team, does not allow this operation; nothing was "
                    + "changed"},
            new String[]{"413", "PayloadTooLarge", "The body is over the size limit (10 MB unless configured); nothing "
                    + "was read or stored"},
            new String[]{"415", "UnsupportedMediaType", "The body's Content-Type is not one this operation accepts"},
            new String[]{"429", "TooManyRequests", "Over this caller's rate limit (RateLimit-Policy names it): nothing was "
                    + "done; try again after Retry-After seconds"},
            new String[]{"500", "InternalError", "Unexpected failure; the detail gives an id to quote when reporting it"});

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null && List.of(Schema.SchemaType.OBJECT).equals(schema.getType())) {
            schema.setType(null); // the scanner's type of a property whose schema is named elsewhere: the reference says it
        }
        if (schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL)
                && (allowsNull(schema.getAnyOf()) || allowsNull(schema.getOneOf()))) {
            schema.addType(Schema.SchemaType.NULL);
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)
                && schema.getEnumeration() != null && !schema.getEnumeration().contains(null)) {
            List<Object> values = new java.util.ArrayList<>(schema.getEnumeration());
            values.add(null); // a nullable enumeration: null is one of its values
            schema.setEnumeration(values);
        }
        return schema;
    }

    private static boolean allowsNull(List<Schema> alternatives) {
        return alternatives != null && alternatives.stream().anyMatch(s -> s.getRef() == null && s.getType() != null
                && s.getType().equals(List.of(Schema.SchemaType.NULL)));
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        License license = openAPI.getInfo() == null ? null : openAPI.getInfo().getLicense();
        if (license != null && license.getUrl() == null && license.getIdentifier() == null
                && license.getName() != null && license.getName().endsWith("MIT")) {
            license.setIdentifier("MIT"); // OpenAPI 3.1 wants an SPDX identifier or a URL beside the name
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(FIELD_ERROR, ProblemSchemas.fieldError());
        components.addSchema(PROBLEM, ProblemSchemas.problem());
        components.addSchema(VALIDATION_PROBLEM, ProblemSchemas.validationProblem());
        ProblemSchemas.TIME_TYPES.forEach((name, schema) -> {
            if (components.getSchemas() != null && components.getSchemas().containsKey(name)) {
                components.addSchema(name, schema.get());
            }
        });
        Set<String> used = new HashSet<>();
        boolean securedByDefault = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> {
                if (item.getOperations() == null) {
                    return;
                }
                item.getOperations().forEach((method, operation) -> {
                    if (operation.getOperationId() == null || operation.getOperationId().isBlank()) {
                        operation.setOperationId(OperationIds.derive(method.name(), path));
                    }
                    inPathOrder(path, operation);
                    boolean secured = operation.getSecurity() == null ? securedByDefault
                            : !operation.getSecurity().isEmpty();
                    used.addAll(addShared(operation, method, secured));
                });
            });
        }
        for (String[] shared : SHARED) {
            if (used.contains(shared[1])) {
                components.addResponse(shared[1], sharedResponse(shared[0], shared[2]));
            }
        }
        RateLimitResponses.addComponents(components);
        if (components.getResponses() != null) {
            components.getResponses().forEach((name, response) -> {
                complete(response);
                SHARED.stream().filter(shared -> shared[1].equals(name))
                        .forEach(shared -> RateLimitResponses.addFields(shared[0], response));
            });
        }
    }

    /**
     * Path parameters in the order of the path (the scanner sorts them by name), so that a generated method reads
     * {@code putReturn(team, quarter, …)} for {@code /teams/{team}/returns/{quarter}}; the others keep their order after.
     */
    private static void inPathOrder(String path, Operation operation) {
        if (operation.getParameters() == null || operation.getParameters().size() < 2) {
            return;
        }
        List<Parameter> ordered = new java.util.ArrayList<>(operation.getParameters());
        ordered.sort(java.util.Comparator.comparingInt(p -> p.getIn() == Parameter.In.PATH && p.getName() != null
                && path.contains("{" + p.getName() + "}") ? path.indexOf("{" + p.getName() + "}") : Integer.MAX_VALUE));
        operation.setParameters(ordered);
    }

    /** Adds the shared responses the operation lacks; answers the names of the shared responses it refers to. */
    private static Set<String> addShared(Operation operation, PathItem.HttpMethod method, boolean secured) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        boolean body = operation.getRequestBody() != null;
        BadRequests.add(operation, write);
        ConditionalResponses.add(operation, method);
        Map<String, APIResponse> declared = operation.getResponses().getAPIResponses();
        Set<String> used = new HashSet<>();
        for (String[] shared : SHARED) {
            String status = shared[0];
            boolean applies = switch (status) {
                case "401" -> secured;
                case "403" -> secured && write;
                case "413", "415" -> body;
                case "429" -> true; // every REST operation is counted (RateLimitFilter)
                default -> true;
            };
            APIResponse own = declared == null ? null : declared.get(status);
            if (own != null && own.getDescription() != null
                    && QUARKUS_ROLES_ALLOWED_RESPONSES.contains(own.getDescription())) {
                own = null; // what Quarkus adds for @RolesAllowed: the shared response says more
                applies = true;
            }
            if (applies && own == null) {
                operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(RESPONSES + shared[1]));
            }
            APIResponse now = operation.getResponses().getAPIResponse(status);
            if (now != null && (RESPONSES + shared[1]).equals(now.getRef())) {
                used.add(shared[1]);
            }
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                if (response.getRef() == null && (response.getContent() == null
                        || response.getContent().getMediaTypes() == null || response.getContent().getMediaTypes().isEmpty())) {
                    response.setContent(problemContent(PROBLEM));
                }
                MediaType problem = response.getContent() == null ? null
                        : response.getContent().getMediaType(PROBLEM_MEDIA_TYPE);
                if (problem != null && problem.getSchema() == null) {
                    problem.setSchema(OASFactory.createSchema().ref(SCHEMAS + PROBLEM)); // declared with examples only
                }
                if (status.equals("422")) {
                    validationProblemFor422(response);
                }
            }
            RateLimitResponses.addFields(status, response);
            complete(response);
        });
        return used;
    }

    /** A 422 that answers a plain Problem answers the ValidationProblem, which names the failing fields. */
    private static void validationProblemFor422(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return;
        }
        MediaType problem = response.getContent().getMediaType(PROBLEM_MEDIA_TYPE);
        if (problem != null && problem.getSchema() != null && (SCHEMAS + PROBLEM).equals(problem.getSchema().getRef())) {
            problem.setSchema(OASFactory.createSchema().ref(SCHEMAS + VALIDATION_PROBLEM));
        }
    }

    /** Every response header gets a schema (a string) if it has neither schema nor content; an ETag, the kit's words. */
    private static void complete(APIResponse response) {
        if (response.getHeaders() == null) {
            return;
        }
        response.getHeaders().forEach((name, header) -> {
            if (header.getRef() == null && header.getSchema() == null && header.getContent() == null) {
                header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
            }
            ConditionalResponses.describeETag(header, name);
        });
    }

    private static APIResponse sharedResponse(String status, String description) {
        APIResponse response = OASFactory.createAPIResponse().description(description).content(problemContent(PROBLEM));
        if (status.equals("429")) {
            RateLimitResponses.addRetryAfter(response);
        }
        if (status.equals("401")) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader().description("Bearer")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        response.getContent().getMediaType(PROBLEM_MEDIA_TYPE).addExample(status, OASFactory.createExample()
                .value(ProblemSchemas.example(Integer.parseInt(status))));
        return response;
    }

    static Content problemContent(String schema) {
        return OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + schema)));
    }
}
