package org.yjhub.bench;

import org.yjhub.launcher.Component;
import org.yjhub.launcher.Stack;
import org.yjhub.localinfra.Postgres;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The second start-up baseline (issue 20): the reference app of module {@code bench/reference-app}, a service's Quarkus
 * extensions without its code. It starts with a service's environment (the broker, the JWT key, the same JVM flags),
 * on a database of its own on the stack's PostgreSQL.
 */
final class ReferenceApp {

    static final String DATABASE = "reference";

    private ReferenceApp() {
    }

    /** The packaged app, built (once) when missing. */
    static Path ensureBuilt(Path home, PrintStream out) throws IOException, InterruptedException {
        Path module = home.resolve("bench/reference-app");
        Path jar = module.resolve("target/quarkus-app/quarkus-run.jar");
        if (Files.exists(jar)) {
            return jar;
        }
        out.println("bench: building the reference app baseline (bench/reference-app, once) …");
        Process p = new ProcessBuilder(home.resolve("mvnw").toString(), "-B", "-q", "-f", module.resolve("pom.xml").toString(),
                "package", "-DskipTests").inheritIO().start();
        if (p.waitFor() != 0 || !Files.exists(jar)) {
            throw new IllegalStateException("the reference app did not build");
        }
        return jar;
    }

    /** A service's environment for the app on {@code port}, with the app's own database (created when missing). */
    static Map<String, String> env(Stack stack, int port) throws SQLException {
        String admin = "jdbc:postgresql://127.0.0.1:" + stack.ports().postgres() + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, Postgres.USER, Postgres.PASSWORD);
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    st.execute("CREATE DATABASE " + DATABASE);
                }
            }
        }
        Map<String, String> env = stack.serviceEnv(Component.PERFORMANCE, port);
        env.put("YJ_DB_URL", "jdbc:postgresql://127.0.0.1:" + stack.ports().postgres() + "/" + DATABASE);
        return env;
    }
}
