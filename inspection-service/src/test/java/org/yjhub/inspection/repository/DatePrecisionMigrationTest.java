package org.yjhub.inspection.repository;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V3 on a database that already holds inspections recorded under V2 (in a schema of its own, beside the service's):
 * every existing date becomes a DAY date, a version without fieldwork has no fieldwork precision, the append-only
 * trigger is on again afterwards, and the new checks and the (team, date, precision) key hold.
 */
@QuarkusTest
class DatePrecisionMigrationTest {

    static final String SCHEMA = "v3_migration_check";
    static final String MIGRATIONS = "filesystem:src/main/resources/db/migration";

    @Test
    void existingRecordsBecomeDayDatesAndStayAppendOnly() throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        String password = ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            try {
                flyway(url, user, password).target("2").load().migrate();
                st.execute("""
                        INSERT INTO %1$s.inspection VALUES ('6a1f3b7e-2d4c-4e8a-9b1d-0c2e4f6a8b10', 'medway', 2, 1,
                            '2020-06-04', now(), 'u', now());
                        INSERT INTO %1$s.inspection_version (inspection_id, correction, framework, fieldwork_start,
                            fieldwork_end, published_on, ratings, scores, synthetic, recorded_at, recorded_by) VALUES
                          ('6a1f3b7e-2d4c-4e8a-9b1d-0c2e4f6a8b10', 0, 'hmip-headline', NULL, NULL, '2020-06-04', '{}',
                           '{}', false, now(), 'u'),
                          ('6a1f3b7e-2d4c-4e8a-9b1d-0c2e4f6a8b10', 1, 'hmip-headline', '2020-02-24', '2020-02-28',
                           '2020-06-04', '{}', '{}', false, now(), 'u');
                        """.formatted(SCHEMA));

                flyway(url, user, password).load().migrate();

                assertThat(rows(st, "SELECT published_precision FROM " + SCHEMA + ".inspection"))
                        .containsExactly("DAY");
                assertThat(rows(st, "SELECT correction || ':' || coalesce(fieldwork_precision, '-') || ':' "
                        + "|| published_precision FROM " + SCHEMA + ".inspection_version ORDER BY correction"))
                        .containsExactly("0:-:DAY", "1:DAY:DAY");
                // V5: a team with inspections has its head row (HeadLocks creates the others when first needed)
                assertThat(rows(st, "SELECT team || ':' || revision FROM " + SCHEMA + ".inspection_team_head"))
                        .containsExactly("medway:1");

                assertThatThrownBy(() -> st.execute("UPDATE " + SCHEMA + ".inspection_version SET source = 'x'"))
                        .hasMessageContaining("append-only");
                // a month is its first day; precision needs fieldwork dates and the other way round
                assertThatThrownBy(() -> st.execute("INSERT INTO " + SCHEMA + ".inspection VALUES "
                        + "('0b7e1c2a-3d4f-4a5b-8c6d-7e8f9a0b1c2d', 'medway', 1, 0, '2021-08-10', now(), 'u', now(), "
                        + "'MONTH')")).hasMessageContaining("inspection_published_precision");
                assertThatThrownBy(() -> st.execute("INSERT INTO " + SCHEMA + ".inspection_version (inspection_id, "
                        + "correction, framework, published_on, published_precision, fieldwork_precision, ratings, "
                        + "scores, synthetic, recorded_at, recorded_by) VALUES ('6a1f3b7e-2d4c-4e8a-9b1d-0c2e4f6a8b10', "
                        + "2, 'hmip-headline', '2020-06-04', 'DAY', 'DAY', '{}', '{}', false, now(), 'u')"))
                        .hasMessageContaining("inspection_version_fieldwork_precision");
                // the same first day at another precision is another key; at the same precision a duplicate
                st.execute("INSERT INTO " + SCHEMA + ".inspection VALUES ('0b7e1c2a-3d4f-4a5b-8c6d-7e8f9a0b1c2d', "
                        + "'medway', 1, 0, '2020-06-01', now(), 'u', now(), 'MONTH')");
                st.execute("INSERT INTO " + SCHEMA + ".inspection VALUES ('1c8f2d3b-4e5a-4b6c-9d7e-8f9a0b1c2d3e', "
                        + "'medway', 1, 0, '2020-06-01', now(), 'u', now(), 'DAY')");
                assertThatThrownBy(() -> st.execute("INSERT INTO " + SCHEMA + ".inspection VALUES "
                        + "('2d9a3e4c-5f6b-4c7d-8e8f-9a0b1c2d3e4f', 'medway', 1, 0, '2020-06-01', now(), 'u', now(), "
                        + "'MONTH')")).hasMessageContaining("inspection_team_published_on_precision");
            } finally {
                st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String user,
                                                                                 String password) {
        return Flyway.configure().dataSource(url, user, password).schemas(SCHEMA).createSchemas(true)
                .locations(MIGRATIONS);
    }

    private static List<String> rows(Statement st, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
