package org.yjhub.budget.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.yjhub.testsupport.BoundsProbe;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yjhub.budget.TestData.budget;
import static org.yjhub.budget.TestData.budgetPath;
import static org.yjhub.budget.TestData.fte;
import static org.yjhub.budget.TestData.line;
import static org.yjhub.budget.TestData.people;
import static org.yjhub.budget.TestData.staffing;
import static org.yjhub.budget.TestData.staffingPath;
import static org.yjhub.budget.TestData.tokens;

/**
 * Every bound the OpenAPI document declares on a request of this service (body fields, nested ones and list items, and
 * the parameters of every operation) is the bound the service enforces: one over it is refused with problem+json
 * naming the field and nothing stored, free text exactly at it is taken.
 */
@QuarkusTest
class EveryDeclaredBoundIsEnforcedTest {

    private static final String TEAM = "wokingham";
    private static final String YEAR = "2020-21";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Row counts of every table the service writes. */
    private List<Object> stored() {
        return QuarkusTransaction.requiringNew().call(() -> Arrays.asList((Object[]) em.createNativeQuery(
                "select (select count(*) from budget_revision), (select count(*) from budget_head), "
                        + "(select count(*) from budget_line), (select count(*) from staffing_revision), "
                        + "(select count(*) from staffing_head), (select count(*) from staffing_fte), "
                        + "(select count(*) from staffing_headcount), (select count(*) from outbox_event)")
                .getSingleResult()));
    }

    @Test
    void everyDeclaredBoundIsEnforcedAsDeclared() {
        Map<String, Integer> checked = new BoundsProbe(tokens().admin(), this::stored)
                .parameter("team", TEAM)
                .parameter("year", YEAR)
                .write("PUT /api/v1/teams/{team}/budgets/{year}", () -> budgetPath(TEAM, YEAR),
                        () -> json(budget(List.of(line("OTHER", "Strengthening Families", 0, 70000),
                                line("POLICE", null, 54015, 0)), null, "Youth justice plan 2020-21")))
                .write("PUT /api/v1/teams/{team}/staffing/{year}", () -> staffingPath(TEAM, YEAR),
                        () -> json(staffing(List.of(fte("YOT staff", "PERMANENT", 16.59)), null,
                                List.of(people("gender", "Female", "Case manager", 15)))))
                .assertEveryBoundEnforced();

        assertThat(checked).containsKeys("PUT /api/v1/teams/{team}/budgets/{year}",
                "PUT /api/v1/teams/{team}/staffing/{year}", "GET /api/v1/teams/{team}/budgets/{year}");
    }
}
