package org.yjhub.kit.problem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A body over the limit is refused with 413 problem+json, read off a raw socket (no client-side size checks). */
@QuarkusTest
class BodyLimitTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void declaredBodyOverTheLimitIsA413Problem() throws Exception {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("PUT /api/v1/teams/medway HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 20000000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            s.setSoTimeout(5000);
            InputStream in = s.getInputStream();
            StringBuilder response = new StringBuilder();
            byte[] buffer = new byte[4096];
            try {
                int n;
                while ((n = in.read(buffer)) != -1) {
                    response.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (response.indexOf("\"status\":413") >= 0) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // assert on what arrived
            }
            assertThat(response.toString()).startsWith("HTTP/1.1 413");
            assertThat(response.toString()).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(response.toString()).contains("\"status\":413");
        }
    }
}
