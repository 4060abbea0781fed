package org.yjhub.launcher;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjhub.common.events.Topics;
import org.yjhub.localinfra.jwt.Tokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

/** The packaged stack as a user meets it: every port, the token rules, and one write per service reaching the gateway. */
@ExtendWith(StackExtension.class)
class StackIT {

    private final Stack stack = StackExtension.stack();
    private final Tokens tokens = stack.tokens();

    private RequestSpecification at(Component c) {
        return given().baseUri(stack.url(c));
    }

    @Test
    void everyPortRefusesAnonymousCallsAndServesItsOpenApiDocument() {
        for (Component c : Component.SERVICES) {
            at(c).get("/api/v1/teams").then().statusCode(401).contentType("application/problem+json");
            at(c).auth().oauth2(tokens.expired()).get("/api/v1/teams").then().statusCode(401);
            at(c).auth().oauth2(tokens.analyst()).get("/api/v1/teams").then().statusCode(200)
                    .body("size()", greaterThanOrEqualTo(150)).body("code", hasItem("merton"));
            at(c).get("/q/openapi?format=json").then().statusCode(200).body("openapi", org.hamcrest.Matchers.startsWith("3."));
            at(c).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void theServicesListenOnLoopbackOnly() throws Exception {
        for (Component c : Component.SERVICES) {
            // the kernel's table of listening sockets: local address and port in hex, state 0A = LISTEN
            String port = String.format(":%04X", stack.ports().of(c));
            List<String> listening = new java.util.ArrayList<>();
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 3 && f[1].endsWith(port) && f[3].equals("0A")) {
                        listening.add(f[1]);
                    }
                }
            }
            // 127.0.0.1, as an IPv4 socket or as the IPv4-mapped address of a dual-stack one (::ffff:127.0.0.1);
            // never 0.0.0.0 or ::, every interface
            assertThat(listening).as("%s listens on", c).isNotEmpty()
                    .allMatch(a -> a.equals("0100007F" + port) || a.equals("0000000000000000FFFF00000100007F" + port));
        }
    }

    @Test
    void theTopicsAreCreatedBeforeTheServicesStartAndKeepEveryEvent() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + stack.ports().kafka()))) {
            List<ConfigResource> topics = Topics.ALL.stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(topics).all().get(30, TimeUnit.SECONDS);
            assertThat(configs).hasSize(3);
            configs.values().forEach(config -> {
                assertThat(config.get("retention.ms").value()).isEqualTo("-1");
                assertThat(config.get("retention.bytes").value()).isEqualTo("-1");
                assertThat(config.get("cleanup.policy").value()).isEqualTo("delete");
            });
        }
    }

    @Test
    void aReturnPutAtTheGatewayReachesTheGatewaysComparison() {
        at(Component.GATEWAY).auth().oauth2(tokens.authority("milton-keynes"))
                .contentType("application/json")
                .body("""
                        {"values":[{"indicator":"custody-rate","numerator":5,"denominator":19230}]}""")
                .put("/api/v1/teams/milton-keynes/returns/2018-19-Q4")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                at(Component.GATEWAY).auth().oauth2(tokens.analyst())
                        .get("/api/v1/comparisons/custody-rate?quarter=2018-19-Q4")
                        .then().statusCode(200)
                        .body("rows.find { it.team == 'milton-keynes' }.rate", equalTo(0.26f)));
    }

    @Test
    void aGroupPutAtTheGatewayIsAComparatorOfTheGatewaysComparison() {
        at(Component.GATEWAY).auth().oauth2(tokens.analyst()).contentType("application/json")
                .body("""
                        {"name":"Stack neighbours","teams":["milton-keynes","medway"]}""")
                .put("/api/v1/groups/stack-neighbours")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        for (String[] r : new String[][]{{"milton-keynes", "5", "19231"}, {"medway", "12", "26000"}}) {
            at(Component.GATEWAY).auth().oauth2(tokens.authority(r[0])).contentType("application/json")
                    .body("{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":%s,\"denominator\":%s}]}"
                            .formatted(r[1], r[2]))
                    .put("/api/v1/teams/" + r[0] + "/returns/2016-17-Q2")
                    .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
        // 17 ÷ 45,231 × 1,000 = 0.38; both members reported, so the figure is the group's
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                at(Component.GATEWAY).auth().oauth2(tokens.analyst())
                        .get("/api/v1/comparisons/custody-rate?quarter=2016-17-Q2&comparator=group:stack-neighbours")
                        .then().statusCode(200)
                        .body("comparator.figures[0].comparator", equalTo("group:stack-neighbours"))
                        .body("comparator.figures[0].teams", equalTo(2))
                        .body("comparator.figures[0].rate", equalTo(0.38f))
                        .body("comparator.figures[0].label", equalTo("Stack neighbours"))
                        .body("rows.find { it.team == 'milton-keynes' }.statistics.comparator",
                                equalTo("group:stack-neighbours"))
                        .body("rows.find { it.team == 'milton-keynes' }.statistics.significance.at95",
                                equalTo("SIMILAR")));
    }

    @Test
    void anInspectionPostedAtTheGatewayReachesTheProfile() {
        at(Component.GATEWAY).auth().oauth2(tokens.inspector())
                .contentType("application/json")
                .body("""
                        {"team":"medway","framework":"hmip-youth-2018","fieldworkStart":"2020-01-13",
                         "fieldworkEnd":"2020-01-17","publishedOn":"2020-04-01",
                         "ratings":{"1.1":"GOOD","1.2":"GOOD","1.3":"REQUIRES_IMPROVEMENT","1.4":"GOOD",
                                    "2.1":"GOOD","2.2":"REQUIRES_IMPROVEMENT","2.3":"GOOD","2.4":"REQUIRES_IMPROVEMENT",
                                    "3.1":"GOOD","3.2":"REQUIRES_IMPROVEMENT","3.3":"GOOD","3.4":"INADEQUATE"}}""")
                .post("/api/v1/inspections")
                .then().statusCode(201).body("score", equalTo(18)).body("overall", equalTo("REQUIRES_IMPROVEMENT"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                at(Component.GATEWAY).auth().oauth2(tokens.analyst()).get("/api/v1/teams/medway/profile")
                        .then().statusCode(200)
                        .body("inspection.overall", equalTo("REQUIRES_IMPROVEMENT"))
                        .body("inspection.score", equalTo(18)));
    }

    @Test
    void aBudgetPutAtTheGatewayReachesTheProfile() {
        at(Component.GATEWAY).auth().oauth2(tokens.authority("merton"))
                .contentType("application/json")
                .body("""
                        {"contributions":[{"partner":"POLICE","staff":50000,"delegated":0},
                                          {"partner":"LOCAL_AUTHORITY","staff":0,"delegated":600000},
                                          {"partner":"YJB","staff":0,"delegated":250000}],
                         "statedTotal":900000}""")
                .put("/api/v1/teams/merton/budgets/2021-22")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).body("total", equalTo(900000));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                at(Component.GATEWAY).auth().oauth2(tokens.analyst()).get("/api/v1/teams/merton/profile")
                        .then().statusCode(200)
                        .body("budget.year", equalTo("2021-22"))
                        .body("budget.total", equalTo(900000)));
    }

    @Test
    void aWriteThroughTheGatewayIsRefusedForAnotherTeamAndNothingIsStored() {
        at(Component.GATEWAY).auth().oauth2(tokens.authority("medway"))
                .contentType("application/json")
                .body("""
                        {"values":[{"indicator":"custody-rate","numerator":1,"denominator":20000}]}""")
                .put("/api/v1/teams/milton-keynes/returns/2017-18-Q1")
                .then().statusCode(403).contentType("application/problem+json");
        at(Component.PERFORMANCE).auth().oauth2(tokens.analyst())
                .get("/api/v1/teams/milton-keynes/returns/2017-18-Q1").then().statusCode(404);
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
