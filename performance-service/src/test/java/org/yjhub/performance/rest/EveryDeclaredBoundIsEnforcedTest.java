package org.yjhub.performance.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.yjhub.performance.Fixtures;
import org.yjhub.testsupport.BoundsProbe;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bound the OpenAPI document declares on a JSON request of this service (body fields, nested ones and list
 * items, and the parameters of every operation) is the bound the service enforces: one over it is refused with
 * problem+json naming the field and nothing stored, free text exactly at it is taken. BoundsTest shows each kind once,
 * with its exact words; this covers them all. (The bulk CSV is not JSON; its one bound is the body limit.)
 */
@QuarkusTest
class EveryDeclaredBoundIsEnforcedTest {

    private static final String TEAM = "milton-keynes";

    @Test
    void everyDeclaredBoundIsEnforcedAsDeclared() {
        String quarter = Fixtures.freshQuarter().toString();
        String year = Fixtures.freshYear().toString();
        String group = "bounds-every-" + System.nanoTime();
        Map<String, Integer> checked = new BoundsProbe(Fixtures.TOKENS.admin(), () -> List.of(Fixtures.allRevisions(),
                Fixtures.allEvents(), Fixtures.targetRevisions(TEAM, year), Fixtures.groupRevisions(group)))
                .parameter("team", TEAM)
                .parameter("quarter", quarter)
                .parameter("year", year)
                .parameter("code", group)
                .parameter("id", "custody-rate")
                .write("PUT /api/v1/teams/{team}/returns/{quarter}", () -> "/api/v1/teams/" + TEAM + "/returns/" + quarter,
                        () -> """
                                {"values":[{"indicator":"custody-rate","numerator":5,"denominator":19230}],
                                 "source":"YJB quarterly return"}""")
                .write("PUT /api/v1/teams/{team}/targets/{year}", () -> "/api/v1/teams/" + TEAM + "/targets/" + year,
                        () -> """
                                {"targets":[{"indicator":"custody-rate","value":0.2}],"source":"Youth justice plan"}""")
                .write("PUT /api/v1/groups/{code}", () -> "/api/v1/groups/" + group,
                        () -> """
                                {"name":"Bounds group","teams":["kent","medway"]}""")
                .assertEveryBoundEnforced();

        assertThat(checked).containsKeys("PUT /api/v1/teams/{team}/returns/{quarter}",
                "PUT /api/v1/teams/{team}/targets/{year}", "PUT /api/v1/groups/{code}");
    }
}
