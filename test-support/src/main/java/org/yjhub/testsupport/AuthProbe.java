package org.yjhub.testsupport;

import io.restassured.http.Method;
import io.restassured.response.ValidatableResponse;
import org.yjhub.localinfra.jwt.Tokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The bad tokens every endpoint must refuse with 401 problem+json: none, garbage, a tampered signature, a tampered
 * payload, {@code alg: none}, expired, without an audience or for another one, issued in the future, and living longer
 * than the services allow; and the valid tokens it must refuse with 403 problem+json: those holding none of the four
 * roles.
 */
public final class AuthProbe {

    private AuthProbe() {
    }

    public static Map<String, String> badTokens(Tokens tokens) {
        String good = tokens.admin();
        String[] parts = good.split("\\.");
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("garbage", "not-a-token");
        bad.put("tampered signature", parts[0] + "." + parts[1] + "." + flip(parts[2]));
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"admin\"", "\"admin\",\"inspector\"");
        bad.put("tampered payload", parts[0] + "." + b64(payload) + "." + parts[2]);
        bad.put("alg none", b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
        bad.put("expired", tokens.expired());
        bad.put("no audience", tokens.withoutAudience());
        bad.put("another audience", tokens.forAudience("another-application"));
        bad.put("issued a day in the future", tokens.issuedIn(Duration.ofDays(1)));
        bad.put("living ten years", tokens.living(Duration.ofDays(3653)));
        return bad;
    }

    /** Valid tokens holding none of the four roles. */
    public static Map<String, String> rolelessTokens(Tokens tokens) {
        Map<String, String> roleless = new LinkedHashMap<>();
        roleless.put("no role", tokens.withoutRole());
        roleless.put("an unknown role", tokens.withoutRole("visitor"));
        return roleless;
    }

    /**
     * Asserts that the request is refused with 401 problem+json without a token and with every bad token, and with
     * 403 problem+json to a token holding none of the four roles.
     */
    public static void assertRefusesBadTokens(Tokens tokens, Method method, String path, String contentType, String body) {
        send("no token", null, method, path, contentType, body, 401);
        badTokens(tokens).forEach((name, token) -> send(name, token, method, path, contentType, body, 401));
        rolelessTokens(tokens).forEach((name, token) -> send(name, token, method, path, contentType, body, 403));
    }

    private static void send(String name, String token, Method method, String path, String contentType, String body,
                             int status) {
        try {
            send(token, method, path, contentType, body, status);
        } catch (AssertionError e) {
            throw new AssertionError(method + " " + path + " with " + name + ": " + e.getMessage(), e);
        }
    }

    private static ValidatableResponse send(String token, Method method, String path, String contentType, String body,
                                            int status) {
        var spec = given();
        if (token != null) {
            spec = spec.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            spec = spec.contentType(contentType).body(body);
        }
        return spec.when().request(method, path).then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status));
    }

    private static String flip(String sig) {
        char c = sig.charAt(10);
        return sig.substring(0, 10) + (c == 'A' ? 'B' : 'A') + sig.substring(11);
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
