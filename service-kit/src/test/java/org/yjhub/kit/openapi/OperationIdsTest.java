package org.yjhub.kit.openapi;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OperationIdsTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "GET, /api/v1/teams, listTeams",
            "GET, /api/v1/teams/{team}, getTeam",
            "GET, /api/v1/indicators/{id}, getIndicator",
            "PUT, /api/v1/teams/{team}/returns/{quarter}, putReturn",
            "GET, /api/v1/teams/{team}/returns/{quarter}, getReturn",
            "GET, /api/v1/teams/{team}/returns/{quarter}/revisions, listReturnRevisions",
            "PUT, /api/v1/teams/{team}/targets/{year}, putTarget",
            "GET, /api/v1/teams/{team}/staffing/{year}/revisions, listStaffingRevisions",
            "PUT, /api/v1/teams/{team}/budgets/{year}, putBudget",
            "POST, /api/v1/returns/bulk, postBulkReturns",
            "POST, /api/v1/inspections, createInspection",
            "PATCH, /api/v1/actions/{id}, patchAction",
            "DELETE, /api/v1/comparator-groups/{id}, deleteComparatorGroup",
            "GET, /api/v1/indicators/{indicator}/series, listIndicatorSeries"
    })
    void namesAnOperationAsAPersonWould(String method, String path, String expected) {
        assertThat(OperationIds.derive(method, path)).isEqualTo(expected);
    }
}
