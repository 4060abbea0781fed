package org.yjhub.gateway.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardHeadersTest {

    @Test
    void thePolicyAllowsOnlyThisOriginAndTheProvidersTokenEndpoint() {
        assertThat(DashboardHeaders.policy("")).contains("connect-src 'self';").contains("script-src 'self';")
                .doesNotContain("unsafe");
        assertThat(DashboardHeaders.policy("https://idp.example.org"))
                .contains("connect-src 'self' https://idp.example.org;");
    }

    @Test
    void itCoversThePageAndItsAssetsOnly() {
        assertThat(DashboardHeaders.PAGE.matcher("/").matches()).isTrue();
        assertThat(DashboardHeaders.PAGE.matcher("/index.html").matches()).isTrue();
        assertThat(DashboardHeaders.PAGE.matcher("/dashboard/js/app.js").matches()).isTrue();
        assertThat(DashboardHeaders.PAGE.matcher("/api/v1/teams").matches()).isFalse();
        assertThat(DashboardHeaders.PAGE.matcher("/q/swagger-ui/").matches()).isFalse();
    }
}
