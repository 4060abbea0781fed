package org.yjhub.gateway.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.EventEnvelope;
import org.yjhub.common.events.inspection.InspectionChanged;
import org.yjhub.gateway.Sql;
import org.yjhub.gateway.TestEvents;
import org.yjhub.gateway.domain.Actions.Action;
import org.yjhub.gateway.events.ChangeMapper;
import org.yjhub.gateway.readmodel.Change;
import org.yjhub.gateway.repository.Rows.InspectionRow;
import org.yjhub.gateway.repository.Rows.PlanRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V5 (fieldwork dates, the plan and its actions) applied to a read model that already holds V4 data: the rows of an
 * upgraded gateway get, from the events held in aggregate_state, exactly what a live event gives (ChangeMapper), so
 * no rebuild is needed. Events of the first release (no owners, no plan) and of the current contract, with the odd
 * cases the mapping handles (a null action, empty or partly null owners, no fieldwork dates, no actions at all).
 */
@QuarkusTest
class PlansMigrationTest {

    @Inject
    AgroalDataSource dataSource;

    private final String schema = "v5_upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Inject
    ChangeMapper mapper;

    private Flyway flyway(MigrationVersion target) {
        return Flyway.configure(getClass().getClassLoader()).dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration").target(target).load();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static InspectionChanged.Action action(String id, String reference, String owner, List<String> owners,
                                                   LocalDate dueDate, String status) {
        return new InspectionChanged.Action(id, null, "action " + reference, owner, dueDate == null ? "July Board"
                : dueDate.toString(), status, null, Instant.parse("2021-09-09T10:00:00Z"), reference, "From HMIP Inspection",
                owners, dueDate, List.of());
    }

    private List<EventEnvelope> events() {
        String current = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String bare = UUID.randomUUID().toString();
        InspectionChanged withPlan = new InspectionChanged(current, "milton-keynes", "hmip-youth-2018", 0,
                LocalDate.of(2021, 5, 24), LocalDate.of(2021, 5, 27), LocalDate.of(2021, 8, 1), Map.of("1.1", "GOOD"),
                Map.of(), 23, "GOOD", null, List.of(), Arrays.asList(
                action("a1", "7", "YOT Manager", List.of("YOT Manager"), LocalDate.of(2021, 7, 30), null),
                null,
                action("a2", "A", "Chair of the YOSB; YOT Manager", List.of("Chair of the YOSB", "YOT Manager"), null, "YELLOW"),
                action("a3", "8", "BS+I Manager", List.of(), LocalDate.of(2021, 8, 27), "GREEN"),
                action("a4", "9", "YOT Manager", Arrays.asList(null, "YOT Manager"), null, "COMPLETE")),
                Instant.now(), "test", false, null, "MONTH",
                new InspectionChanged.Plan("Youth Offending Team Action Plan", "DRAFT", "October Strategic Board",
                        LocalDate.of(2021, 10, 14), "committee", Instant.now()));
        EventEnvelope firstRelease = TestEvents.firstRelease(TestEvents.inspection(first, "medway", 3,
                LocalDate.of(2020, 3, 10), "REQUIRES_IMPROVEMENT", 18, Map.of("1.1", "GOOD"), "RED", "COMPLETE"));
        ObjectNode month = firstRelease.data().deepCopy();
        month.put("fieldworkPrecision", "MONTH");
        ObjectNode noActions = TestEvents.firstRelease(TestEvents.inspection(bare, "merton", 1,
                LocalDate.of(2011, 9, 21), null, null, Map.of())).data().deepCopy();
        noActions.putNull("fieldworkStart");
        noActions.putNull("fieldworkEnd");
        noActions.putNull("fieldworkPrecision");
        noActions.putNull("actions");
        return List.of(TestEvents.inspection(withPlan, 5),
                new EventEnvelope(firstRelease.id(), firstRelease.type(), firstRelease.source(),
                        firstRelease.aggregateType(), firstRelease.aggregateId(), 3, firstRelease.time(), month),
                new EventEnvelope(UUID.randomUUID().toString(), firstRelease.type(), firstRelease.source(),
                        firstRelease.aggregateType(), bare, 1, firstRelease.time(), noActions));
    }

