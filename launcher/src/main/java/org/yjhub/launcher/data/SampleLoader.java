package org.yjhub.launcher.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Loads the sample data from the published papers ({@code sample/*.json}, sources in {@code sample/README.md})
 * through the public API, as an admin. Idempotent: returns, targets and budgets with identical content are answered
 * "unchanged"; an inspection is posted only when the team has none with the same source, and a recommendation or
 * action only when the inspection has none with the same text.
 */
public final class SampleLoader {

    public record Summary(int inspections, int recommendations, int actions, int budgets, int returns, int targets) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleLoader() {
    }

    public static Summary load(ApiClient api, PrintStream out) {
        int inspections = 0;
        int recommendations = 0;
        int actions = 0;
        for (JsonNode record : read("inspections.json")) {
            JsonNode request = record.get("request");
            String team = request.get("team").asText();
            JsonNode inspection = find(ApiClient.expectOk(api.get("/api/v1/inspections?team=" + team), "list inspections").body(),
                    "source", request.path("source").asText());
            if (inspection == null) {
                inspection = ApiClient.expectOk(api.post("/api/v1/inspections", request), "inspection " + record.get("key")).body();
                inspections++;
            }
            String id = inspection.get("id").asText();
            JsonNode current = ApiClient.expectOk(api.get("/api/v1/inspections/" + id), "inspection " + id).body();
            String[] recommendationIds = new String[record.path("recommendations").size()];
            int i = 0;
            for (JsonNode rec : record.path("recommendations")) {
                JsonNode existing = find(current.path("recommendations"), "text", rec.get("text").asText());
                if (existing == null) {
                    existing = ApiClient.expectOk(api.post("/api/v1/inspections/" + id + "/recommendations", rec),
                            "recommendation of " + record.get("key")).body();
                    recommendations++;
                }
                recommendationIds[i++] = existing.get("id").asText();
            }
            for (JsonNode action : record.path("actions")) {
                if (find(current.path("actions"), "text", action.get("text").asText()) != null) {
                    continue;
                }
                ObjectNode body = action.deepCopy();
                body.remove("recommendationIndex");
                if (action.hasNonNull("recommendationIndex")) {
                    body.put("recommendation", recommendationIds[action.get("recommendationIndex").asInt()]);
                }
                ApiClient.expectOk(api.post("/api/v1/inspections/" + id + "/actions", body), "action of " + record.get("key"));
                actions++;
            }
        }
        int budgets = 0;
        for (JsonNode record : read("budgets.json")) {
            ApiClient.expectOk(api.put("/api/v1/teams/" + record.get("team").asText() + "/budgets/" + record.get("year").asText(),
                    record.get("request")), "budget " + record.get("team") + " " + record.get("year"));
            budgets++;
        }
        JsonNode kpis = read("returns.json");
        int returns = 0;
        for (JsonNode record : kpis.path("returns")) {
            ApiClient.expectOk(api.put("/api/v1/teams/" + record.get("team").asText() + "/returns/" + record.get("quarter").asText(),
                    record.get("request")), "return " + record.get("team") + " " + record.get("quarter"));
            returns++;
        }
        int targets = 0;
        for (JsonNode record : kpis.path("targets")) {
            ApiClient.expectOk(api.put("/api/v1/teams/" + record.get("team").asText() + "/targets/" + record.get("year").asText(),
                    record.get("request")), "targets " + record.get("team") + " " + record.get("year"));
            targets++;
        }
        out.printf("yj: sample data from the published papers: %d new inspections, %d new recommendations, %d new actions, "
                + "%d budgets, %d returns, %d targets (sources: launcher/src/main/resources/sample/README.md)%n",
                inspections, recommendations, actions, budgets, returns, targets);
        return new Summary(inspections, recommendations, actions, budgets, returns, targets);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.path(field).asText(null))) {
                return n;
            }
        }
        return null;
    }

    static JsonNode read(String name) {
        try (InputStream in = SampleLoader.class.getResourceAsStream("/sample/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing sample/" + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
