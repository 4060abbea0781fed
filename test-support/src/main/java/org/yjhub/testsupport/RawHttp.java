package org.yjhub.testsupport;

import io.restassured.RestAssured;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A request written straight to the socket, for what an HTTP client library will not send: a declared length far above
 * what follows (the server must refuse before reading it). Reads the whole answer (the server closes the connection).
 */
public final class RawHttp {

    public record Answer(int status, String headers, String body) {
        public String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    /** Sends a whole request with the path exactly as given (no encoding, no normalisation) and reads the answer. */
    public static Answer send(String method, String path, String token, String contentType, String body) throws IOException {
        return sendBytes(method, path, token, contentType, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    /** A GET with one extra header, sent as given. */
    public static Answer sendWithHeader(String method, String path, String token, String header, String value) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer " + token
                    + "\r\n" + header + ": " + value + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** The same with the body as raw bytes (which need not be UTF-8). */
    public static Answer sendBytes(String method, String path, String token, String contentType, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer " + token
                    + (contentType == null ? "" : "\r\nContent-Type: " + contentType) + "\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /**
     * Streams a body of {@code size} bytes ({@code start}, then {@code filler} repeated) with chunked transfer encoding, so that no length is
     * announced and the server meets the limit only while reading; stops writing when the server stops reading.
     */
    public static Answer chunked(String method, String path, String token, String contentType, String start, long size, String filler)
            throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = filler.repeat(Math.max(1, 65_536 / filler.length())).getBytes(StandardCharsets.UTF_8);
            byte[] chunkHead = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                byte[] first = start.getBytes(StandardCharsets.UTF_8);
                out.write((Integer.toHexString(first.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(first);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                for (long sent = first.length; sent < size; sent += chunk.length) {
                    out.write(chunkHead);
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (java.net.SocketException e) {
                // the server answered and closed while the body was still coming: read what it said
            }
            return read(socket.getInputStream());
        }
    }

    /** Sends the head and the start of a body announced as {@code declaredLength} bytes, then reads the answer. */
    public static Answer announce(String method, String path, String token, String contentType, long declaredLength, String bodyStart)
            throws IOException {
        return exchange(method, path, token, contentType, declaredLength, bodyStart);
    }

    private static Answer exchange(String method, String path, String token, String contentType, long declaredLength,
                                   String bodyStart) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer " + token
                    + (contentType == null ? "" : "\r\nContent-Type: " + contentType) + "\r\nContent-Length: " + declaredLength
                    + "\r\n\r\n" + bodyStart).getBytes(StandardCharsets.UTF_8));
            out.flush();
            return read(socket.getInputStream());
        } catch (java.net.SocketException e) {
            throw new IOException("the server dropped the connection without an answer to " + method + " " + path, e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                received.write(buffer, 0, n);
                if (complete(received.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
        } catch (java.net.SocketException e) {
            if (received.size() == 0) {
                throw e;
            }
            // reset after the answer arrived (the server closes early on a refused body)
        }
        String text = received.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = dechunk(body);
        }
        return new Answer(Integer.parseInt(head.substring(9, 12)), head, body);
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            byte[] rest = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
            body.append(chunk);
            at = lineEnd + 2 + chunk.length() + 2;
        }
        return body.toString();
    }

    /** True once the head and a body of the announced content-length have arrived (else read until the server closes). */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        for (String line : text.substring(0, end).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                long length = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                return text.substring(end + 4).getBytes(StandardCharsets.UTF_8).length >= length;
            }
        }
        return false;
    }
}
