package org.yjhub.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an OpenAPI document as a client generator would meet it, and fails on any problem:
 * <ul>
 * <li>the swagger-parser's validation messages (structure, required fields, types, unresolved references);</li>
 * <li>every operation has an operationId that reads as a method name ({@code putReturn}), unique in the document;</li>
 * <li>every JSON example (of a request or response body, a parameter, or a component schema and its properties)
 * matches its schema, checked by a JSON Schema 2020-12 validator (the dialect of OpenAPI 3.1) with formats asserted;</li>
 * <li>the CORS policy is stated: every {@code headers} map of the document names {@code Access-Control-Allow-Origin}
 * (what Spectral's OWASP rule {@code owasp:api8:2023-define-cors-origin} checks, as {@code $..headers}).</li>
 * </ul>
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private OpenApiContract() {
    }

    /** Fails with every problem of the document, one per line. */
    public static void assertValid(String document) {
        List<String> problems = problems(document);
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " problem(s) in the OpenAPI document:\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** Every problem of the document; empty when it is valid. */
    public static List<String> problems(String document) {
        List<String> problems = new ArrayList<>();
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        options.setValidateInternalRefs(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);
        if (parsed.getMessages() != null) {
            parsed.getMessages().forEach(m -> problems.add("swagger-parser: " + m));
        }
        if (parsed.getOpenAPI() == null) {
            problems.add("swagger-parser: not an OpenAPI document");
            return problems;
        }
        JsonNode doc = read(document);
        problems.addAll(operationIdProblems(doc));
        problems.addAll(exampleProblems(doc));
        problems.addAll(corsProblems(doc, "$"));
        return problems;
    }

    static List<String> corsProblems(JsonNode node, String where) {
        List<String> problems = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String at = where + "." + field.getKey();
                if (field.getKey().equals("headers") && field.getValue().isObject()
                        && !field.getValue().has("Access-Control-Allow-Origin")) {
                    problems.add(at + ": no Access-Control-Allow-Origin (OWASP API8:2023, the CORS policy)");
                }
                problems.addAll(corsProblems(field.getValue(), at));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                problems.addAll(corsProblems(node.get(i), where + "[" + i + "]"));
            }
        }
        return problems;
    }

    static List<String> operationIdProblems(JsonNode doc) {
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            String id = op.getValue().path("operationId").asText(null);
            if (id == null || id.isBlank()) {
                problems.add(where + ": no operationId");
            } else if (!id.matches("[a-z][A-Za-z0-9]*")) {
                problems.add(where + ": operationId '" + id + "' does not read as a method name");
            } else if (seen.putIfAbsent(id, where) != null) {
                problems.add(where + ": operationId '" + id + "' is also " + seen.get(id) + "'s");
            }
        }));
        return problems;
    }

    static List<String> exampleProblems(JsonNode doc) {
        List<String> problems = new ArrayList<>();
        Examples examples = new Examples(doc, problems);
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            for (JsonNode parameter : op.getValue().path("parameters")) {
                examples.ofParameter(where + " parameter " + parameter.path("name").asText(), parameter);
            }
            examples.ofContent(where + " request", op.getValue().path("requestBody").path("content"));
            op.getValue().path("responses").fields().forEachRemaining(response -> {
                examples.ofContent(where + " " + response.getKey(), response.getValue().path("content"));
                response.getValue().path("headers").fields().forEachRemaining(header ->
                        examples.ofParameter(where + " " + response.getKey() + " header " + header.getKey(), header.getValue()));
            });
        }));
        doc.path("components").path("responses").fields().forEachRemaining(response ->
                examples.ofContent("response " + response.getKey(), response.getValue().path("content")));
        doc.path("components").path("schemas").fields().forEachRemaining(schema -> {
            examples.ofSchema("schema " + schema.getKey(), schema.getValue());
            schema.getValue().path("properties").fields().forEachRemaining(property ->
                    examples.ofSchema("schema " + schema.getKey() + "." + property.getKey(), property.getValue()));
        });
        return problems;
    }

    /** Validates examples against their schemas, which may refer to the document's components. */
    private static final class Examples {
        private final JsonNode components;
        private final List<String> problems;
        private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(com.networknt.schema.SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true).build()));
        private int count;

        Examples(JsonNode doc, List<String> problems) {
            this.components = doc.path("components");
            this.problems = problems;
        }

        void ofContent(String where, JsonNode content) {
            content.fields().forEachRemaining(media -> {
                if (!media.getKey().contains("json") || !media.getValue().has("schema")) {
                    return; // CSV, event streams and plain text are not JSON values
                }
                JsonNode schema = media.getValue().get("schema");
                if (media.getValue().has("example")) {
                    check(where + " " + media.getKey() + " example", schema, media.getValue().get("example"));
                }
                media.getValue().path("examples").fields().forEachRemaining(example -> {
                    if (example.getValue().has("value")) {
                        check(where + " " + media.getKey() + " example '" + example.getKey() + "'", schema,
                                example.getValue().get("value"));
                    }
                });
            });
        }

        void ofParameter(String where, JsonNode parameter) {
            if (!parameter.has("schema")) {
                return;
            }
            if (parameter.has("example")) {
                check(where + " example", parameter.get("schema"), parameter.get("example"));
            }
            parameter.path("examples").fields().forEachRemaining(example -> {
                if (example.getValue().has("value")) {
                    check(where + " example '" + example.getKey() + "'", parameter.get("schema"), example.getValue().get("value"));
                }
            });
        }

        void ofSchema(String where, JsonNode schema) {
            if (!schema.isObject()) {
                return;
            }
            ObjectNode bare = schema.deepCopy();
            bare.remove(List.of("example", "examples"));
            if (schema.has("example")) {
                check(where + " example", bare, schema.get("example"));
            }
            if (schema.path("examples").isArray()) {
                for (JsonNode example : schema.get("examples")) {
                    check(where + " example", bare, example);
                }
            }
        }

        private void check(String where, JsonNode schema, JsonNode example) {
            if (!schema.isObject()) {
                return;
            }
            ObjectNode rooted = schema.deepCopy();
            rooted.set("components", components); // so that #/components/schemas/… resolves from this root
            Schema compiled = registry.getSchema(SchemaLocation.of("urn:yjhub:openapi:example:" + (++count)), rooted);
            for (Error error : compiled.validate(example)) {
                problems.add(where + " does not match its schema: " + error);
            }
        }
    }

    private static JsonNode read(String document) {
        try {
            return JSON.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operations of a document as "METHOD path", for counting and comparing. */
    public static List<String> operations(String document) {
        List<String> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = read(document).path("paths").fields();
        paths.forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                operations.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        return operations;
    }
}
