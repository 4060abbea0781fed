package org.yjhub.launcher.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A thin client of the public API (through the gateway) for the data loaders. */
public final class ApiClient {

    public record Reply(int status, JsonNode body, String raw) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** HTTP/1.1 as the services speak it: an h2c upgrade attempt on every request only adds a round of work. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    public ApiClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public Reply get(String path) {
        return send(request(path).GET().build());
    }

    public Reply put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    public Reply post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    public Reply postCsv(String path, String csv) {
        return send(request(path).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    }

    /** Fails with the problem detail unless the reply is a success. */
    public static Reply expectOk(Reply reply, String what) {
        if (!reply.ok()) {
            throw new IllegalStateException(what + " failed with " + reply.status() + ": " + reply.raw());
        }
        return reply;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    /** At most this many waits on a 429 before its answer is returned as it is. */
    private static final int RATE_LIMIT_WAITS = 5;

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (int waits = 0; r.statusCode() == 429 && waits < RATE_LIMIT_WAITS; waits++) {
                // over the caller's rate limit: nothing was done, so the same request may be sent again when it says
                long seconds = r.headers().firstValueAsLong("Retry-After").orElse(1);
                Thread.sleep(1000L * Math.min(Math.max(seconds, 1), 60));
                r = http.send(request, HttpResponse.BodyHandlers.ofString());
            }
            JsonNode body = null;
            if (r.body() != null && !r.body().isBlank() && r.headers().firstValue("Content-Type").orElse("").contains("json")) {
                body = JSON.readTree(r.body());
            }
            return new Reply(r.statusCode(), body, r.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + baseUrl + " (" + e.getMessage() + "); is ./yj run up?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
