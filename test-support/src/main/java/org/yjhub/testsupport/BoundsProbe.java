package org.yjhub.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * Reads a service's own OpenAPI document and checks that every bound it declares on a request is the bound the service
 * enforces: for each {@code maxLength}, {@code maximum}/{@code minimum} and {@code maxItems} of a JSON request body
 * (through {@code $ref}s, nested objects and array items) and of every operation's path, query and header parameters,
 * it sends a valid request made to exceed exactly that one bound and expects a 400 or 422 problem+json naming the field,
 * with nothing stored; and for free text it sends exactly maxLength characters and expects the write to succeed. The
 * test gives a valid request per write operation (its path and a fresh body each time) and a valid value per parameter
 * name; an operation with a body on which no bound was checked is a failure.
 */
public final class BoundsProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String PROBLEM = "application/problem+json";

    /** A valid request of a write operation: its path with the parameters filled in, and a body (fresh per call). */
    public record Write(Supplier<String> path, Supplier<String> body) {
    }

    private record Bound(List<Object> at, String field, String kind, BigDecimal limit, JsonNode schema, boolean present) {
    }

    private final JsonNode doc;
    private final String token;
    private final Supplier<?> stored;
    private final Map<String, Write> writes = new LinkedHashMap<>();
    private final Map<String, String> parameters = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int atBound;

    /**
     * @param token  a token allowed to make every write
     * @param stored a snapshot of what the service stores (row counts, say); equal before and after a refused request
     */
    public BoundsProbe(String token, Supplier<?> stored) {
        this.doc = read(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        this.token = token;
        this.stored = stored;
    }

    /** A valid request of the operation named as in the document, {@code "PUT /api/v1/teams/{team}/budgets/{year}"}. */
    public BoundsProbe write(String operation, Supplier<String> path, Supplier<String> body) {
        writes.put(operation, new Write(path, body));
        return this;
    }

    /** A valid value of a path, query or header parameter, used wherever an operation takes it. */
    public BoundsProbe parameter(String name, String value) {
        parameters.put(name, value);
        return this;
    }

    /**
     * Checks every bound of every operation and fails with all that are not enforced as declared. Returns, per operation
     * with a bound, how many bounds were checked (over and at).
     */
    public Map<String, Integer> assertEveryBoundEnforced() {
        Map<String, Integer> checked = new LinkedHashMap<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                String operation = op.getKey().toUpperCase() + " " + path.getKey();
                atBound = 0;
                int n = operation(operation, op.getKey(), path.getKey(), path.getValue(), op.getValue());
                if (n > 0) {
                    checked.put(operation, n);
                    System.out.println("BoundsProbe: " + operation + ": " + n + " bound(s) checked, " + (n - atBound)
                            + " over and " + atBound + " exactly at");
                }
            }
        }));
        writes.keySet().stream().filter(w -> !checked.containsKey(w))
                .forEach(w -> failures.add(w + ": given a valid request but checked no bound (not in the document?)"));
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " bound(s) not enforced as declared:\n  " + String.join("\n  ", failures));
        }
        return checked;
    }

    private int operation(String operation, String method, String template, JsonNode pathItem, JsonNode op) {
        String mediaType = null;
        JsonNode bodySchema = null;
        Iterator<Map.Entry<String, JsonNode>> content = op.path("requestBody").path("content").fields();
        while (content.hasNext() && mediaType == null) {
            Map.Entry<String, JsonNode> media = content.next();
            if (media.getKey().contains("json")) {
                mediaType = media.getKey();
                bodySchema = media.getValue().path("schema");
            }
        }
        Write write = writes.get(operation);
        if (mediaType != null && write == null) {
            failures.add(operation + ": takes a JSON body but the test gives no valid request for it");
            return 0;
        }
        int count = 0;
        List<JsonNode> params = new ArrayList<>();
        pathItem.path("parameters").forEach(p -> params.add(resolve(p)));
        op.path("parameters").forEach(p -> params.add(resolve(p)));
        for (JsonNode parameter : params) {
            count += parameter(operation, method, template, params, parameter, write, mediaType);
        }
        if (mediaType != null) {
            JsonNode valid = read(write.body().get());
            List<Bound> bounds = new ArrayList<>();
            walk(bodySchema, valid, new ArrayList<>(), "", true, bounds);
            int inBody = 0;
            for (Bound bound : bounds) {
                inBody += body(operation, method, write, mediaType, bound);
            }
            if (inBody == 0) {
                failures.add(operation + ": takes a JSON body but no bound of it was checked");
            }
            count += inBody;
        }
        return count;
    }

    // ---- parameters

    private int parameter(String operation, String method, String template, List<JsonNode> params, JsonNode parameter,
                          Write write, String mediaType) {
        String name = parameter.path("name").asText();
        String in = parameter.path("in").asText();
        JsonNode schema = resolve(parameter.path("schema"));
        int count = 0;
        for (Map.Entry<String, BigDecimal> bound : numberOrLengthBounds(schema).entrySet()) {
            String value = over(schema, bound.getKey(), bound.getValue());
            String path = write != null ? write.path().get() : fill(operation, template);
            if (path == null) {
                return count;
            }
            RequestSpecification spec = given().auth().oauth2(token).urlEncodingEnabled(true);
            switch (in) {
                case "path" -> path = replaceSegment(template, path, name, value);
                case "query" -> spec = spec.queryParam(name, value);
                case "header" -> spec = spec.header(name, value);
                default -> {
                    continue;
                }
            }
            for (JsonNode other : params) {
                String otherName = other.path("name").asText();
                if (other.path("required").asBoolean() && other.path("in").asText().equals("query") && !otherName.equals(name)
                        && parameters.containsKey(otherName)) {
                    spec = spec.queryParam(otherName, parameters.get(otherName));
                }
            }
            if (mediaType != null) {
                spec = spec.contentType(mediaType).body(write.body().get());
            }
            String what = operation + " " + in + " " + name + " " + bound.getKey() + " " + bound.getValue();
            expectRefused(what, name, value, spec, method, path);
            count++;
        }
        return count;
    }

    /** The template with every path parameter filled from the given values, or null (and a failure) when one is missing. */
    private String fill(String operation, String template) {
        String path = template;
        var m = Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) {
            String value = parameters.get(m.group(1));
            if (value == null) {
                failures.add(operation + ": no valid value given for the path parameter " + m.group(1));
                return null;
            }
            path = path.replace(m.group(), value);
        }
        return path;
    }

    private static String replaceSegment(String template, String path, String name, String value) {
        String[] t = template.split("/");
        String[] p = path.split("/");
        for (int i = 0; i < t.length && i < p.length; i++) {
            if (t[i].equals("{" + name + "}")) {
                p[i] = value;
            }
        }
        return String.join("/", p);
    }

    // ---- bodies

    private void walk(JsonNode declared, JsonNode value, List<Object> at, String field, boolean present, List<Bound> out) {
        JsonNode schema = resolve(declared);
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode sub : schema.path(combinator)) {
                walk(sub, value, at, field, present, out);
            }
        }
        if (!at.isEmpty()) {
            numberOrLengthBounds(schema).forEach((kind, limit) -> out.add(new Bound(at, field, kind, limit, schema, present)));
        }
        if (schema.has("maxItems") && value != null && value.isArray() && !value.isEmpty()) {
            out.add(new Bound(at, field, "maxItems", schema.get("maxItems").decimalValue(), schema, present));
        }
        if (value != null && value.isArray() && !value.isEmpty() && schema.has("items")) {
            walk(schema.get("items"), value.get(0), append(at, 0), field + "[0]", true, out);
        }
        if (value != null && value.isObject() && schema.path("additionalProperties").isObject()) {
            value.fieldNames().forEachRemaining(key -> walk(schema.get("additionalProperties"), value.get(key),
                    append(at, key), field + "." + key, true, out));
        }
        if (value == null || value.isObject()) {
            if (value == null && !at.isEmpty()) {
                return; // an absent nested object: nothing valid to start from
            }
            schema.path("properties").fields().forEachRemaining(property -> {
                JsonNode v = value == null ? null : value.get(property.getKey());
                String f = field.isEmpty() ? property.getKey() : field + "." + property.getKey();
                walk(property.getValue(), v == null || v.isNull() ? null : v, append(at, property.getKey()), f, v != null, out);
            });
        }
    }

    private int body(String operation, String method, Write write, String mediaType, Bound bound) {
        JsonNode schema = bound.schema();
        String what = operation + " body " + bound.field() + " " + bound.kind() + " " + bound.limit().toPlainString();
        JsonNode over;
        if (bound.kind().equals("maxItems")) {
            ArrayNode items = JSON.createArrayNode();
            JsonNode item = at(read(write.body().get()), bound.at()).get(0);
            for (int i = 0; i <= bound.limit().intValue(); i++) {
                items.add(item.deepCopy());
            }
            over = items;
        } else if (bound.kind().equals("maxLength")) {
            over = TextNode.valueOf(over(schema, "maxLength", bound.limit()));
        } else {
            over = DecimalNode.valueOf(new BigDecimal(over(schema, bound.kind(), bound.limit())));
        }
        expectRefused(what, bound.field(), null, given().auth().oauth2(token).contentType(mediaType)
                .body(set(read(write.body().get()), bound.at(), over).toString()), method, write.path().get());
        int count = 1;
        if (bound.kind().equals("maxLength") && bound.present() && freeText(schema)) {
            String text = "x".repeat(bound.limit().intValue());
            String body = set(read(write.body().get()), bound.at(), TextNode.valueOf(text)).toString();
            Response r = given().auth().oauth2(token).contentType(mediaType).body(body).request(method, write.path().get());
            if (r.statusCode() >= 300) {
                failures.add(what + ": exactly " + text.length() + " characters refused with " + r.statusCode() + " "
                        + r.asString());
            }
            count++;
            atBound++;
        }
        return count;
    }

    /** Text with no shape of its own: no format or enum, and a pattern (if any) that takes tabs, line breaks and spaces. */
    private static boolean freeText(JsonNode schema) {
        return !schema.has("format") && !schema.has("enum")
                && (!schema.has("pattern") || Pattern.compile(schema.get("pattern").asText()).matcher("a b\tc\nd").find());
    }

    // ---- values and answers

    private static Map<String, BigDecimal> numberOrLengthBounds(JsonNode schema) {
        Map<String, BigDecimal> bounds = new LinkedHashMap<>();
        for (String kind : List.of("maxLength", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum")) {
            if (schema.path(kind).isNumber()) {
                bounds.put(kind, schema.get(kind).decimalValue());
            }
        }
        return bounds;
    }

    /** A value just beyond the bound: one character more (of one the pattern allows, where one does), one more or less. */
    private static String over(JsonNode schema, String kind, BigDecimal limit) {
        return switch (kind) {
            case "maxLength" -> {
                int n = limit.intValue() + 1;
                Pattern pattern = schema.has("pattern") ? Pattern.compile(schema.get("pattern").asText()) : null;
                String fallback = "a".repeat(n);
                yield pattern == null ? fallback : java.util.stream.Stream.of(fallback, "1".repeat(n), "A".repeat(n),
                                "\"" + "1".repeat(n - 2) + "\"")
                        .filter(s -> pattern.matcher(s).find()).findFirst().orElse(fallback);
            }
            case "maximum" -> limit.add(BigDecimal.ONE).toPlainString();
            case "minimum" -> limit.subtract(BigDecimal.ONE).toPlainString();
            default -> limit.toPlainString(); // an exclusive bound is itself beyond
        };
    }

    /**
     * A 400 or 422 problem+json naming the field in its errors; a refusal from a service's own parsing rule (a financial
     * year or a group code in the path, say) may instead have no errors and a detail that names the field or quotes the
     * value refused.
     */
    private void expectRefused(String what, String field, String value, RequestSpecification spec, String method, String path) {
        Object before = stored.get();
        Response r = spec.request(method, path);
        Object after = stored.get();
        String problem = null;
        if (r.statusCode() != 400 && r.statusCode() != 422) {
            problem = "answered " + r.statusCode();
        } else if (r.contentType() == null || !r.contentType().startsWith(PROBLEM)) {
            problem = "answered " + r.contentType() + ", not " + PROBLEM;
        } else if (!Objects.equals(r.jsonPath().get("status"), r.statusCode()) || r.jsonPath().getString("title") == null
                || r.jsonPath().getString("detail") == null) {
            problem = "answered a problem without its status, title and detail";
        } else if (!named(r).contains(field)
                && !(named(r).isEmpty() && value != null && (r.jsonPath().getString("detail").contains(value)
                || r.jsonPath().getString("detail").contains(field)))) {
            problem = "answered errors naming " + named(r) + ", not " + field;
        } else if (!Objects.equals(before, after)) {
            problem = "was refused but stored something: " + before + " became " + after;
        }
        if (problem != null) {
            failures.add(what + ": " + problem + " " + r.asString());
        }
    }

    private static List<String> named(Response r) {
        List<String> fields = r.jsonPath().getList("errors.field", String.class);
        return fields == null ? List.of() : fields;
    }

    // ---- JSON

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String[] parts = node.get("$ref").asText().substring(2).split("/");
            JsonNode target = doc;
            for (String part : parts) {
                target = target.path(part);
            }
            node = target;
        }
        return node;
    }

    private static List<Object> append(List<Object> at, Object step) {
        List<Object> next = new ArrayList<>(at);
        next.add(step);
        return next;
    }

    private static JsonNode at(JsonNode root, List<Object> at) {
        JsonNode node = root;
        for (Object step : at) {
            node = step instanceof Integer i ? node.get(i) : node.get((String) step);
        }
        return node;
    }

    private static JsonNode set(JsonNode root, List<Object> at, JsonNode value) {
        ContainerNode<?> parent = (ContainerNode<?>) at(root, at.subList(0, at.size() - 1));
        Object last = at.get(at.size() - 1);
        if (last instanceof Integer i) {
            ((ArrayNode) parent).set(i, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return root;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
