package org.yjhub.localinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from the zonky binaries jar (no Docker). zonky runs initdb/pg_ctl in a user namespace
 * when the JVM runs as root. The data directory may be kept between runs.
 */
public final class Postgres extends LocalServer<EmbeddedPostgres> {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final boolean keepData;

    /** @param keepData whether the data directory is kept when the server stops (if not, writes are not synced either) */
    public Postgres(int port, Path dataDir, boolean keepData) {
        super(port, dataDir, false);
        this.keepData = keepData;
    }

    public static Postgres startTemporary() {
        try {
            Postgres pg = new Postgres(freePort(), Files.createTempDirectory("yj-pg-"), false);
            pg.start();
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected EmbeddedPostgres launch() {
        try {
            return EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(!keepData)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", keepData ? "on" : "off")
                    .setServerConfig("synchronous_commit", keepData ? "on" : "off")
                    .setServerConfig("full_page_writes", keepData ? "on" : "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
        }
    }

    /** Creates the database if it does not exist yet and returns its JDBC URL. */
    public String createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!rs.next()) {
                    st.execute("CREATE DATABASE \"" + name + "\"");
                }
            }
            return jdbcUrl(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    protected void halt(EmbeddedPostgres server) throws IOException {
        server.close();
    }
}
