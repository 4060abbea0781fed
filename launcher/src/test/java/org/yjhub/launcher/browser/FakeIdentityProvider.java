package org.yjhub.launcher.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * An OpenID Connect provider that signs everybody in at once, for the dashboard's sign-in test: its authorization
 * endpoint answers with a code in the redirect's fragment (response_mode=fragment), and its token endpoint exchanges
 * the code for a token — only with the PKCE verifier whose S256 challenge came with the code, for the same client and
 * redirect URI, once. The page calls the token endpoint from the gateway's origin, so it answers with CORS headers.
 */
final class FakeIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "yj-dashboard";

    private record Grant(String challenge, String redirectUri) {
    }

    private final HttpServer server;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Supplier<String> tokens;
    private volatile String allowedOrigin = "null";
    private volatile int exchanged;

    FakeIdentityProvider(Supplier<String> tokens) {
        this.tokens = tokens;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void allowOrigin(String origin) {
        this.allowedOrigin = origin;
    }

    int exchanged() {
        return exchanged;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!"code".equals(query.get("response_type")) || !"fragment".equals(query.get("response_mode"))
                || !CLIENT_ID.equals(query.get("client_id")) || !"S256".equals(query.get("code_challenge_method"))
                || query.get("code_challenge") == null || query.get("state") == null) {
            respond(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(query.get("code_challenge"), query.get("redirect_uri")));
        exchange.getResponseHeaders().set("Location", query.get("redirect_uri") + "#code=" + code + "&state="
                + query.get("state"));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", allowedOrigin);
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = form.get("code") == null ? null : codes.remove(form.get("code"));
        if (!"POST".equals(exchange.getRequestMethod()) || grant == null
                || !"authorization_code".equals(form.get("grant_type")) || !CLIENT_ID.equals(form.get("client_id"))
                || !grant.redirectUri().equals(form.get("redirect_uri"))
                || !grant.challenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
            respond(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"no such code for this verifier\"}");
            return;
        }
        exchanged++;
        respond(exchange, 200, "{\"access_token\":\"" + tokens.get() + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String text) {
        Map<String, String> values = new HashMap<>();
        if (text != null) {
            for (String pair : text.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