    @Test
    void v5GivesTheStoredInspectionsWhatTheirEventsGiveLive() throws Exception {
        flyway(MigrationVersion.fromVersion("4")).migrate();
        List<InspectionRow> live = new ArrayList<>();
        for (EventEnvelope e : events()) {
            InspectionRow row = ((Change.InspectionChange) mapper.toChange(e)).inspection();
            live.add(row);
            // as the V4 gateway stored them: the event's data, and the summary without the new columns
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema + ".aggregate_state "
                        + "(aggregate_type, aggregate_id, version, event_id, event_type, event_time, data) "
                        + "VALUES ('inspection', ?, ?, ?, ?, now(), CAST(? AS jsonb))")) {
                    ps.setString(1, e.aggregateId());
                    ps.setLong(2, e.version());
                    ps.setObject(3, UUID.fromString(e.id()));
                    ps.setString(4, e.type());
                    ps.setString(5, TestEvents.JSON.writeValueAsString(e.data()));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema + ".rm_inspection (id, team, "
                        + "framework, published_on, published_precision, overall, score, ratings, actions, open_actions, "
                        + "synthetic) VALUES (?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, false)")) {
                    ps.setString(1, row.id());
                    ps.setString(2, row.team());
                    ps.setString(3, row.framework());
                    ps.setObject(4, row.publishedOn());
                    ps.setString(5, row.publishedPrecision());
                    ps.setString(6, row.overall());
                    ps.setObject(7, row.score());
                    ps.setInt(8, row.actions());
                    ps.setInt(9, row.openActions());
                    ps.executeUpdate();
                }
            }
        }
        // a summary whose event is missing: nothing to fill it from
        execute("INSERT INTO " + schema + ".rm_inspection (id, team, ratings, actions, open_actions) "
                + "VALUES ('orphan', 'lambeth', '{}', 0, 0)");

        flyway(MigrationVersion.LATEST).migrate();
        assertThat(flyway(MigrationVersion.LATEST).info().current().getVersion())
                .isEqualTo(MigrationVersion.fromVersion("5"));

        for (InspectionRow row : live) {
            assertThat(stored(row.id())).as(row.team()).isEqualTo(Arrays.asList(row.fieldworkStart(), row.fieldworkEnd(),
                    String.valueOf(row.fieldworkPrecision()), String.valueOf(row.plan())));
            assertThat(actions(row.id())).as(row.team()).isEqualTo(row.planActions());
        }
        // the cases above, spelled out
        assertThat(live.get(0).fieldworkPrecision()).isEqualTo("DAY");
        assertThat(live.get(0).planActions()).extracting(Action::owners).containsExactly(List.of("YOT Manager"),
                List.of("Chair of the YOSB", "YOT Manager"), List.of("BS+I Manager"), List.of("YOT Manager"));
        assertThat(live.get(1).fieldworkPrecision()).isEqualTo("MONTH");
        assertThat(live.get(1).planActions()).extracting(Action::owners).containsOnly(List.of("YOT Manager")).hasSize(2);
        assertThat(live.get(2).fieldworkPrecision()).isNull();
        assertThat(live.get(2).planActions()).isEmpty();
        assertThat(stored("orphan")).containsExactly(null, null, "null", "null");
        assertThat(actions("orphan")).isEmpty();
        // the actions' positions keep the event's indexes (the null action's is skipped)
        assertThat(query("SELECT position::text FROM " + schema + ".rm_action WHERE inspection = '" + live.get(0).id()
                + "' ORDER BY position")).containsExactly("0", "2", "3", "4");
    }

    @Test
    void theApplicationsSchemaHasTheTableAndColumns() throws Exception {
        assertThat(query("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                + "AND table_name = 'rm_inspection' AND column_name IN ('fieldwork_start', 'fieldwork_end', "
                + "'fieldwork_precision', 'plan') ORDER BY 1"))
                .containsExactly("fieldwork_end", "fieldwork_precision", "fieldwork_start", "plan");
        assertThat(query("SELECT count(*)::text FROM information_schema.tables WHERE table_schema = current_schema() "
                + "AND table_name = 'rm_action'")).containsExactly("1");
    }

    /** fieldwork start, end, precision and the plan (as a PlanRow's toString, "null" when none). */
    private List<Object> stored(String id) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT fieldwork_start, fieldwork_end, fieldwork_precision, plan::text FROM "
                     + schema + ".rm_inspection WHERE id = '" + id + "'")) {
            assertThat(rs.next()).isTrue();
            String plan = rs.getString(4);
            return Arrays.asList(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                    String.valueOf(rs.getString(3)),
                    String.valueOf(plan == null ? null : TestEvents.JSON.readValue(plan, PlanRow.class)));
        }
    }

    private List<Action> actions(String inspection) throws Exception {
        List<Action> actions = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, inspection, reference, text, owners::text, due, due_date, status "
                     + "FROM " + schema + ".rm_action WHERE inspection = '" + inspection + "' ORDER BY position")) {
            while (rs.next()) {
                actions.add(new Action(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        TestEvents.JSON.readValue(rs.getString(5), new TypeReference<List<String>>() { }),
                        rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8)));
            }
        }
        return actions;
    }

    private List<String> query(String sql) throws SQLException {
        return Sql.column(dataSource, sql);
    }

    private void execute(String sql) throws SQLException {
        Sql.execute(dataSource, sql);
    }
}
