package org.yjhub.bench;

import org.flywaydb.core.Flyway;
import org.yjhub.launcher.Component;
import org.yjhub.launcher.Stack;
import org.yjhub.localinfra.Postgres;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The bulk load's second baseline (issue 20): what integrity costs by itself. The rows a bulk load stored (its heads,
 * revisions, values and outbox events) are copied out of the service's database after the load, then inserted again by
 * raw JDBC batches ({@code reWriteBatchedInserts}), in one transaction, into a scratch database of the same PostgreSQL
 * whose schema is made by the performance service's own Flyway migrations, as packaged: the same tables, keys, unique
 * constraints, foreign keys, checks and indexes. Left out: HTTP, parsing and checking the CSV, reading the current
 * revisions, locking the heads, reserving ids from the sequences (the copies keep the service's ids), writing the
 * events' JSON and handing them to Kafka.
 */
final class SameKeysInsert implements AutoCloseable {

    static final String DATABASE = "bench_same_keys";

    /** What one load stored, as read back from the service's tables. */
    record Stored(List<Revision> revisions, List<Value> values, List<Event> events) {
    }

    record Revision(long id, String team, String quarter, long revision, OffsetDateTime submittedAt, String submittedBy,
                    String source, boolean synthetic) {
    }

    record Value(long id, long revisionId, String indicator, BigDecimal numerator, BigDecimal denominator, BigDecimal rate) {
    }

    record Event(UUID id, String topic, String aggregateType, String aggregateId, String eventType, long version,
                 OffsetDateTime occurredAt, String payload) {
    }

    private final Stack stack;
    private final Connection scratch;

    private SameKeysInsert(Stack stack, Connection scratch) {
        this.stack = stack;
        this.scratch = scratch;
    }

    /** Creates the scratch database on the stack's PostgreSQL and migrates it with the packaged service's migrations. */
    static SameKeysInsert create(Stack stack) throws Exception {
        try (Connection admin = DriverManager.getConnection(adminUrl(stack), Postgres.USER, Postgres.PASSWORD);
             Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE);
            st.execute("CREATE DATABASE " + DATABASE);
        }
        String url = scratchUrl(stack);
        try (URLClassLoader migrations = serviceClassPath(stack.home().resolve("performance-service/target/quarkus-app"))) {
            // the service's setting (quarkus.flyway.locations=db/migration): every db/migration on its class path
            Flyway.configure(migrations).dataSource(url, Postgres.USER, Postgres.PASSWORD).locations("classpath:db/migration")
                    .load().migrate();
        }
        return new SameKeysInsert(stack, DriverManager.getConnection(url + "?reWriteBatchedInserts=true", Postgres.USER,
                Postgres.PASSWORD));
    }

    /** The packaged service's own jar and the project's modules it bundles (where its migrations are). */
    private static URLClassLoader serviceClassPath(Path app) throws IOException {
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> own = Files.list(app.resolve("app")); Stream<Path> lib = Files.list(app.resolve("lib/main"))) {
            for (Path jar : Stream.concat(own, lib.filter(p -> p.getFileName().toString().startsWith("org.yjhub."))).toList()) {
                jars.add(jar.toUri().toURL());
            }
        }
        if (jars.isEmpty()) {
            throw new IllegalStateException("no packaged performance-service in " + app);
        }
        return new URLClassLoader(jars.toArray(URL[]::new), SameKeysInsert.class.getClassLoader());
    }

    /**
     * Reads back what the last load stored in the service's database: its {@code returns} revisions (the newest), their
     * values, and its {@code returns} events (the newest; nothing else writes while the bench loads).
     */
    static Stored lastLoad(Stack stack, int returns) throws SQLException {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(Component.PERFORMANCE), Postgres.USER, Postgres.PASSWORD)) {
            List<Revision> revisions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, team, quarter, revision, submitted_at, submitted_by, "
                    + "source, synthetic FROM kpi_return_revision ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, returns);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        revisions.add(new Revision(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                                rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getString(7), rs.getBoolean(8)));
                    }
                }
            }
            Collections.reverse(revisions);
            List<Value> values = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, revision_id, indicator, numerator, denominator, rate "
                    + "FROM kpi_return_value WHERE revision_id = ANY (?) ORDER BY id")) {
                ps.setObject(1, revisions.stream().mapToLong(Revision::id).toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        values.add(new Value(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                                rs.getBigDecimal(5), rs.getBigDecimal(6)));
                    }
                }
            }
            List<Event> events = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, topic, aggregate_type, aggregate_id, event_type, "
                    + "version, occurred_at, payload::text FROM outbox_event ORDER BY seq DESC LIMIT ?")) {
                ps.setInt(1, returns);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new Event(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getLong(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8)));
                    }
                }
            }
            Collections.reverse(events);
            return new Stored(revisions, values, events);
        }
    }

    /**
     * Inserts one load's rows into the scratch database in one transaction, committed: the heads (upserted to their new
     * revision, as the service does), the revisions, their values and the events, each table one JDBC batch.
     *
     * @return seconds, from the first statement to the commit
     */
    double insert(Stored rows) throws SQLException {
        scratch.setAutoCommit(false);
        long t0 = System.nanoTime();
        try (PreparedStatement heads = scratch.prepareStatement("INSERT INTO kpi_return (team, quarter, revision) "
                + "VALUES (?, ?, ?) ON CONFLICT (team, quarter) DO UPDATE SET revision = EXCLUDED.revision");
             PreparedStatement revisions = scratch.prepareStatement("INSERT INTO kpi_return_revision (id, team, quarter, "
                     + "revision, submitted_at, submitted_by, source, synthetic) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement values = scratch.prepareStatement("INSERT INTO kpi_return_value (id, revision_id, indicator, "
                     + "numerator, denominator, rate) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement events = scratch.prepareStatement("INSERT INTO outbox_event (id, topic, aggregate_type, "
                     + "aggregate_id, event_type, version, occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
            for (Revision r : rows.revisions()) {
                heads.setString(1, r.team());
                heads.setString(2, r.quarter());
                heads.setLong(3, r.revision());
                heads.addBatch();
                revisions.setLong(1, r.id());
                revisions.setString(2, r.team());
                revisions.setString(3, r.quarter());
                revisions.setLong(4, r.revision());
                revisions.setObject(5, r.submittedAt());
                revisions.setString(6, r.submittedBy());
                revisions.setString(7, r.source());
                revisions.setBoolean(8, r.synthetic());
                revisions.addBatch();
            }
            for (Value v : rows.values()) {
                values.setLong(1, v.id());
                values.setLong(2, v.revisionId());
                values.setString(3, v.indicator());
                values.setBigDecimal(4, v.numerator());
                values.setBigDecimal(5, v.denominator());
                values.setBigDecimal(6, v.rate());
                values.addBatch();
            }
            for (Event e : rows.events()) {
                events.setObject(1, e.id());
                events.setString(2, e.topic());
                events.setString(3, e.aggregateType());
                events.setString(4, e.aggregateId());
                events.setString(5, e.eventType());
                events.setLong(6, e.version());
                events.setObject(7, e.occurredAt());
                events.setString(8, e.payload());
                events.addBatch();
            }
            heads.executeBatch();
            revisions.executeBatch();
            values.executeBatch();
            events.executeBatch();
            scratch.commit();
            return (System.nanoTime() - t0) / 1e9;
        } catch (SQLException | RuntimeException e) {
            scratch.rollback();
            throw e;
        } finally {
            scratch.setAutoCommit(true);
        }
    }

    /** Drops the scratch database. */
    @Override
    public void close() throws SQLException {
        scratch.close();
        try (Connection admin = DriverManager.getConnection(adminUrl(stack), Postgres.USER, Postgres.PASSWORD);
             Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    private static String adminUrl(Stack stack) {
        return "jdbc:postgresql://127.0.0.1:" + stack.ports().postgres() + "/postgres";
    }

    private static String scratchUrl(Stack stack) {
        return "jdbc:postgresql://127.0.0.1:" + stack.ports().postgres() + "/" + DATABASE;
    }
}
