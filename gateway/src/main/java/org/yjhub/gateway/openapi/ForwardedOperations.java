package org.yjhub.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.yjhub.gateway.service.Upstream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes the gateway's OpenAPI document one complete contract: to the operations the gateway declares itself (its read
 * views, changes, admin, the reference data) it adds every operation of each service's own document whose path the
 * route table ({@link Upstream}) sends to that service, as the service declares it (operationId, parameters, typed
 * bodies, examples, responses), with the components they refer to and the tags they use; and a 503 for when the
 * service is down or slow, which the gateway answers for it.
 * <p>
 * Each service stores its document at build and attaches it as the artifact {@code <service>:openapi:json}; the
 * gateway's build copies them into {@value #DOCUMENTS} (see the gateway's pom). A component the gateway already has
 * is kept (the kit's {@code Problem}, {@code Team}, … are the same everywhere); {@code ForwardedOperationsTest} fails
 * if one of the same name has another shape, which is resolved by renaming one of them with {@code @Schema(name = …)}.
 * Runs at build time: the document is assembled once, not at start-up.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ForwardedOperations implements OASFilter {

    /** Where the services' documents are on the gateway's class path, as {@code <service>-openapi.json}. */
    public static final String DOCUMENTS = "META-INF/openapi-upstream/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPONENTS = "#/components/";

    @Override
    public void filterOpenAPI(OpenAPI gateway) {
        if (gateway.getPaths() == null) {
            gateway.setPaths(OASFactory.createPaths());
        }
        if (gateway.getComponents() == null) {
            gateway.setComponents(OASFactory.createComponents());
        }
        for (Upstream upstream : Upstream.values()) {
            byte[] bytes = document(upstream);
            OpenAPI service = SmallRyeOpenAPI.builder()
                    .withCustomStaticFile(() -> new ByteArrayInputStream(bytes))
                    .enableModelReader(false)
                    .enableStandardStaticFiles(false)
                    .enableAnnotationScan(false)
                    .enableStandardFilter(false)
                    .build()
                    .model();
            merge(gateway, service, read(bytes), upstream);
        }
    }

    private static void merge(OpenAPI gateway, OpenAPI service, JsonNode serviceJson, Upstream upstream) {
        Set<String> tags = new LinkedHashSet<>();
        Deque<String> refs = new ArrayDeque<>();
        service.getPaths().getPathItems().forEach((path, item) -> {
            if (Upstream.owning(path).orElse(null) != upstream) {
                return; // served by the gateway itself (teams, indicators), or not routed
            }
            if (gateway.getPaths().hasPathItem(path)) {
                throw new IllegalStateException("the gateway declares " + path + ", which the route table sends to the "
                        + upstream.service());
            }
            item.getOperations().values().forEach(operation -> {
                if (operation.getTags() != null) {
                    tags.addAll(operation.getTags());
                }
                addUnavailable(operation, upstream);
            });
            gateway.getPaths().addPathItem(path, item);
            collectRefs(serviceJson.path("paths").path(path), refs);
        });
        Set<String> copied = new LinkedHashSet<>();
        while (!refs.isEmpty()) {
            String ref = refs.pop();
            if (copied.add(ref)) {
                String[] kindAndName = ref.substring(COMPONENTS.length()).split("/", 2);
                copy(service.getComponents(), gateway.getComponents(), kindAndName[0], unescape(kindAndName[1]));
                collectRefs(serviceJson.path("components").path(kindAndName[0]).path(unescape(kindAndName[1])), refs);
            }
        }
        if (service.getTags() != null) {
            for (Tag tag : service.getTags()) {
                if (tags.contains(tag.getName()) && (gateway.getTags() == null
                        || gateway.getTags().stream().noneMatch(t -> t.getName().equals(tag.getName())))) {
                    gateway.addTag(OASFactory.createTag().name(tag.getName()).description(
                            (tag.getDescription() == null ? "" : tag.getDescription() + ". ")
                                    + "Served by the " + upstream.service() + "; the gateway forwards these operations"));
                }
            }
        }
    }

    /** The 503 the gateway gives for the service, as the Forwarder writes it. */
    private static void addUnavailable(Operation operation, Upstream upstream) {
        if (operation.getResponses().hasAPIResponse("503")) {
            return;
        }
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://yjhub.org/problems/service-unavailable");
        example.put("title", "Service unavailable");
        example.put("status", 503);
        example.put("detail", "the " + upstream.service() + " (which owns " + upstream.owns() + ") cannot be reached "
                + "(connection refused); the request was not delivered; try again shortly");
        example.put("service", upstream.service());
        APIResponse unavailable = OASFactory.createAPIResponse()
                .description("The " + upstream.service() + " is down, or did not accept the connection or answer in "
                        + "time; the gateway answers for it, naming it in service. The detail says whether the request "
                        + "was delivered: a write that timed out may or may not have been applied, so read it back "
                        + "before retrying")
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)))
                .content(OASFactory.createContent().addMediaType("application/problem+json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))
                        .addExample("down", OASFactory.createExample().value(example))));
        operation.getResponses().addAPIResponse("503", unavailable);
    }

    private static void copy(Components from, Components to, String kind, String name) {
        switch (kind) {
            case "schemas" -> copy(from.getSchemas(), to.getSchemas(), name, to::addSchema);
            case "responses" -> copy(from.getResponses(), to.getResponses(), name, to::addResponse);
            case "parameters" -> copy(from.getParameters(), to.getParameters(), name, to::addParameter);
            case "examples" -> copy(from.getExamples(), to.getExamples(), name, to::addExample);
            case "requestBodies" -> copy(from.getRequestBodies(), to.getRequestBodies(), name, to::addRequestBody);
            case "headers" -> copy(from.getHeaders(), to.getHeaders(), name, to::addHeader);
            case "links" -> copy(from.getLinks(), to.getLinks(), name, to::addLink);
            default -> throw new IllegalStateException("cannot merge a reference to components/" + kind + "/" + name);
        }
    }

    private static <T> void copy(Map<String, T> from, Map<String, T> to, String name,
                                 java.util.function.BiFunction<String, T, ?> add) {
        if (from == null || !from.containsKey(name)) {
            throw new IllegalStateException("a forwarded operation refers to " + name + ", which its document lacks");
        }
        if (to == null || !to.containsKey(name)) {
            add.apply(name, from.get(name));
        }
    }

    private static void collectRefs(JsonNode node, Deque<String> refs) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(COMPONENTS)) {
                refs.push(ref.asText());
            }
            node.elements().forEachRemaining(child -> collectRefs(child, refs));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectRefs(child, refs));
        }
    }

    private static String unescape(String pointerToken) {
        return pointerToken.replace("~1", "/").replace("~0", "~");
    }

    /** A service's document from the class path, as the build copied it. */
    public static byte[] document(Upstream upstream) {
        return resource(DOCUMENTS + upstream.service() + "-openapi.json", in -> {
            try {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static <T> T resource(String name, Function<InputStream, T> reader) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader == null ? ForwardedOperations.class.getClassLoader() : loader).getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path: the gateway's build copies each "
                        + "service's OpenAPI document (artifact <service>:openapi:json) there; build the services first "
                        + "(./mvnw -pl gateway -am package)");
            }
            return reader.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
