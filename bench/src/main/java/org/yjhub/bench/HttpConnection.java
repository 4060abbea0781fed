package org.yjhub.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One keep-alive HTTP/1.1 connection over a blocking socket, for the bench's own requests: the calling thread writes
 * the request and reads the answer itself, with no selector or executor thread in between, so on two cores the
 * client adds as little as it can to what is measured (the JDK's {@code HttpClient} hands every exchange between
 * three threads, which cost about a millisecond a request here). Not thread-safe: one connection per thread.
 */
final class HttpConnection implements AutoCloseable {

    /** An answer: its status, its headers (names in lower case) and its body (empty when skipped). */
    record Reply(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final int port;
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    HttpConnection(int port) throws IOException {
        this.port = port;
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        socket.setSoTimeout(30_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 65536);
    }

    /** Sends one request (body may be null) and reads its whole answer. */
    Reply send(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
        return exchange(request(method, path, port, headers, body), true);
    }

    /** Sends a request already written out by {@link #request} and reads its answer; {@code keepBody} as in {@link #read}. */
    Reply exchange(byte[] request, boolean keepBody) throws IOException {
        out.write(request);
        out.flush();
        return read(in, keepBody);
    }

    static byte[] request(String method, String path, int port, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1:")
                .append(port).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        if (body == null) {
            return start;
        }
        byte[] all = new byte[start.length + body.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(body, 0, all, start.length, body.length);
        return all;
    }

    /** Reads one answer (Content-Length or chunked); {@code keepBody} false skips the body's bytes. */
    static Reply read(InputStream in, boolean keepBody) throws IOException {
        String statusLine = readLine(in);
        if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        String line;
        while (!(line = readLine(in)).isEmpty()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(keepBody ? 8192 : 0);
        String encoding = headers.getOrDefault("transfer-encoding", "");
        if (encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            while (true) {
                long size = Long.parseLong(readLine(in).split(";")[0].trim(), 16);
                if (size == 0) {
                    while (!readLine(in).isEmpty()) {
                        // trailers, if any
                    }
                    break;
                }
                take(in, size, keepBody, body);
                readLine(in);
            }
        } else if (headers.containsKey("content-length")) {
            take(in, Long.parseLong(headers.get("content-length")), keepBody, body);
        }
        return new Reply(status, headers, body.toByteArray());
    }

    private static void take(InputStream in, long size, boolean keep, ByteArrayOutputStream body) throws IOException {
        if (keep) {
            body.write(in.readNBytes(Math.toIntExact(size)));
        } else {
            in.skipNBytes(size);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\r') {
                continue;
            }
            if (c == '\n') {
                return sb.toString();
            }
            sb.append((char) c);
        }
        throw new IOException("connection closed");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
