package org.yjhub.budget;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import org.yjhub.budget.repository.BudgetRevisionEntity;
import org.yjhub.budget.repository.StaffingRevisionEntity;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.outbox.OutboxEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Bodies from the seed papers, authorised requests and counts of what is stored, for the @QuarkusTest classes. */
public final class TestData {

    private static Tokens tokens;

    private TestData() {
    }

    /** JSON decimals as BigDecimal in REST Assured's JsonPath, so 4.37 is compared exactly. */
    public static void exactDecimals() {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    public static synchronized Tokens tokens() {
        if (tokens == null) {
            tokens = Tokens.forTests();
        }
        return tokens;
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification asAdmin() {
        return as(tokens().admin());
    }

    public static RequestSpecification asAuthority(String team) {
        return as(tokens().authority(team));
    }

    public static String budgetPath(String team, String year) {
        return "/api/v1/teams/" + team + "/budgets/" + year;
    }

    public static String staffingPath(String team, String year) {
        return "/api/v1/teams/" + team + "/staffing/" + year;
    }

    public static Map<String, Object> line(String partner, String description, Object staff, Object delegated) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("partner", partner);
        if (description != null) {
            line.put("description", description);
        }
        line.put("staff", staff);
        line.put("delegated", delegated);
        return line;
    }

    /** Milton Keynes 2019/20 (seed): staff 108,921 + delegated 1,125,836 = 1,234,757. */
    public static List<Map<String, Object>> miltonKeynesLines() {
        return new ArrayList<>(List.of(
                line("POLICE", null, 54015, 0),
                line("PCC", null, 0, 116900),
                line("PROBATION", null, 0, 29776),
                line("HEALTH", null, 32185, 31502),
                line("LOCAL_AUTHORITY", null, 0, 609347),
                line("YJB", null, 0, 268311),
                line("OTHER", "DSG for speech and language therapy", 22721, 0),
                line("OTHER", "Strengthening Families", 0, 70000)));
    }

    /** Medway 2020 (seed): delegated funds only, no police; 611,589. */
    public static List<Map<String, Object>> medwayLines() {
        return new ArrayList<>(List.of(
                line("PCC", null, 0, 90353),
                line("PROBATION", null, 0, 2500),
                line("HEALTH", null, 0, 56000),
                line("LOCAL_AUTHORITY", null, 0, 158370),
                line("YJB", null, 0, 304366)));
    }

    public static Map<String, Object> budget(List<Map<String, Object>> lines, Long statedTotal, String source) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contributions", lines);
        if (statedTotal != null) {
            body.put("statedTotal", statedTotal);
        }
        if (source != null) {
            body.put("source", source);
        }
        return body;
    }

    public static Map<String, Object> fte(String role, String contractType, Object fte) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("role", role);
        line.put("contractType", contractType);
        line.put("fte", fte);
        return line;
    }

    public static Map<String, Object> people(String dimension, String category, String role, Object count) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("dimension", dimension);
        line.put("category", category);
        line.put("role", role);
        line.put("count", count);
        return line;
    }

    /** Milton Keynes appendix FTE: 16.59 + 1 + 0.8 + 0.4 + 1 = 19.79. */
    public static List<Map<String, Object>> miltonKeynesFte() {
        return new ArrayList<>(List.of(
                fte("YOT staff", "PERMANENT", 16.59),
                fte("Police officer", "SECONDED", 1),
                fte("Mental health worker", "SECONDED", 0.8),
                fte("Speech and language therapist", "SECONDED", 0.4),
                fte("Vacant post", "VACANT", 1)));
    }

    /** Illustrative headcount (the seed gives no figures): 21 people by gender and by ethnicity. */
    public static List<Map<String, Object>> headcount() {
        return new ArrayList<>(List.of(
                people("gender", "Female", null, 15),
                people("gender", "Male", null, 6),
                people("ethnicity", "White British", null, 16),
                people("ethnicity", "Black British", null, 5)));
    }

    public static Map<String, Object> staffing(List<Map<String, Object>> fte, Object statedTotalFte,
                                               List<Map<String, Object>> headcount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fte", fte);
        if (statedTotalFte != null) {
            body.put("statedTotalFte", statedTotalFte);
        }
        if (headcount != null) {
            body.put("headcount", headcount);
        }
        return body;
    }

    public static long budgetRevisions(String team, String year) {
        return QuarkusTransaction.requiringNew().call(() -> BudgetRevisionEntity.count("team = ?1 and year = ?2", team, year));
    }

    public static long staffingRevisions(String team, String year) {
        return QuarkusTransaction.requiringNew().call(() -> StaffingRevisionEntity.count("team = ?1 and year = ?2", team, year));
    }

    /** Outbox rows (published or not) for an aggregate: one per event. */
    public static long events(String aggregateType, String aggregateId) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("aggregateType = ?1 and aggregateId = ?2", aggregateType, aggregateId));
    }
}
