package org.yjhub.kit.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.yjhub.kit.problem.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem+json schemas as the kit's {@link Problem} writes them: extension members (such as {@code service} or
 * {@code currentRevision}) are top-level members, which a schema scanned from the record cannot say. And the date and
 * time types, defined once.
 */
final class ProblemSchemas {

    private ProblemSchemas() {
    }

    /** The java.time types as every document shows them (the scanner's examples). */
    static final Map<String, java.util.function.Supplier<Schema>> TIME_TYPES = Map.of(
            "LocalDate", () -> OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date")
                    .maxLength(ResponseBounds.DATE_LENGTH).examples(List.of("2022-03-10")),
            "Instant", () -> OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time")
                    .maxLength(ResponseBounds.DATE_TIME_LENGTH).examples(List.of("2022-03-10T16:15:50Z")));

    static Schema problem() {
        return object("An RFC 9457 problem detail (application/problem+json). Members beyond these are extensions that "
                + "name what the problem is about, such as service or currentRevision.")
                .addProperty("type", string("A URI naming the kind of problem").examples(
                        List.of(Problem.TYPE_BASE + "validation")))
                .addProperty("title", string("A short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("The HTTP status"))
                .addProperty("detail", string("What went wrong with this request"))
                .addProperty("instance", string("The request path"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("Validation failures, one per field (or CSV row and field)")
                        .items(OASFactory.createSchema().ref(SharedResponsesFilter.FIELD_ERROR)))
                .required(List.of("type", "title", "status"))
                .additionalPropertiesBoolean(true);
    }

    static Schema validationProblem() {
        return OASFactory.createSchema()
                .description("A problem whose errors list every failing field (422: well-formed but invalid content)")
                .addAllOf(OASFactory.createSchema().ref(SharedResponsesFilter.PROBLEM))
                .addAllOf(object(null).required(List.of("errors")));
    }

    static Schema fieldError() {
        return object("One validation failure")
                .addProperty("row", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("The CSV row (1 = the first data row), for bulk loads"))
                .addProperty("field", string("The JSON path of the field, such as values[2].numerator, or the CSV column"))
                .addProperty("message", string("Why it failed"))
                .required(List.of("message"));
    }

    /** What the kit answers for one of the shared statuses. */
    static Map<String, Object> example(int status) {
        String[] typeTitleDetail = switch (status) {
            case 401 -> new String[]{"unauthorized", "Unauthorized", "a valid bearer token is required"};
            case 403 -> new String[]{"forbidden", "Forbidden", "this token's role does not allow this operation"};
            case 413 -> new String[]{"payload-too-large", "Payload too large",
                    "the request body is larger than this service accepts (10485760 bytes)"};
            case 415 -> new String[]{"unsupported-media-type", "Unsupported Media Type",
                    "unsupported content type; see the OpenAPI document for what this operation accepts"};
            case 429 -> new String[]{"too-many-requests", "Too many requests",
                    "over the limit of 1200 requests in 60 s (policy default); retry after 42 s"};
            default -> new String[]{"internal", "Internal error",
                    "an unexpected error occurred; quote 0b7e5c1e-3f3a-4c55-9f0e-3c1d2b8a6e41 when reporting it"};
        };
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problem.TYPE_BASE + typeTitleDetail[0]);
        example.put("title", typeTitleDetail[1]);
        example.put("status", status);
        example.put("detail", typeTitleDetail[2]);
        return example;
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
