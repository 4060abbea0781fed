package org.yjhub.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Reserves a port per owning service and points the gateway at it; the forwarding tests start (and stop) small fake
 * services on these ports. The ports travel as system properties, which every class loader of the test JVM sees.
 * Short timeouts, so the "service down / too slow" tests are quick.
 */
public class FakeUpstreamPorts implements QuarkusTestResourceLifecycleManager {

    public static final String INSPECTION = "yj.test.upstream.inspection";
    public static final String PERFORMANCE = "yj.test.upstream.performance";
    public static final String BUDGET = "yj.test.upstream.budget";

    @Override
    public Map<String, String> start() {
        int inspection = reserve(INSPECTION);
        int performance = reserve(PERFORMANCE);
        int budget = reserve(BUDGET);
        return Map.of("yj.gateway.inspection-url", "http://127.0.0.1:" + inspection,
                "yj.gateway.performance-url", "http://127.0.0.1:" + performance,
                "yj.gateway.budget-url", "http://127.0.0.1:" + budget + "/",
                "yj.gateway.read-timeout", "2s",
                "yj.gateway.connect-timeout", "1s");
    }

    public static int port(String property) {
        return Integer.parseInt(System.getProperty(property));
    }

    private static synchronized int reserve(String property) {
        String existing = System.getProperty(property);
        if (existing != null) {
            return Integer.parseInt(existing);
        }
        try (ServerSocket s = new ServerSocket(0)) {
            System.setProperty(property, Integer.toString(s.getLocalPort()));
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }
}
