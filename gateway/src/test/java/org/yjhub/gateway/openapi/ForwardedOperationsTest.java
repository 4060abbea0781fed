package org.yjhub.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yjhub.gateway.service.Upstream;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's document is one contract: its own operations plus every operation of each service's document on a
 * path the route table sends to that service, exactly as the service declares it (only a 503 added, for when the
 * service is down), with the same components, and no component name that means two things.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForwardedOperationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    JsonNode gateway;
    final Map<Upstream, JsonNode> services = new HashMap<>();

    /** RestAssured knows the test port once a test runs, not in @BeforeAll. */
    @BeforeEach
    void read() throws IOException {
        if (gateway != null) {
            return;
        }
        gateway = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        for (Upstream upstream : Upstream.values()) {
            services.put(upstream, JSON.readTree(ForwardedOperations.document(upstream)));
        }
    }

    @Test
    void everyForwardedOperationIsTheServicesOwnPlusA503() {
        List<String> different = new ArrayList<>();
        int forwarded = 0;
        for (Upstream upstream : Upstream.values()) {
            for (Map.Entry<String, JsonNode> path : iterable(services.get(upstream).path("paths"))) {
                if (Upstream.owning(path.getKey()).orElse(null) != upstream) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> operation : iterable(path.getValue())) {
                    if (!METHODS.contains(operation.getKey())) {
                        continue;
                    }
                    forwarded++;
                    String name = operation.getKey().toUpperCase() + " " + path.getKey();
                    JsonNode ours = gateway.path("paths").path(path.getKey()).path(operation.getKey());
                    assertThat(ours.path("responses").path("503").path("description").asText())
                            .as(name).contains(upstream.service());
                    ObjectNode withoutUnavailable = ours.deepCopy();
                    ((ObjectNode) withoutUnavailable.path("responses")).remove("503");
                    if (!withoutUnavailable.equals(operation.getValue())) {
                        different.add(name + " differs from the " + upstream.service() + "'s");
                    }
                }
            }
        }
        assertThat(different).isEmpty();
        int own = 0;
        int total = 0;
        for (Map.Entry<String, JsonNode> path : iterable(gateway.path("paths"))) {
            for (String method : fieldNames(path.getValue())) {
                if (METHODS.contains(method)) {
                    total++;
                    own += Upstream.owning(path.getKey()).isEmpty() ? 1 : 0;
                }
            }
        }
        assertThat(own + forwarded).as("own %d + forwarded %d", own, forwarded).isEqualTo(total);
        assertThat(forwarded).isGreaterThanOrEqualTo(28);
        assertThat(own).isGreaterThanOrEqualTo(11);
    }

    @Test
    void noComponentNameMeansTwoThings() {
        List<String> clashes = new ArrayList<>();
        Map<String, String> firstSeenIn = new HashMap<>();
        for (Upstream upstream : Upstream.values()) {
            JsonNode service = services.get(upstream);
            for (String ref : reachableFromForwardedOperations(service, upstream)) {
                JsonNode theirs = at(service, ref);
                JsonNode ours = at(gateway, ref);
                if (!theirs.equals(ours)) {
                    clashes.add(ref + ": the " + upstream.service() + "'s is not the gateway's"
                            + (firstSeenIn.containsKey(ref) ? " (nor the " + firstSeenIn.get(ref) + "'s)" : "")
                            + "; rename one with @Schema(name = …)");
                }
                firstSeenIn.putIfAbsent(ref, upstream.service());
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void tagsServersAndSecurityAreTheGatewaysAndCoherent() {
        Set<String> declared = new LinkedHashSet<>();
        gateway.path("tags").forEach(tag -> declared.add(tag.path("name").asText()));
        Set<String> used = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> path : iterable(gateway.path("paths"))) {
            for (Map.Entry<String, JsonNode> operation : iterable(path.getValue())) {
                operation.getValue().path("tags").forEach(tag -> used.add(tag.asText()));
            }
        }
        assertThat(declared).containsAll(used);
        assertThat(gateway.path("tags").findValues("description")).hasSize(declared.size());
        gateway.path("servers").forEach(server -> assertThat(server.path("url").asText()).as("no service's address")
                .doesNotContainPattern(":808[1-3]"));
        assertThat(gateway.path("security").toString()).isEqualTo("[{\"jwt\":[]}]");
        assertThat(gateway.path("components").path("securitySchemes").fieldNames()).toIterable().containsExactly("jwt");
    }

    /** The components (as #/components/… references) that the forwarded operations refer to, directly or not. */
    private static Set<String> reachableFromForwardedOperations(JsonNode service, Upstream upstream) {
        Deque<String> pending = new ArrayDeque<>();
        for (Map.Entry<String, JsonNode> path : iterable(service.path("paths"))) {
            if (Upstream.owning(path.getKey()).orElse(null) == upstream) {
                refs(path.getValue(), pending);
            }
        }
        Set<String> reached = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            String ref = pending.pop();
            if (reached.add(ref)) {
                refs(at(service, ref), pending);
            }
        }
        return reached;
    }

    private static void refs(JsonNode node, Deque<String> into) {
        if (node.has("$ref") && node.get("$ref").asText().startsWith("#/components/")) {
            into.push(node.get("$ref").asText());
        }
        node.elements().forEachRemaining(child -> refs(child, into));
    }

    private static JsonNode at(JsonNode document, String ref) {
        return document.at(ref.substring(1));
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node.properties();
    }

    private static Iterable<String> fieldNames(JsonNode node) {
        return node::fieldNames;
    }
}
