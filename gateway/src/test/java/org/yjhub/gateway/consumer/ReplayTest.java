package org.yjhub.gateway.consumer;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.EventEnvelope;
import org.yjhub.common.events.Topics;
import org.yjhub.gateway.TestEvents;
import org.yjhub.gateway.readmodel.ReadModel;
import org.yjhub.localinfra.jwt.Tokens;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.yjhub.gateway.TestEvents.budget;
import static org.yjhub.gateway.TestEvents.inspection;
import static org.yjhub.gateway.TestEvents.returned;
import static org.yjhub.gateway.TestEvents.sendAndAwait;
import static org.yjhub.gateway.TestEvents.synthetic;
import static org.yjhub.gateway.TestEvents.targets;
import static org.yjhub.gateway.TestEvents.value;

/**
 * Idempotence over the real broker: replaying the same events changes nothing (tables, memory, answers, ETags), an
 * older version after a newer one is ignored (synthetic flag included), and a malformed record is skipped without
 * blocking what follows. Uses Yorkshire and The Humber teams and quarters of 2022-23.
 */
@QuarkusTest
class ReplayTest {

    static final Tokens TOKENS = Tokens.forTests();

    @Inject
    ReadModel readModel;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    private double count(String outcome) {
        var counter = registry.find(Ingest.EVENTS_METRIC).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private void awaitCount(String outcome, double atLeast) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> count(outcome) >= atLeast);
    }

    private List<String> rows(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private List<String> stored() throws Exception {
        List<String> all = new ArrayList<>();
        all.addAll(rows("SELECT aggregate_type, aggregate_id, version, event_id, event_time, applied_at FROM aggregate_state "
                + "WHERE aggregate_id LIKE 'barnsley%' OR aggregate_id LIKE 'bradford%' OR aggregate_id = '" + INSPECTION + "' "
                + "ORDER BY 1, 2"));
        all.addAll(rows("SELECT * FROM rm_return_value WHERE team IN ('barnsley', 'bradford') ORDER BY 1, 2, 3"));
        all.addAll(rows("SELECT * FROM rm_target WHERE team = 'barnsley' ORDER BY 1, 2, 3"));
        all.addAll(rows("SELECT * FROM rm_inspection WHERE team = 'barnsley' ORDER BY 1"));
        all.addAll(rows("SELECT * FROM rm_budget WHERE team = 'barnsley' ORDER BY 1, 2"));
        return all;
    }

    static final String INSPECTION = UUID.randomUUID().toString();

    private static List<String> answers() {
        List<String> answers = new ArrayList<>();
        for (String path : List.of("/api/v1/comparisons/custody-rate?quarter=2022-23-Q1",
                "/api/v1/comparisons/custody-rate?quarter=2022-23-Q1&region=yorkshire-and-the-humber",
                "/api/v1/teams/barnsley/profile", "/api/v1/indicators/custody-rate/series?team=barnsley",
                "/api/v1/regions/yorkshire-and-the-humber/dashboard?quarter=2022-23-Q1")) {
            Response r = given().header("Authorization", "Bearer " + TOKENS.analyst()).when().get(path);
            assertThat(r.statusCode()).isEqualTo(200);
            answers.add(r.header("ETag") + " " + r.asString());
        }
        return answers;
    }

    @Test
    void replayingTheSameEventsTwiceChangesNothing() throws Exception {
        EventEnvelope[] events = {
                returned("barnsley", "2022-23-Q1", 1, value("custody-rate", 3, 12000)),
                synthetic(returned("bradford", "2022-23-Q1", 1, value("custody-rate", 9, 30000))),
                returned("barnsley", "2022-23-Q1", 2, value("custody-rate", 2, 12000), value("kpi-ete", 5, 8)),
                targets("barnsley", "2022-23", 1, "custody-rate", "0.2"),
                inspection(INSPECTION, "barnsley", 1, LocalDate.of(2022, 9, 1), "GOOD", 20, Map.of("1.1", "GOOD"), "RED"),
                synthetic(budget("barnsley", "2022-23", 1, 100, 200))};
        sendAndAwait(readModel, events);
        List<String> storedBefore = stored();
        List<String> answersBefore = answers();
        long versionBefore = readModel.snapshot().version();
        double notNewerBefore = count("not-newer");
        assertThat(storedBefore).hasSizeGreaterThan(8);

        // the same records again, twice
        TestEvents.send(events);
        TestEvents.send(events);
        awaitCount("not-newer", notNewerBefore + 2 * events.length);

        assertThat(readModel.snapshot().version()).isEqualTo(versionBefore);
        assertThat(stored()).isEqualTo(storedBefore);
        assertThat(answers()).isEqualTo(answersBefore);
        // the flags survive the replay: bradford's return and barnsley's budget are synthetic, the rest real
        assertThat(rows("SELECT team, synthetic::text FROM rm_return_value WHERE team IN ('barnsley', 'bradford') "
                + "AND quarter = '2022-23-Q1' ORDER BY 1, indicator"))
                .containsExactly("barnsley|false|", "barnsley|false|", "bradford|true|");
        assertThat(rows("SELECT synthetic::text FROM rm_budget WHERE team = 'barnsley'")).containsExactly("true|");
        assertThat(rows("SELECT synthetic::text FROM rm_inspection WHERE id = '" + INSPECTION + "'")).containsExactly("false|");
        given().header("Authorization", "Bearer " + TOKENS.analyst()).queryParam("quarter", "2022-23-Q1")
                .when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(200)
                .body("rows.team", equalTo(List.of("barnsley", "bradford")))
                .body("rows.synthetic", equalTo(List.of(false, true)))
                .body("national.syntheticTeams", equalTo(1));
        given().header("Authorization", "Bearer " + TOKENS.analyst()).when().get("/api/v1/teams/barnsley/profile")
                .then().statusCode(200)
                .body("budget.synthetic", equalTo(true))
                .body("inspection.synthetic", equalTo(false));
    }

    @Test
    void anOlderVersionAfterANewerOneIsIgnored() {
        sendAndAwait(readModel,
                returned("calderdale", "2022-23-Q2", 3, value("custody-rate", 7, 10000)),
                budget("calderdale", "2022-23", 2, 1, 1));
        double notNewer = count("not-newer");
        // versions 1 and 2 arrive late (redelivery, a slow partition), flagged synthetic: nothing changes
        TestEvents.send(synthetic(returned("calderdale", "2022-23-Q2", 1, value("custody-rate", 1, 10000))),
                returned("calderdale", "2022-23-Q2", 2, value("custody-rate", 2, 10000)),
                synthetic(budget("calderdale", "2022-23", 1, 5, 5)));
        awaitCount("not-newer", notNewer + 3);
        given().header("Authorization", "Bearer " + TOKENS.analyst()).queryParam("quarter", "2022-23-Q2")
                .when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(200)
                .body("rows.team", equalTo(List.of("calderdale")))
                .body("rows[0].numerator", equalTo(7))
                .body("rows[0].synthetic", equalTo(false));
        given().header("Authorization", "Bearer " + TOKENS.analyst()).when().get("/api/v1/teams/calderdale/profile")
                .then().statusCode(200).body("budget.total", equalTo(2)).body("budget.synthetic", equalTo(false));
        assertThat(readModel.version("kpi-return", "calderdale/2022-23-Q2")).isEqualTo(3);
    }

    @Test
    void aNewerRevisionReplacesTheReturnsRowsDroppingAnIndicatorItNoLongerHas() throws Exception {
        String sql = "SELECT indicator, numerator, denominator FROM rm_return_value WHERE team = 'kirklees' "
                + "AND quarter = '2022-23-Q3' ORDER BY indicator";
        sendAndAwait(readModel, returned("kirklees", "2022-23-Q3", 1, value("custody-rate", 3, 10000),
                value("fte-rate", 40, 10000)));
        assertThat(rows(sql)).containsExactly("custody-rate|3|10000|", "fte-rate|40|10000|");
        fteRateTeams().body("rows.team", hasItem("kirklees"));

        sendAndAwait(readModel, returned("kirklees", "2022-23-Q3", 2, value("custody-rate", 4, 20000)));
        assertThat(rows(sql)).containsExactly("custody-rate|4|20000|");
        fteRateTeams().body("rows.team", not(hasItem("kirklees")));
        assertThat(readModel.version("kpi-return", "kirklees/2022-23-Q3")).isEqualTo(2);
    }

    private ValidatableResponse fteRateTeams() {
        return given().header("Authorization", "Bearer " + TOKENS.analyst()).queryParam("quarter", "2022-23-Q3")
                .when().get("/api/v1/comparisons/fte-rate")
                .then().statusCode(200);
    }

    @Test
    void aMalformedRecordIsSkippedAndTheNextOneApplies() {
        double malformed = count("malformed");
        TestEvents.sendRaw(Topics.PERFORMANCE, "garbage", "this is not JSON");
        EventEnvelope good = returned("doncaster", "2022-23-Q3", 1, value("custody-rate", 1, 10000));
        // an envelope whose data does not match its aggregate id
        EventEnvelope mismatched = new EventEnvelope(UUID.randomUUID().toString(), good.type(), good.source(),
                good.aggregateType(), "doncaster/2022-23-Q4", 1, good.time(), good.data());
        TestEvents.sendRaw(Topics.PERFORMANCE, mismatched.aggregateId(), TestEvents.write(mismatched));
        sendAndAwait(readModel, good);
        awaitCount("malformed", malformed + 2);
        assertThat(readModel.version("kpi-return", "doncaster/2022-23-Q4")).isZero();
        given().header("Authorization", "Bearer " + TOKENS.analyst()).queryParam("quarter", "2022-23-Q4")
                .when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(200).body("rows", equalTo(List.of()));
    }
}
