package org.yjhub.launcher.browser;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.yjhub.launcher.Component;
import org.yjhub.launcher.Stack;
import org.yjhub.launcher.StackExtension;
import org.yjhub.launcher.data.ApiClient;
import org.yjhub.launcher.data.SampleLoader;
import org.yjhub.launcher.data.SyntheticLoader;
import org.yjhub.localinfra.jwt.Tokens;

import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The dashboard page as a user meets it, in a real headless Chromium, against a whole stack of its own loaded with
 * the sample and a synthetic national year: signing in from the link ./yj run prints, the region, team and indicator
 * views reading the same figures as the API, a return written through the API appearing on the open page, signing
 * out, and an expired token sending the user back to sign-in with the API's message. In order: the later steps use
 * the page the earlier ones opened.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardPageIT {

    private Stack stack;
    private Tokens tokens;
    private Browser browser;
    private String gateway;
    private FakeIdentityProvider provider;
    /** One analyst token for the whole class (each one minted differs by its time and id). */
    private String analyst;

    @BeforeAll
    void startAStackWithTheSampleAndASyntheticYear() {
        provider = new FakeIdentityProvider(() -> analyst);
        stack = StackExtension.fresh("yj-dashboard-it-", s -> {
            s.putEnv(Component.GATEWAY, "YJ_DASHBOARD_OIDC_ORIGIN", provider.origin());
            s.putEnv(Component.GATEWAY, "YJ_DASHBOARD_OIDC_AUTHORIZATION_ENDPOINT", provider.origin() + "/authorize");
            s.putEnv(Component.GATEWAY, "YJ_DASHBOARD_OIDC_TOKEN_ENDPOINT", provider.origin() + "/token");
            s.putEnv(Component.GATEWAY, "YJ_DASHBOARD_OIDC_CLIENT_ID", FakeIdentityProvider.CLIENT_ID);
            s.putEnv(Component.GATEWAY, "YJ_DASHBOARD_OIDC_NAME", "Test Council");
        });
        tokens = stack.tokens();
        analyst = tokens.analyst();
        gateway = stack.url(Component.GATEWAY);
        provider.allowOrigin(gateway);
        ApiClient api = new ApiClient(gateway, tokens.admin());
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        SampleLoader.load(api, quiet);
        SyntheticLoader.load(api, 7, 1, quiet);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> api("/api/v1/teams/milton-keynes/profile")
                .then().statusCode(200).body("budget.year", org.hamcrest.Matchers.notNullValue()));
        browser = new Browser();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (stack != null) {
            stack.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    private Response api(String path) {
        return given().baseUri(gateway).auth().oauth2(analyst).get(path);
    }

    private String sessionToken() {
        return (String) browser.script("return sessionStorage.getItem('yjhub.token');");
    }

    @Test
    @Order(1)
    void thePageIsServedWithAStrictContentSecurityPolicyAndNoInlineScript() {
        Response page = given().baseUri(gateway).get("/");
        page.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/html"));
        String policy = page.header("Content-Security-Policy");
        // the one outside origin: the identity provider's, whose token endpoint the page calls to sign in
        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "connect-src 'self' " + provider.origin()
                + ";", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval", "https:");
        assertThat(policy.replace(provider.origin(), "")).doesNotContain("http:");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.asString()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContain("style=");
        given().baseUri(gateway).get("/dashboard/js/app.js").then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'"));
        given().baseUri(gateway).get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200);
    }

    @Test
    @Order(2)
    void theLinkYjRunPrintsSignsInAndTheTokenLeavesTheAddress() {
        browser.open(gateway + "/#token=" + analyst);
        browser.await(By.id("dashboard-table"));
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("token").endsWith("#/region");
        assertThat(sessionToken()).isEqualTo(analyst);
        assertThat(browser.await(By.id("as-of")).getText()).startsWith("Data as of ");
    }

    @Test
    @Order(3)
    void theRegionViewShowsTheApisFiguresColouredAndWrittenBySignificance() {
        new Select(browser.await(By.id("area"))).selectByValue("south-east");
        browser.until(30, d -> d.findElement(By.cssSelector("#dashboard-table caption")).getText().startsWith("South East"));
        JsonPath api = api("/api/v1/regions/south-east/dashboard").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> values = api.getList("teams.find { it.team == 'milton-keynes' }.indicators");
        assertThat(values).isNotEmpty();
        for (Map<String, Object> value : values) {
            WebElement cell = browser.driver().findElement(By.cssSelector(
                    "tr[data-team='milton-keynes'] td[data-indicator='" + value.get("indicator") + "']"));
            assertThat(new BigDecimal(cell.findElement(By.className("figure")).getText()))
                    .isEqualByComparingTo(new BigDecimal(value.get("rate").toString()));
            @SuppressWarnings("unchecked")
            Map<String, Object> significance = (Map<String, Object>) ((Map<String, Object>) value.get("statistics"))
                    .get("significance");
            String expected = switch (significance.get("at95").toString()) {
                case "BETTER" -> "Better";
                case "WORSE" -> "Worse";
                case "SIMILAR" -> "Similar";
                case "HIGHER" -> "Higher";
                case "LOWER" -> "Lower";
                default -> "Not compared";
            };
            assertThat(cell.findElement(By.className("sig-label")).getText()).endsWith(expected);
            assertThat(cell.getAttribute("class")).contains("sig-");
        }
        assertThat(browser.driver().findElements(By.cssSelector("#dashboard-table tbody tr")))
                .hasSize(api.getList("teams").size());
        assertThat(browser.driver().findElement(By.cssSelector("#dashboard-table tr.pooled")).getText())
                .contains("South East");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("region");
    }

    @Test
    @Order(4)
    void theTeamViewShowsSpineSeriesInspectionAndBudgetAsTheApiDoes() {
        browser.driver().findElement(By.linkText("Milton Keynes")).click();
        browser.await(By.id("spine-table"));
        JsonPath profile = api("/api/v1/teams/milton-keynes/profile").then().statusCode(200).extract().jsonPath();
        String custody = profile.getString("indicators.find { it.indicator == 'custody-rate' }.rate");
        WebElement cell = browser.driver().findElement(By.cssSelector("#spine-table td[data-indicator='custody-rate']"));
        assertThat(new BigDecimal(cell.findElement(By.className("figure")).getText()))
                .isEqualByComparingTo(new BigDecimal(custody));
        browser.await(By.id("actions-table"));
        String inspection = profile.getString("inspection.id");
        int actions = api("/api/v1/inspections/" + inspection).then().statusCode(200).extract().jsonPath()
                .getList("actions").size();
        assertThat(browser.driver().findElements(By.cssSelector("#actions-table tbody tr"))).hasSize(actions);
        assertThat(browser.driver().findElement(By.id("inspection-overall")).getText())
                .contains(profile.getString("inspection.overall"));
        browser.await(By.id("budget-table"));
        int contributions = api("/api/v1/teams/milton-keynes/budgets/" + profile.getString("budget.year"))
                .then().statusCode(200).extract().jsonPath().getList("contributions").size();
        assertThat(browser.driver().findElements(By.cssSelector("#budget-table tbody tr"))).hasSize(contributions);
        assertThat(browser.driver().findElements(By.cssSelector(".chart-series canvas"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".chart-spine canvas"))).isNotEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("team");
    }

    @Test
    @Order(5)
    void theIndicatorViewRanksEveryTeamInASortableTable() {
        browser.driver().findElement(By.cssSelector("#nav a[data-view='indicator']")).click();
        new Select(browser.await(By.id("indicator"))).selectByValue("custody-rate");
        browser.until(30, d -> d.findElement(By.tagName("h1")).getText().equals("Use of custody")
                && !d.findElements(By.cssSelector("#comparison-table tbody tr")).isEmpty());
        String quarter = new Select(browser.driver().findElement(By.id("quarter"))).getFirstSelectedOption()
                .getAttribute("value");
        JsonPath comparison = api("/api/v1/comparisons/custody-rate?quarter=" + quarter).then().statusCode(200)
                .extract().jsonPath();
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#comparison-table tbody tr"));
        assertThat(rows).hasSize(comparison.getList("rows").size());
        assertThat(rows.get(0).getAttribute("data-team")).isEqualTo(comparison.getString("rows[0].team"));

        WebElement byTeam = browser.driver().findElement(By.xpath("//table[@id='comparison-table']//th[1]/button"));
        byTeam.sendKeys(Keys.ENTER);
        assertThat(browser.driver().findElement(By.xpath("//table[@id='comparison-table']//thead//th[1]"))
                .getAttribute("aria-sort")).isEqualTo("ascending");
        List<String> names = browser.driver().findElements(By.cssSelector("#comparison-table tbody th")).stream()
                .map(WebElement::getText).toList();
        assertThat(names.get(0)).isEqualTo(names.stream().min(String::compareToIgnoreCase).orElseThrow());
        assertThat(names.get(names.size() - 1)).isEqualTo(names.stream().max(String::compareToIgnoreCase).orElseThrow());
        assertThat(browser.driver().findElement(By.id("download-csv")).isDisplayed()).isTrue();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("indicator");
    }

    @Test
    @Order(6)
    void aReturnWrittenThroughTheApiAppearsOnTheOpenPageWithoutAReload() {
        browser.open(gateway + "/#/region/south-east");
        browser.await(By.id("dashboard-table"));
        browser.script("window.notReloaded = true;");
        String quarter = api("/api/v1/regions/south-east/dashboard").then().extract().jsonPath().getString("quarter");
        String asOf = browser.driver().findElement(By.id("as-of")).getAttribute("data-as-of");
        given().baseUri(gateway).auth().oauth2(tokens.authority("milton-keynes")).contentType("application/json")
                .body("{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":1,\"denominator\":19231}]}")
                .put("/api/v1/teams/milton-keynes/returns/" + quarter)
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        By cell = By.cssSelector("tr[data-team='milton-keynes'] td[data-indicator='custody-rate'] .figure");
        browser.until(30, d -> d.findElement(cell).getText().equals("0.05"));
        assertThat(browser.script("return window.notReloaded === true;")).isEqualTo(true);
        assertThat(browser.driver().findElement(By.id("as-of")).getAttribute("data-as-of")).isNotEqualTo(asOf);
        api("/api/v1/regions/south-east/dashboard").then()
                .body("teams.find { it.team == 'milton-keynes' }.indicators.find { it.indicator == 'custody-rate' }.rate",
                        equalTo(0.05f));
    }

    @Test
    @Order(7)
    void thePageWroteNoErrorAndBrokeNoPolicyOnTheWay() {
        List<String> console = browser.console();
        assertThat(console).noneMatch(line -> line.contains("SEVERE") || line.contains("Content Security Policy")
                || line.contains("Refused to"));
    }

    @Test
    @Order(8)
    void theKeyboardReachesTheSkipLinkFirst() {
        browser.driver().navigate().refresh();
        browser.await(By.id("dashboard-table"));
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip-link");
    }

    @Test
    @Order(9)
    void signingOutForgetsTheToken() {
        browser.driver().findElement(By.id("sign-out")).click();
        browser.await(By.id("sign-in"));
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("sign-in");
        assertThat(sessionToken()).isNull();
        assertThat(browser.driver().findElement(By.id("nav")).isDisplayed()).isFalse();
    }

    @Test
    @Order(10)
    void anExpiredTokenGoesBackToSignInWithTheApisMessageAndAGoodOneSignsIn() {
        browser.open(gateway + "/#token=" + tokens.expired());
        browser.until(30, d -> d.findElement(By.id("sign-in-problem")).getText().contains("The API refused your token"));
        assertThat(browser.driver().findElement(By.id("sign-in-problem")).getText())
                .contains("a valid bearer token is required");
        assertThat(sessionToken()).isNull();
        browser.driver().findElement(By.id("token")).sendKeys(analyst);
        browser.driver().findElement(By.cssSelector("#sign-in button[type='submit']")).click();
        browser.await(By.id("dashboard-table"));
        assertThat(sessionToken()).isEqualTo(analyst);
    }

    @Test
    @Order(11)
    void signingInThroughTheIdentityProviderUsesPkceAndKeepsTheCodeOutOfTheAddress() {
        browser.script("sessionStorage.clear();");
        browser.open(gateway + "/");
        browser.await(By.id("sign-in-provider")).click();
        browser.await(By.id("dashboard-table"));
        assertThat(provider.exchanged()).isEqualTo(1);
        assertThat(sessionToken()).isEqualTo(analyst);
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("code=").doesNotContain("state=");
        assertThat((String) browser.script("return sessionStorage.getItem('yjhub.oidc.pending');")).isNull();
    }
}
