package org.yjhub.gateway.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yjhub.gateway.readmodel.ReadModel;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.testsupport.AuthProbe;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.yjhub.gateway.TestEvents.budget;
import static org.yjhub.gateway.TestEvents.inspection;
import static org.yjhub.gateway.TestEvents.returned;
import static org.yjhub.gateway.TestEvents.sendAndAwait;
import static org.yjhub.gateway.TestEvents.staffing;
import static org.yjhub.gateway.TestEvents.synthetic;
import static org.yjhub.gateway.TestEvents.targets;
import static org.yjhub.gateway.TestEvents.value;

/**
 * The read model is persisted and can be rebuilt: loading memory from the tables (what a restart does) and rebuilding
 * the tables from the topics both give exactly the same answers, synthetic flags included (derby's newest return and
 * inspection, leicester's budget and staffing are synthetic). Uses East Midlands teams and 2023-24-Q1.
 */
@QuarkusTest
class RebuildTest {

    static final Tokens TOKENS = Tokens.forTests();

    @Inject
    ReadModel readModel;

    @Inject
    AgroalDataSource dataSource;

    private static List<String> answers() {
        List<String> answers = new ArrayList<>();
        for (String path : List.of("/api/v1/comparisons/custody-rate?quarter=2023-24-Q1",
                "/api/v1/comparisons/kpi-ete?quarter=2023-24-Q1&region=east-midlands",
                "/api/v1/comparisons/custody-rate?quarter=2023-24-Q1&format=csv",
                "/api/v1/teams/derby/profile", "/api/v1/teams/leicester/profile",
                "/api/v1/indicators/custody-rate/series?team=derby",
                "/api/v1/regions/east-midlands/dashboard?quarter=2023-24-Q1",
                "/api/v1/regions/east-midlands/dashboard")) {
            Response r = given().header("Authorization", "Bearer " + TOKENS.analyst()).when().get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            answers.add(path + " " + r.header("ETag") + " " + r.asString());
        }
        return answers;
    }

    private long count(String table) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One inspection id for both tests: publishing again sends versions already held. */
    static final String INSPECTION = UUID.randomUUID().toString();

    private void publish() {
        String inspection = INSPECTION;
        sendAndAwait(readModel,
                returned("derby", "2023-24-Q1", 1, value("custody-rate", 3, 15000), value("kpi-ete", 7, 10)),
                synthetic(returned("derby", "2023-24-Q1", 2, value("custody-rate", 4, 15000), value("kpi-ete", 6, 10))),
                returned("derby", "2022-23-Q4", 1, value("custody-rate", 5, 15000)),
                returned("leicester", "2023-24-Q1", 1, value("custody-rate", 4, 15000), value("kpi-ete", 9, 10)),
                returned("nottingham", "2023-24-Q1", 1, value("custody-rate", 1, 15000)),
                targets("derby", "2023-24", 1, "custody-rate", "0.25"),
                inspection(inspection, "derby", 1, LocalDate.of(2019, 6, 1), "GOOD", 21, Map.of("1.1", "GOOD", "2.1", "GOOD")),
                synthetic(inspection(inspection, "derby", 2, LocalDate.of(2019, 6, 1), "GOOD", 21, Map.of("1.1", "GOOD", "2.1", "GOOD"), "RED")),
                synthetic(budget("leicester", "2023-24", 1, 3000, 4000)),
                synthetic(staffing("leicester", "2023-24", 1, "12.5")));
    }

