package org.yjhub.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.yjhub.localinfra.Postgres;

import java.util.Map;

/**
 * A real PostgreSQL for {@code @QuarkusTest}: {@code TEST_DB_URL} (+ {@code TEST_DB_USER}/{@code TEST_DB_PASSWORD})
 * when set, else an embedded server started once per test JVM and stopped when the JVM exits.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static Postgres embedded;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return Map.of("quarkus.datasource.jdbc.url", external,
                    "quarkus.datasource.username", System.getenv().getOrDefault("TEST_DB_USER", "postgres"),
                    "quarkus.datasource.password", System.getenv().getOrDefault("TEST_DB_PASSWORD", "postgres"));
        }
        synchronized (PostgresTestResource.class) {
            if (embedded == null) {
                embedded = Postgres.startTemporary();
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::stop, "postgres-shutdown"));
            }
        }
        return Map.of("quarkus.datasource.jdbc.url", embedded.createDatabase("yjtest"),
                "quarkus.datasource.username", Postgres.USER,
                "quarkus.datasource.password", Postgres.PASSWORD);
    }

    @Override
    public void stop() {
        // kept for the other test classes of this JVM; stopped by the shutdown hook
    }
}
