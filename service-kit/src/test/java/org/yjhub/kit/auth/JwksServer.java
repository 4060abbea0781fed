package org.yjhub.kit.auth;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * An identity provider's JWKS endpoint, as a test resource: serves {@link #FILE} at {@code /certs} with the
 * {@code Cache-Control: max-age} a provider sends, and points the service at it. The test publishes a key set by
 * writing the file ({@link #publish}), as an identity provider rotates its keys.
 */
public class JwksServer implements QuarkusTestResourceLifecycleManager {

    static final Path FILE = Path.of("target", "jwks-rotation", "jwks.json").toAbsolutePath();
    /** How long the service may cache the key set, in seconds (the provider's Cache-Control). */
    static final int MAX_AGE = 1;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            publish("{\"keys\":[]}");
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/certs", exchange -> {
                byte[] body = Files.readAllBytes(FILE);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.getResponseHeaders().set("Cache-Control", "max-age=" + MAX_AGE);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("mp.jwt.verify.publickey.location",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/certs");
    }

    /** Runs after the kit's JwtTestResource, so that its key location is the one the service uses. */
    @Override
    public int order() {
        return 100;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    static void publish(String jwks) {
        try {
            Files.createDirectories(FILE.getParent());
            Path tmp = Files.createTempFile(FILE.getParent(), "jwks", ".tmp");
            Files.writeString(tmp, jwks, StandardCharsets.UTF_8);
            Files.move(tmp, FILE, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