    /** The synthetic flags of {@link #publish()}'s records, in the tables and in the answers. */
    private void assertSyntheticFlags() throws Exception {
        assertThat(flags("SELECT synthetic FROM rm_return_value WHERE team = 'derby' AND quarter = '2023-24-Q1'"))
                .containsExactly(true, true);
        assertThat(flags("SELECT synthetic FROM rm_return_value WHERE team IN ('leicester', 'nottingham') "
                + "AND quarter = '2023-24-Q1'")).containsOnly(false).hasSize(3);
        assertThat(flags("SELECT synthetic FROM rm_inspection WHERE id = '" + INSPECTION + "'")).containsExactly(true);
        assertThat(flags("SELECT synthetic FROM rm_budget WHERE team = 'leicester'")).containsExactly(true);
        assertThat(flags("SELECT synthetic FROM rm_staffing WHERE team = 'leicester'")).containsExactly(true);

        given().header("Authorization", "Bearer " + TOKENS.analyst()).queryParam("quarter", "2023-24-Q1")
                .when().get("/api/v1/comparisons/custody-rate")
                .then().statusCode(200)
                .body("rows.find { it.team == 'derby' }.synthetic", equalTo(true))
                .body("rows.find { it.team == 'leicester' }.synthetic", equalTo(false))
                .body("national.syntheticTeams", equalTo(1));
        given().header("Authorization", "Bearer " + TOKENS.analyst()).when().get("/api/v1/teams/derby/profile")
                .then().statusCode(200)
                .body("inspection.synthetic", equalTo(true))
                .body("indicators.find { it.indicator == 'custody-rate' }.synthetic", equalTo(true))
                .body("indicators.find { it.indicator == 'custody-rate' }.previous.synthetic", equalTo(false));
        given().header("Authorization", "Bearer " + TOKENS.analyst()).when().get("/api/v1/teams/leicester/profile")
                .then().statusCode(200)
                .body("budget.synthetic", equalTo(true))
                .body("staffing.synthetic", equalTo(true))
                .body("indicators.find { it.indicator == 'custody-rate' }.synthetic", equalTo(false));
        given().header("Authorization", "Bearer " + TOKENS.analyst()).queryParam("team", "derby")
                .when().get("/api/v1/indicators/custody-rate/series")
                .then().statusCode(200)
                .body("quarter", equalTo(List.of("2022-23-Q4", "2023-24-Q1")))
                .body("synthetic", equalTo(List.of(false, true)));
    }

    private List<Boolean> flags(String sql) throws Exception {
        List<Boolean> flags = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                flags.add(rs.getBoolean(1));
            }
        }
        return flags;
    }

    @Test
    void loadingFromTheTablesGivesTheSameAnswers() throws Exception {
        publish();
        assertSyntheticFlags();
        List<String> before = answers();
        readModel.reload();
        assertThat(answers()).isEqualTo(before);
        assertSyntheticFlags();
    }

    @Test
    void rebuildingFromTheTopicsGivesTheSameAnswers() throws Exception {
        publish();
        List<String> before = answers();
        long aggregates = count("aggregate_state");
        long values = count("rm_return_value");
        long inspections = count("rm_inspection");

        given().header("Authorization", "Bearer " + TOKENS.admin())
                .when().post("/api/v1/admin/rebuild")
                .then().statusCode(200)
                .contentType("application/json")
                .body("records", greaterThanOrEqualTo(10))
                .body("applied", greaterThanOrEqualTo((int) aggregates))
                .body("malformed", greaterThanOrEqualTo(0))
                .body("topics.'yjhub.performance.events'", greaterThanOrEqualTo(5))
                .body("topics.'yjhub.inspection.events'", greaterThanOrEqualTo(2))
                .body("topics.'yjhub.budget.events'", greaterThanOrEqualTo(2));

        assertThat(count("aggregate_state")).isEqualTo(aggregates);
        assertThat(count("rm_return_value")).isEqualTo(values);
        assertThat(count("rm_inspection")).isEqualTo(inspections);
        assertThat(answers()).isEqualTo(before);
        assertThat(readModel.version("kpi-return", "derby/2023-24-Q1")).isEqualTo(2);
        assertSyntheticFlags();
    }

    @Test
    void onlyAnAdminMayRebuild() {
        for (String token : List.of(TOKENS.analyst(), TOKENS.inspector(), TOKENS.authority("derby"))) {
            given().header("Authorization", "Bearer " + token)
                    .when().post("/api/v1/admin/rebuild")
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("status", equalTo(403));
        }
        AuthProbe.assertRefusesBadTokens(TOKENS, Method.POST, "/api/v1/admin/rebuild", null, null);
    }
}
