package org.yjhub.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HttpConnectionTest {

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAContentLengthAnswerAndLeavesTheNextOneInTheStream() throws IOException {
        InputStream in = stream("HTTP/1.1 200 OK\r\nETag: \"7\"\r\nContent-Length: 5\r\n\r\nhello"
                + "HTTP/1.1 304 Not Modified\r\netag: \"7\"\r\n\r\n");
        HttpConnection.Reply first = HttpConnection.read(in, true);
        assertEquals(200, first.status());
        assertEquals("\"7\"", first.header("ETag"));
        assertEquals("hello", first.text());
        HttpConnection.Reply second = HttpConnection.read(in, true);
        assertEquals(304, second.status());
        assertEquals("\"7\"", second.header("etag"));
        assertEquals(0, second.body().length);
    }

    @Test
    void readsAChunkedAnswer() throws IOException {
        InputStream in = stream("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n"
                + "HTTP/1.1 204 No Content\r\n\r\n");
        assertEquals("hello world", HttpConnection.read(in, true).text());
        assertEquals(204, HttpConnection.read(in, true).status());
    }

    @Test
    void skipsTheBodyWhenAskedTo() throws IOException {
        InputStream in = stream("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabcHTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n");
        HttpConnection.Reply skipped = HttpConnection.read(in, false);
        assertEquals(200, skipped.status());
        assertEquals(0, skipped.body().length);
        assertEquals(201, HttpConnection.read(in, false).status());
    }

    @Test
    void refusesWhatIsNotAnHttpAnswerAndAClosedConnection() {
        assertThrows(IOException.class, () -> HttpConnection.read(stream("SSH-2.0-OpenSSH\r\n"), true));
        assertThrows(IOException.class, () -> HttpConnection.read(stream("HTTP/1.1 200 OK\r\nContent-Le"), true));
    }

    @Test
    void writesTheRequestWithHostHeadersAndBodyLength() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer t");
        headers.put("Content-Type", "application/json");
        byte[] request = HttpConnection.request("PUT", "/a?b=c", 8080, headers, "{}".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(("PUT /a?b=c HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nAuthorization: Bearer t\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII), request);
        assertArrayEquals("GET / HTTP/1.1\r\nHost: 127.0.0.1:1\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                HttpConnection.request("GET", "/", 1, Map.of(), null));
    }
}
