package org.yjhub.launcher.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * Loads the sample data read from the five source papers ({@code sample/*.json}; every record cites its paper and
 * lines, {@code sample/README.md} lists them) through the public API, as an admin. Idempotent: returns, targets,
 * budgets, staffing and plans with identical content are answered "unchanged", a progress report identical to one
 * already recorded adds nothing, an inspection is posted only when the team has none with the same source, and a
 * recommendation or action only when the inspection has none with the same text.
 */
public final class SampleLoader {

    /** What a load added: a second load of the same files adds no inspection, recommendation, progress, plan or action. */
    public record Summary(int inspections, int recommendations, int progressReports, int plans, int actions, int budgets,
                          int staffing, int returns, int targets) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fields of the sample files that document a record and are not part of the API's request. */
    private static final List<String> NOT_SENT = List.of("cites", "recommendationIndex", "progress");

    private final ApiClient api;
    private int inspections;
    private int recommendations;
    private int progressReports;
    private int plans;
    private int actions;

    private SampleLoader(ApiClient api) {
        this.api = api;
    }

    public static Summary load(ApiClient api, PrintStream out) {
        SampleLoader loader = new SampleLoader(api);
        for (JsonNode record : read("inspections.json")) {
            loader.inspection(record);
        }
        int budgets = loader.putEach(read("budgets.json"), r -> "/api/v1/teams/" + text(r, "team") + "/budgets/" + text(r, "year"));
        int staffing = loader.putEach(read("staffing.json"), r -> "/api/v1/teams/" + text(r, "team") + "/staffing/" + text(r, "year"));
        JsonNode kpis = read("returns.json");
        int returns = loader.putEach(kpis.path("returns"), r -> "/api/v1/teams/" + text(r, "team") + "/returns/" + text(r, "quarter"));
        int targets = loader.putEach(kpis.path("targets"), r -> "/api/v1/teams/" + text(r, "team") + "/targets/" + text(r, "year"));
        Summary s = new Summary(loader.inspections, loader.recommendations, loader.progressReports, loader.plans,
                loader.actions, budgets, staffing, returns, targets);
        out.printf("yj: sample data from the source papers: %d new inspections, %d new recommendations, %d new progress "
                        + "reports, %d new plans, %d new actions; %d budgets, %d staffing, %d returns, %d targets sent "
                        + "(sources: launcher/src/main/resources/sample/README.md)%n",
                s.inspections(), s.recommendations(), s.progressReports(), s.plans(), s.actions(), s.budgets(),
                s.staffing(), s.returns(), s.targets());
        return s;
    }

    private void inspection(JsonNode record) {
        String key = text(record, "key");
        JsonNode request = record.get("request");
        JsonNode inspection = find(ok(api.get("/api/v1/inspections?team=" + text(request, "team")), "list inspections"),
                "source", request.path("source").asText());
        if (inspection == null) {
            inspection = ok(api.post("/api/v1/inspections", request), "inspection " + key);
            inspections++;
        }
        String id = text(inspection, "id");
        if (record.hasNonNull("plan")) {
            ApiClient.Reply reply = ApiClient.expectOk(api.put("/api/v1/inspections/" + id + "/plan", record.get("plan")),
                    "plan of " + key);
            plans += reply.status() == 201 ? 1 : 0;
        }
        JsonNode current = ok(api.get("/api/v1/inspections/" + id), "inspection " + id);
        String[] recommendationIds = new String[record.path("recommendations").size()];
        int i = 0;
        for (JsonNode rec : record.path("recommendations")) {
            recommendationIds[i++] = recommendation(key, id, current, rec);
        }
        for (JsonNode action : record.path("actions")) {
            if (find(current.path("actions"), "text", text(action, "text")) != null) {
                continue;
            }
            ObjectNode body = sent(action);
            if (action.hasNonNull("recommendationIndex")) {
                body.put("recommendation", recommendationIds[action.get("recommendationIndex").asInt()]);
            }
            ok(api.post("/api/v1/inspections/" + id + "/actions", body), "action " + text(action, "reference") + " of " + key);
            actions++;
        }
    }

    private String recommendation(String key, String inspectionId, JsonNode current, JsonNode rec) {
        JsonNode existing = find(current.path("recommendations"), "text", text(rec, "text"));
        if (existing == null) {
            existing = ok(api.post("/api/v1/inspections/" + inspectionId + "/recommendations", sent(rec)),
                    "recommendation of " + key);
            recommendations++;
        }
        String id = text(existing, "id");
        for (JsonNode report : rec.path("progress")) {
            ApiClient.Reply reply = ApiClient.expectOk(api.post("/api/v1/recommendations/" + id + "/progress", report),
                    "progress of recommendation " + id);
            progressReports += reply.status() == 201 ? 1 : 0;
        }
        return id;
    }

    private int putEach(JsonNode records, Function<JsonNode, String> path) {
        int sent = 0;
        for (JsonNode record : records) {
            String p = path.apply(record);
            ApiClient.expectOk(api.put(p, record.get("request")), "PUT " + p);
            sent++;
        }
        return sent;
    }

    private static ObjectNode sent(JsonNode sample) {
        ObjectNode body = sample.deepCopy();
        body.remove(NOT_SENT);
        return body;
    }

    private static JsonNode ok(ApiClient.Reply reply, String what) {
        return ApiClient.expectOk(reply, what).body();
    }

    private static String text(JsonNode node, String field) {
        return node.get(field).asText();
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
