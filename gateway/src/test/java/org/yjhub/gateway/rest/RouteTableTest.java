package org.yjhub.gateway.rest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yjhub.gateway.service.Upstream;

import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The route table and the forwarding resources' path templates agree: what one forwards, the others match. */
class RouteTableTest {

    /** The two forwarding resources' templates as one regular expression over the path after /api/v1/. */
    private static final Pattern ROUTED = Pattern.compile("(" + regex(ForwardResource.ROUTED) + ")|("
            + regex(TeamForwardResource.ROUTED) + ")");

    private static String regex(String template) {
        return template.replaceFirst("^/api/v1/", "").replace("{team}", "[^/]+")
                .replaceFirst("\\{route: ", "").replaceFirst("}$", "");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "/api/v1/inspections, INSPECTION",
            "/api/v1/inspections/abc/plan, INSPECTION",
            "/api/v1/recommendations/r1/progress, INSPECTION",
            "/api/v1/actions/42, INSPECTION",
            "/api/v1/frameworks/hmip-youth-2018, INSPECTION",
            "/api/v1/returns/bulk, PERFORMANCE",
            "/api/v1/groups/thames-valley/revisions, PERFORMANCE",
            "/api/v1/teams/milton-keynes/returns/2019-20-Q4/revisions, PERFORMANCE",
            "/api/v1/teams/milton-keynes/targets/2019-20, PERFORMANCE",
            "/api/v1/teams/milton-keynes/budgets/2019-20, BUDGET",
            "/api/v1/teams/medway/staffing/2019-20/revisions, BUDGET"
    })
    void aRoutedPathGoesToItsOwner(String path, Upstream owner) {
        assertThat(Upstream.owning(path)).contains(owner);
        assertThat(ROUTED.matcher(path.substring("/api/v1/".length())).matches()).as(path).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/teams", "/api/v1/teams/milton-keynes", "/api/v1/teams/milton-keynes/profile",
            "/api/v1/indicators", "/api/v1/indicators/custody-rate/series", "/api/v1/regions/south-east/dashboard",
            "/api/v1/comparisons/custody-rate", "/api/v1/changes", "/api/v1/admin/rebuild", "/api/v1/teams//returns/x",
            "/api/v1/inspectionsx", "/api/v2/inspections"})
    void theGatewaysOwnPathsAreNotRouted(String path) {
        assertThat(Upstream.owning(path)).isEqualTo(Optional.empty());
        if (path.startsWith("/api/v1/")) {
            assertThat(ROUTED.matcher(path.substring("/api/v1/".length())).matches()).as(path).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"INSPECTION", "PERFORMANCE", "BUDGET"})
    void everyPrefixOfTheTableIsMatchedByTheTemplate(Upstream upstream) {
        for (String prefix : upstream.prefixes()) {
            String path = prefix.replace("*", "some-team");
            assertThat(Upstream.owning(path)).as(prefix).contains(upstream);
            assertThat(ROUTED.matcher(path.substring("/api/v1/".length())).matches()).as(prefix).isTrue();
            assertThat(ROUTED.matcher(path.substring("/api/v1/".length()) + "/x/y").matches()).as(prefix).isTrue();
        }
    }
}
