package org.yjhub.kit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A serialized response, computed once and served many times: the bytes, their media type and a strong ETag derived
 * from the bytes (so an unchanged answer keeps its ETag across unrelated changes). {@link PreparedResponses} answers
 * with it.
 */
public record Body(byte[] bytes, String contentType, String etag) {

    public static final String JSON = "application/json";

    public static Body of(byte[] bytes, String contentType) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(contentType.getBytes(StandardCharsets.US_ASCII));
            byte[] digest = sha.digest(bytes);
            return new Body(bytes, contentType, '"' + HexFormat.of().formatHex(digest, 0, 12) + '"');
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The view as JSON, written by {@code json}. */
    public static Body json(ObjectMapper json, Object view) {
        try {
            return of(json.writeValueAsBytes(view), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + view.getClass().getSimpleName(), e);
        }
    }
}
