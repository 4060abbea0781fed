package org.yjhub.gateway.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V4 (the synthetic flag) applied to a read model that already holds V2/V3 data: the gateway's own migrations run
 * with Flyway in a schema of their own, first up to V3, then rows are written as the V3 gateway wrote them, then
 * the rest. Every row keeps its data and gets {@code synthetic = false}, except the rows whose event (held in
 * aggregate_state) said {@code "synthetic": true}.
 */
@QuarkusTest
class SyntheticMigrationTest {

    static final List<String> TABLES = List.of("rm_return_value", "rm_inspection", "rm_budget", "rm_staffing");

    @Inject
    AgroalDataSource dataSource;

    private final String schema = "v4_upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private Flyway flyway(MigrationVersion target) {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Test
    void v4KeepsTheV3RowsAndFlagsOnlyTheSyntheticOnes() throws Exception {
        flyway(MigrationVersion.fromVersion("3")).migrate();
        assertThat(columns("rm_return_value")).doesNotContain("synthetic");

        // as the V3 gateway stored them: aggregate_state holds each event's data, with or without the flag
        String real = UUID.randomUUID().toString();
        String fake = UUID.randomUUID().toString();
        state("kpi-return", "medway/2019-20-Q4", "{\"team\":\"medway\",\"quarter\":\"2019-20-Q4\",\"synthetic\":false}");
        state("kpi-return", "merton/2019-20-Q4", "{\"team\":\"merton\",\"quarter\":\"2019-20-Q4\",\"synthetic\":true}");
        // an event from before the services sent the flag
        state("kpi-return", "lambeth/2019-20-Q4", "{\"team\":\"lambeth\",\"quarter\":\"2019-20-Q4\"}");
        state("inspection", real, "{\"id\":\"" + real + "\",\"synthetic\":false}");
        state("inspection", fake, "{\"id\":\"" + fake + "\",\"synthetic\":true}");
        state("budget", "medway/2019-20", "{\"team\":\"medway\",\"synthetic\":true}");
        state("budget", "merton/2019-20", "{\"team\":\"merton\",\"synthetic\":false}");
        state("staffing", "medway/2019-20", "{\"team\":\"medway\",\"synthetic\":true}");
        state("staffing", "merton/2019-20", "{\"team\":\"merton\"}");
        execute("INSERT INTO " + schema + ".rm_return_value (team, quarter, indicator, numerator, denominator, rate) VALUES "
                + "('medway', '2019-20-Q4', 'custody-rate', 12, 26000, 0.46153846), "
                + "('merton', '2019-20-Q4', 'custody-rate', 3, 18000, 0.16666667), "
                + "('merton', '2019-20-Q4', 'kpi-ete', 30, 40, 75), "
                + "('lambeth', '2019-20-Q4', 'custody-rate', 4, 20000, 0.2), "
                // a row whose aggregate_state row is missing: nothing says it is synthetic
                + "('wandsworth', '2019-20-Q4', 'custody-rate', 2, 10000, 0.2)");
        execute("INSERT INTO " + schema + ".rm_inspection (id, team, framework, published_on, published_precision, "
                + "overall, score, ratings, actions, open_actions) VALUES "
                + "('" + real + "', 'medway', 'hmip-youth-2018', DATE '2021-05-04', 'DAY', 'GOOD', 24, '{\"1.1\":\"GOOD\"}', 2, 1), "
                + "('" + fake + "', 'merton', 'hmip-youth-2018', NULL, NULL, NULL, NULL, '{}', 0, 0)");
        execute("INSERT INTO " + schema + ".rm_budget (team, year, staff_total, delegated_total, total, "
                + "previous_year_total, contributions) VALUES "
                + "('medway', '2019-20', 100, 200, 300, NULL, '[]'), ('merton', '2019-20', 1, 2, 3, 4, '[]')");
        execute("INSERT INTO " + schema + ".rm_staffing (team, year, total_fte) VALUES "
                + "('medway', '2019-20', 19.79), ('merton', '2019-20', NULL)");

        flyway(MigrationVersion.fromVersion("4")).migrate();
        assertThat(flyway(MigrationVersion.fromVersion("4")).info().current().getVersion())
                .isEqualTo(MigrationVersion.fromVersion("4"));

        // NOT NULL DEFAULT false on every table
        for (String table : TABLES) {
            assertThat(query("SELECT data_type || '|' || is_nullable || '|' || column_default "
                    + "FROM information_schema.columns WHERE table_schema = '" + schema + "' AND table_name = '" + table
                    + "' AND column_name = 'synthetic'")).as(table).containsExactly("boolean|NO|false");
        }

        // the data is untouched; only the rows of synthetic events are flagged
        assertThat(query("SELECT team || '|' || indicator || '|' || numerator || '|' || denominator || '|' || synthetic "
                + "FROM " + schema + ".rm_return_value ORDER BY team, indicator")).containsExactly(
                "lambeth|custody-rate|4|20000|false",
                "medway|custody-rate|12|26000|false",
                "merton|custody-rate|3|18000|true",
                "merton|kpi-ete|30|40|true",
                "wandsworth|custody-rate|2|10000|false");
        assertThat(query("SELECT team || '|' || coalesce(overall, '-') || '|' || open_actions || '|' || synthetic "
                + "FROM " + schema + ".rm_inspection ORDER BY team"))
                .containsExactly("medway|GOOD|1|false", "merton|-|0|true");
        assertThat(query("SELECT team || '|' || total || '|' || synthetic FROM " + schema + ".rm_budget ORDER BY team"))
                .containsExactly("medway|300|true", "merton|3|false");
        assertThat(query("SELECT team || '|' || coalesce(total_fte::text, '-') || '|' || synthetic FROM " + schema
                + ".rm_staffing ORDER BY team")).containsExactly("medway|19.79|true", "merton|-|false");

        // a row written without the column (an old writer) is real
        execute("INSERT INTO " + schema + ".rm_staffing (team, year, total_fte) VALUES ('lambeth', '2019-20', 3)");
        assertThat(query("SELECT synthetic::text FROM " + schema + ".rm_staffing WHERE team = 'lambeth'"))
                .containsExactly("false");
    }

    @Test
    void theApplicationsSchemaHasTheColumns() throws Exception {
        for (String table : TABLES) {
            assertThat(query("SELECT is_nullable || '|' || column_default FROM information_schema.columns "
                    + "WHERE table_schema = current_schema() AND table_name = '" + table
                    + "' AND column_name = 'synthetic'")).as(table).containsExactly("NO|false");
        }
    }

    private void state(String type, String id, String data) throws SQLException {
        execute("INSERT INTO " + schema + ".aggregate_state (aggregate_type, aggregate_id, version, event_id, event_type, "
                + "event_time, data) VALUES ('" + type + "', '" + id + "', 1, '" + UUID.randomUUID() + "', 'test', now(), '"
                + data + "'::jsonb)");
    }

    private List<String> columns(String table) throws SQLException {
        return query("SELECT column_name FROM information_schema.columns WHERE table_schema = '" + schema
                + "' AND table_name = '" + table + "'");
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
