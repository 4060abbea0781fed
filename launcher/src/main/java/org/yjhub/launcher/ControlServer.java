package org.yjhub.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * The running {@code ./yj run}'s control port on 127.0.0.1: {@code GET /status}, {@code POST /stop/COMPONENT},
 * {@code POST /start/COMPONENT}. Lets another shell rehearse an outage against the same stack.
 */
final class ControlServer implements AutoCloseable {

    private final HttpServer server;

    ControlServer(Stack stack, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "yj-control");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/status", ex -> {
            StringBuilder out = new StringBuilder();
            stack.status().forEach((name, state) -> out.append(String.format("%-20s %s%n", name, state)));
            reply(ex, 200, out.toString());
        });
        server.createContext("/stop/", ex -> act(ex, stack, false));
        server.createContext("/start/", ex -> act(ex, stack, true));
        server.start();
    }

    private static void act(HttpExchange ex, Stack stack, boolean start) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            reply(ex, 405, "POST only\n");
            return;
        }
        String name = ex.getRequestURI().getPath().replaceFirst("^/(stop|start)/", "");
        try {
            Component c = Component.parse(name);
            if (start) {
                stack.start(c);
                if (c.isService()) {
                    stack.awaitReady(List.of(c));
                }
                reply(ex, 200, c.id() + " started\n");
            } else {
                stack.stop(c);
                reply(ex, 200, c.id() + " stopped\n");
            }
        } catch (UsageException e) {
            reply(ex, 400, e.getMessage() + "\n");
        } catch (RuntimeException e) {
            reply(ex, 500, e + "\n");
        }
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
