package org.yjhub.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.yjhub.common.bounds.Bounds;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bounds of what a service writes, declared where the resource does not: a response's strings, integers and
 * lists, and its headers. A request's bounds are never written here: every schema a request body or a parameter
 * reaches is left as its annotations make it, so that the OWASP lint (the gateway's {@code OwaspLintTest}) still finds
 * any input without its enforced bound. What is declared for an answer follows from the input rules: every text a
 * service stores was taken as plain text within {@link Bounds#TEXT_LENGTH} characters, so an answer's text is no
 * longer and no less plain; an integer is within its format; a date or time within its format's length; a list within
 * {@link #LIST_ITEMS} (see there). A bound the resource declares itself is kept.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = ResponseBounds.PRIORITY)
public class ResponseBounds implements OASFilter {

    /** After the shared responses and the gateway's forwarded operations (1), before the CORS header (-1000). */
    static final int PRIORITY = -500;
    /**
     * The most items a list in an answer can hold: no answer is larger. The longest lists grow with the data (a
     * resource's revisions, a bulk load's errors: at most a few per row of a 20 MB file); paging would bound them by
     * request, which the API does not do yet.
     */
    public static final int LIST_ITEMS = 10_000_000;
    /** A date-time as the services write it (ISO 8601, up to nanoseconds and an offset). */
    static final int DATE_TIME_LENGTH = 35;
    static final int DATE_LENGTH = 10;

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> named = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        Set<Schema> requests = requestSchemas(openAPI, named);
        Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        named.values().forEach(s -> bound(s, requests, seen));
        forEachOperation(openAPI, operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> response(r, requests, seen));
            }
        });
        if (openAPI.getComponents() != null) {
            if (openAPI.getComponents().getResponses() != null) {
                openAPI.getComponents().getResponses().values().forEach(r -> response(r, requests, seen));
            }
            if (openAPI.getComponents().getHeaders() != null) {
                openAPI.getComponents().getHeaders().forEach(ResponseBounds::header);
            }
        }
    }

    private static void response(APIResponse response, Set<Schema> requests, Set<Schema> seen) {
        if (response.getRef() != null) {
            return;
        }
        if (response.getHeaders() != null) {
            response.getHeaders().forEach(ResponseBounds::header);
        }
        content(response.getContent()).forEach(s -> bound(s, requests, seen));
    }

    /** A response header's schema: the kit's for a header it knows, else a bounded header value. */
    static void header(String name, Header header) {
        if (header.getRef() != null || header.getSchema() == null) {
            return;
        }
        Schema schema = header.getSchema();
        Schema known = HeaderSchemas.of(name);
        if (known != null && schema.getMaxLength() == null && schema.getPattern() == null && schema.getEnumeration() == null
                && schema.getFormat() == null && schema.getMaximum() == null) {
            header.setSchema(known);
            return;
        }
        boundLeaf(schema);
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING)) {
            if (schema.getMaxLength() == null && schema.getEnumeration() == null) {
                schema.setMaxLength(Bounds.HEADER_LENGTH);
            }
            if (schema.getPattern() == null && schema.getFormat() == null && schema.getEnumeration() == null) {
                schema.setPattern(Bounds.HEADER_VALUE);
            }
        }
    }

    /** Bounds a response schema and everything under it, unless a request reaches it. */
    private static void bound(Schema schema, Set<Schema> requests, Set<Schema> seen) {
        if (schema == null || requests.contains(schema) || !seen.add(schema)) {
            return;
        }
        boundLeaf(schema);
        children(schema).forEach(child -> bound(child, requests, seen));
    }

    private static void boundLeaf(Schema schema) {
        if (schema.getRef() != null || schema.getType() == null) {
            return;
        }
        List<Schema.SchemaType> type = schema.getType();
        if (type.contains(Schema.SchemaType.STRING) && schema.getEnumeration() == null && schema.getConstValue() == null) {
            if (schema.getMaxLength() == null) {
                schema.setMaxLength(switch (schema.getFormat() == null ? "" : schema.getFormat()) {
                    case "date" -> DATE_LENGTH;
                    case "date-time" -> DATE_TIME_LENGTH;
                    default -> Bounds.TEXT_LENGTH;
                });
            }
            if (schema.getFormat() == null && schema.getPattern() == null) {
                schema.setPattern(Bounds.PLAIN_TEXT);
            }
        }
        if (type.contains(Schema.SchemaType.INTEGER)) {
            boolean int32 = "int32".equals(schema.getFormat());
            if (schema.getFormat() == null) {
                schema.setFormat("int64");
            }
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (type.contains(Schema.SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.setMaxItems(LIST_ITEMS);
        }
    }

    /** Every schema a request body or a parameter reaches, through references and sub-schemas. */
    private static Set<Schema> requestSchemas(OpenAPI openAPI, Map<String, Schema> named) {
        Set<Schema> found = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Schema> todo = new ArrayDeque<>();
        forEachOperation(openAPI, operation -> {
            if (operation.getRequestBody() != null) {
                todo.addAll(content(operation.getRequestBody().getContent()));
            }
            if (operation.getParameters() != null) {
                for (Parameter p : operation.getParameters()) {
                    if (p.getSchema() != null) {
                        todo.add(p.getSchema());
                    }
                    todo.addAll(content(p.getContent()));
                }
            }
        });
        Set<String> names = new HashSet<>();
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (!found.add(s)) {
                continue;
            }
            if (s.getRef() != null && s.getRef().startsWith(SCHEMAS)) {
                String name = s.getRef().substring(SCHEMAS.length());
                if (names.add(name) && named.get(name) != null) {
                    todo.add(named.get(name));
                }
            }
            todo.addAll(children(s));
        }
        return found;
    }

    private static List<Schema> children(Schema s) {
        List<Schema> out = new java.util.ArrayList<>();
        if (s.getProperties() != null) {
            out.addAll(s.getProperties().values());
        }
        if (s.getItems() != null) {
            out.add(s.getItems());
        }
        if (s.getAdditionalPropertiesSchema() != null) {
            out.add(s.getAdditionalPropertiesSchema());
        }
        for (List<Schema> group : java.util.Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
            if (group != null) {
                out.addAll(group);
            }
        }
        if (s.getNot() != null) {
            out.add(s.getNot());
        }
        return out;
    }

    private static Collection<Schema> content(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return List.of();
        }
        return content.getMediaTypes().values().stream().filter(m -> m.getSchema() != null).map(m -> m.getSchema()).toList();
    }

    private static void forEachOperation(OpenAPI openAPI, java.util.function.Consumer<Operation> action) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(action);
            }
        });
    }
}
