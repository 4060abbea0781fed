package org.yjhub.launcher.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.kafka.common.utils.AppInfoParser;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yjhub.common.events.Topics;
import org.yjhub.common.events.budget.BudgetSubmitted;
import org.yjhub.common.events.budget.StaffingSubmitted;
import org.yjhub.localinfra.jwt.Tokens;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs where we build, so this checks what can be checked without one: that docker-compose.yml, the
 * services' Dockerfiles and the deploy scripts agree with the code's configuration (each service's
 * application.properties, service-kit's shared defaults, the topic constants). Each test lists every disagreement
 * it finds, naming the compose service and the file to fix.
 */
class ComposeFileTest {

    /** A service of YJ Hub: its compose service name is its module's name; it owns one database. */
    record Service(String name, String database) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Service> SERVICES = List.of(
            new Service("inspection-service", "inspection"),
            new Service("performance-service", "performance"),
            new Service("budget-service", "budget"),
            new Service("gateway", "gateway"));

    static final String POSTGRES = "postgres";
    static final String KAFKA = "kafka";
    static final String KAFKA_INIT = "kafka-init";
    static final String GATEWAY = "gateway";

    /** What every service's environment must set: the settings a deployment changes (DESIGN.md, Conventions). */
    static final List<String> DEPLOYMENT_VARIABLES = List.of("HTTP_PORT", "YJ_DB_URL", "YJ_DB_USER", "YJ_DB_PASSWORD",
            "KAFKA_BOOTSTRAP_SERVERS", "YJ_JWT_PUBLIC_KEY_LOCATION", "YJ_JWT_ISSUER", "YJ_JWT_AUDIENCE",
            "QUARKUS_LOG_CONSOLE_JSON");

    /** Where the gateway forwards writes: variable → the compose service that must answer there. */
    static final Map<String, String> FORWARDING = Map.of(
            "INSPECTION_URL", "inspection-service",
            "PERFORMANCE_URL", "performance-service",
            "BUDGET_URL", "budget-service");

    /** Variables Quarkus, SmallRye or the image's run-java.sh map by name, without a ${...} in our configuration. */
    static final List<String> FRAMEWORK_PREFIXES = List.of("QUARKUS_", "SMALLRYE_", "MP_", "JAVA_");

    /** The fast-jar layout Quarkus packages into target/quarkus-app/, copied in four layers. */
    static final Set<String> FAST_JAR_SOURCES = Set.of("target/quarkus-app/lib/", "target/quarkus-app/*.jar",
            "target/quarkus-app/app/", "target/quarkus-app/quarkus/");

    static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:)?");
    static final Pattern PORT_FROM_ENV = Pattern.compile("\\$\\{HTTP_PORT:(\\d+)}");
    static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([A-Za-z0-9_]+)(\\?.*)?");
    static final Pattern HTTP_URL = Pattern.compile("http://([^:/]+):(\\d+)/?");
    static final Pattern TOPIC_NAME = Pattern.compile("(?<![\\w.])yjhub\\.[a-z0-9-]+\\.events(?![\\w.])");

    static Path root;
    static JsonNode compose;
    static Properties sharedDefaults;

    @BeforeAll
    static void load() throws IOException {
        root = Path.of("..").toAbsolutePath().normalize();
        Path file = root.resolve("docker-compose.yml");
        assertThat(file).as("docker-compose.yml at the repository root (%s); this test runs from the launcher module",
                root).isRegularFile();
        compose = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        assertThat(compose.path("services").isObject()).as("docker-compose.yml has a services: map").isTrue();
        sharedDefaults = properties(root.resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"));
    }

    static Stream<Service> services() {
        return SERVICES.stream();
    }

    // ---- the whole system ----------------------------------------------------------------------------------------

    @Test
    void theWholeSystemIsThere() {
        Set<String> names = new TreeSet<>();
        compose.path("services").fieldNames().forEachRemaining(names::add);
        List<String> expected = new ArrayList<>(List.of(POSTGRES, KAFKA, KAFKA_INIT));
        SERVICES.forEach(s -> expected.add(s.name()));
        assertThat(names).as("compose services").containsAll(expected);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(text(service(POSTGRES).path("image"))).as("postgres image (the official one, version 17)")
                .startsWith("postgres:17");
        String kafkaImage = text(service(KAFKA).path("image"));
        soft.assertThat(kafkaImage).as("kafka image (the official Apache image)").startsWith("apache/kafka:");
        String clients = AppInfoParser.getVersion();
        soft.assertThat(majorMinor(kafkaImage.substring(kafkaImage.indexOf(':') + 1)))
                .as("the broker image %s should be the release line of the kafka-clients the services use (%s)",
                        kafkaImage, clients)
                .isEqualTo(majorMinor(clients));
        soft.assertThat(text(service(KAFKA_INIT).path("image"))).as("kafka-init runs the broker's own tools")
                .isEqualTo(kafkaImage);
        soft.assertAll();
    }

    @Test
    void onlyTheGatewayIsPublished() {
        SoftAssertions soft = new SoftAssertions();
        for (Iterator<Map.Entry<String, JsonNode>> it = compose.path("services").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals(GATEWAY)) {
                soft.assertThat(e.getValue().has("ports"))
                        .as("%s publishes ports %s; only the gateway may be reachable from outside", e.getKey(),
                                e.getValue().path("ports"))
                        .isFalse();
            }
        }
        JsonNode ports = service(GATEWAY).path("ports");
        soft.assertThat(ports.size()).as("gateway publishes exactly one port: %s", ports).isEqualTo(1);
        if (ports.size() == 1) {
            soft.assertThat(containerPort(ports.get(0)))
                    .as("gateway's published container port (%s) must be the port it listens on", ports.get(0))
                    .isEqualTo(configuredPort(GATEWAY));
        }
        soft.assertAll();
    }

    // ---- each service --------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("services")
    void isBuiltFromItsModulesDockerfileAndFastJar(Service s) throws IOException {
        JsonNode build = service(s.name()).path("build");
        assertThat(build.isObject()).as("%s: build: { context, dockerfile } in docker-compose.yml", s).isTrue();
        Path context = root.resolve(text(build.path("context"))).normalize();
        assertThat(context).as("%s: build context should be its module directory", s).isEqualTo(root.resolve(s.name()));
        Path dockerfile = context.resolve(text(build.path("dockerfile"))).normalize();
        assertThat(dockerfile).as("%s: dockerfile should follow the Quarkus convention", s)
                .isEqualTo(context.resolve("src/main/docker/Dockerfile.jvm"))
                .isRegularFile();

        List<String> lines = Files.readAllLines(dockerfile);
        SoftAssertions soft = new SoftAssertions();
        Set<String> sources = new LinkedHashSet<>();
        for (String line : lines) {
            List<String> words = List.of(line.trim().split("\\s+"));
            if (!words.isEmpty() && words.get(0).equalsIgnoreCase("COPY")) {
                List<String> args = words.stream().skip(1).filter(w -> !w.startsWith("--")).toList();
                soft.assertThat(args.get(args.size() - 1)).as("%s: %s copies into /deployments/", s, line.trim())
                        .startsWith("/deployments/");
                sources.addAll(args.subList(0, args.size() - 1));
            }
        }
        soft.assertThat(sources).as("%s: COPY sources in %s (the fast-jar layout)", s, root.relativize(dockerfile))
                .containsExactlyInAnyOrderElementsOf(FAST_JAR_SOURCES);
        String content = String.join("\n", lines);
        soft.assertThat(content).as("%s: Dockerfile runs /deployments/quarkus-run.jar", s)
                .contains("/deployments/quarkus-run.jar");
        soft.assertThat(exposed(lines)).as("%s: Dockerfile EXPOSE should be the port it listens on", s)
                .contains(configuredPort(s.name()));

        // The build output the Dockerfile copies is the fast-jar: nothing may switch the packaging to another type.
        for (Path f : List.of(root.resolve(s.name()).resolve("src/main/resources/application.properties"),
                root.resolve(s.name()).resolve("pom.xml"), root.resolve("pom.xml"),
                root.resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"))) {
            String text = Files.readString(f);
            Matcher m = Pattern.compile("quarkus\\.package\\.(?:jar\\.)?type\\s*(?:=|>)\\s*([a-z-]+)").matcher(text);
            while (m.find()) {
                soft.assertThat(m.group(1)).as("%s: %s sets the packaging; Dockerfile.jvm copies the fast-jar", s,
                        root.relativize(f)).isEqualTo("fast-jar");
            }
        }
        // Where the module has been packaged, each COPY source exists there.
        Path app = root.resolve(s.name()).resolve("target/quarkus-app");
        if (Files.isDirectory(app)) {
            soft.assertThat(app.resolve("quarkus-run.jar")).as("%s: packaged quarkus-run.jar", s).isRegularFile();
            for (String dir : List.of("lib", "app", "quarkus")) {
                soft.assertThat(app.resolve(dir)).as("%s: packaged %s/", s, dir).isDirectory();
            }
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @MethodSource("services")
    void listensAndReportsHealthOnItsConfiguredPort(Service s) {
        int port = configuredPort(s.name());
        Map<String, String> env = environment(s.name());
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(env.get("HTTP_PORT")).as("%s: HTTP_PORT in docker-compose.yml vs %s's application.properties",
                s, s.name()).isEqualTo(String.valueOf(port));
        JsonNode expose = service(s.name()).path("expose");
        for (JsonNode e : expose) {
            soft.assertThat(e.asText()).as("%s: expose", s).isEqualTo(String.valueOf(port));
        }
        JsonNode health = service(s.name()).path("healthcheck");
        String test = healthcheckCommand(health.path("test"));
        soft.assertThat(test).as("%s: healthcheck should ask /q/health/ready", s).contains("/q/health/ready");
        soft.assertThat(Pattern.compile("[/:]" + port + "\\b").matcher(test).find())
                .as("%s: healthcheck '%s' should ask port %d", s, test, port).isTrue();
        soft.assertThat(test).as("%s: healthcheck should pass only on 200", s).contains("200");
        soft.assertThat(health.has("interval") && health.has("retries"))
                .as("%s: healthcheck has an interval and retries", s).isTrue();
        soft.assertAll();
    }

    @ParameterizedTest
    @MethodSource("services")
    void takesItsInfrastructureFromTheEnvironment(Service s) {
        Map<String, String> env = environment(s.name());
        Set<String> reads = configurationReads(s.name());
        SoftAssertions soft = new SoftAssertions();
        for (String v : DEPLOYMENT_VARIABLES) {
            soft.assertThat(env).as("%s: environment sets %s", s, v).containsKey(v);
            soft.assertThat(reads).as("%s: %s is set in docker-compose.yml; the configuration should read it", s, v)
                    .contains(v);
        }
        soft.assertThat(env.get("QUARKUS_LOG_CONSOLE_JSON")).as("%s: JSON logs in containers", s).isEqualTo("true");

        // its own database, created by the init script, reached with that database's role
        String url = env.getOrDefault("YJ_DB_URL", "");
        Matcher jdbc = JDBC_URL.matcher(url);
        soft.assertThat(jdbc.matches()).as("%s: YJ_DB_URL '%s' is a PostgreSQL JDBC URL", s, url).isTrue();
        if (jdbc.matches()) {
            soft.assertThat(jdbc.group(1)).as("%s: YJ_DB_URL host is the compose postgres service", s)
                    .isEqualTo(POSTGRES);
            soft.assertThat(jdbc.group(2) == null ? "5432" : jdbc.group(2)).as("%s: YJ_DB_URL port", s)
                    .isEqualTo("5432");
            soft.assertThat(jdbc.group(3)).as("%s: YJ_DB_URL names the service's own database", s)
                    .isEqualTo(s.database());
            soft.assertThat(databasesCreated()).as("%s: postgres YJ_DATABASES (the init script's list) creates '%s'",
                    s, jdbc.group(3)).contains(jdbc.group(3));
        }
        soft.assertThat(env.get("YJ_DB_USER")).as("%s: YJ_DB_USER is the role that owns its database", s)
                .isEqualTo(s.database());
        String passwordVariable = s.database().toUpperCase() + "_DB_PASSWORD";
        soft.assertThat(rawEnvironment(s.name()).get("YJ_DB_PASSWORD"))
                .as("%s: YJ_DB_PASSWORD should be the password the init script gives role '%s' (postgres %s)", s,
                        s.database(), passwordVariable)
                .isNotNull()
                .isEqualTo(rawEnvironment(POSTGRES).get(passwordVariable));

        soft.assertThat(kafkaListeners()).as("%s: KAFKA_BOOTSTRAP_SERVERS should be a listener the broker advertises", s)
                .contains(env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "(unset)"));

        // the JWT key: a file inside a mounted folder of the repository, or a URL
        String key = env.getOrDefault("YJ_JWT_PUBLIC_KEY_LOCATION", "");
        if (key.startsWith("file:")) {
            Path inContainer = Path.of(key.substring("file:".length()));
            Map<String, String> mounts = mounts(s.name());
            String hostDir = mounts.get(inContainer.getParent().toString());
            soft.assertThat(hostDir).as("%s: the folder of %s is mounted (volumes: %s)", s, key, mounts).isNotNull();
            if (hostDir != null) {
                Path dir = root.resolve(hostDir).normalize();
                soft.assertThat(dir).as("%s: the key folder is in the repository", s).isDirectory();
                soft.assertThat(dir.resolve(".gitignore")).as("%s: %s keeps key files out of git", s, hostDir)
                        .content().contains("*.pem");
            }
        } else {
            soft.assertThat(key).as("%s: YJ_JWT_PUBLIC_KEY_LOCATION is a file: or https: location", s)
                    .startsWith("https:");
        }
        soft.assertThat(env.get("YJ_JWT_ISSUER")).as("%s: by default the issuer of ./yj token, so its tokens work", s)
                .isEqualTo(Tokens.DEV_ISSUER);
        soft.assertThat(env.get("YJ_JWT_AUDIENCE")).as("%s: by default the audience of ./yj token's tokens", s)
                .isEqualTo(Tokens.DEV_AUDIENCE);
        soft.assertAll();
    }

    @ParameterizedTest
    @MethodSource("services")
    void setsOnlyVariablesItsConfigurationReadsAndEveryOneItRequires(Service s) {
        Map<String, String> env = environment(s.name());
        Set<String> reads = configurationReads(s.name());
        SoftAssertions soft = new SoftAssertions();
        for (String v : env.keySet()) {
            boolean framework = FRAMEWORK_PREFIXES.stream().anyMatch(v::startsWith);
            soft.assertThat(framework || reads.contains(v))
                    .as("%s: docker-compose.yml sets %s, which no ${%s} in %s's application.properties or service-kit's "
                            + "microprofile-config.properties reads (a typo, or a setting the code lacks?)", s, v, v, s)
                    .isTrue();
        }
        for (String v : configurationRequires(s.name())) {
            soft.assertThat(env).as("%s: the configuration needs ${%s} (no default); docker-compose.yml must set it",
                    s, v).containsKey(v);
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @MethodSource("services")
    void startsOnlyOnceWhatItNeedsIsHealthy(Service s) {
        JsonNode dependsOn = service(s.name()).path("depends_on");
        assertThat(dependsOn.isObject())
                .as("%s: depends_on must be a map with a condition per dependency, not a list: %s", s, dependsOn)
                .isTrue();
        SoftAssertions soft = new SoftAssertions();
        List<String> needs = new ArrayList<>(List.of(POSTGRES, KAFKA));
        if (s.name().equals(GATEWAY)) {
            needs.addAll(FORWARDING.values());
        }
        for (String n : needs) {
            soft.assertThat(text(dependsOn.path(n).path("condition")))
                    .as("%s: depends_on %s with condition service_healthy", s, n).isEqualTo("service_healthy");
        }
        soft.assertThat(text(dependsOn.path(KAFKA_INIT).path("condition")))
                .as("%s: depends_on kafka-init (the topics) with condition service_completed_successfully", s)
                .isEqualTo("service_completed_successfully");
        dependsOn.fields().forEachRemaining(d -> {
            String condition = text(d.getValue().path("condition"));
            soft.assertThat(condition).as("%s: depends_on %s has a condition", s, d.getKey()).isNotEmpty();
            if (condition.equals("service_healthy")) {
                soft.assertThat(service(d.getKey()).has("healthcheck"))
                        .as("%s waits for %s to be healthy, so %s needs a healthcheck", s, d.getKey(), d.getKey())
                        .isTrue();
            }
        });
        soft.assertAll();
    }

    // ---- infrastructure ------------------------------------------------------------------------------------------

    @Test
    void postgresCreatesOneDatabasePerServiceAndReportsHealth() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(databasesCreated()).as("postgres YJ_DATABASES")
                .containsExactlyInAnyOrderElementsOf(SERVICES.stream().map(Service::database).toList());
        Map<String, String> mounts = mounts(POSTGRES);
        Map.Entry<String, String> init = mounts.entrySet().stream()
                .filter(m -> m.getKey().startsWith("/docker-entrypoint-initdb.d/")).findFirst().orElse(null);
        soft.assertThat(init).as("postgres mounts an init script into /docker-entrypoint-initdb.d/: %s", mounts)
                .isNotNull();
        if (init != null) {
            Path script = root.resolve(init.getValue()).normalize();
            soft.assertThat(script).as("postgres init script").isEqualTo(root.resolve("deploy/postgres/init-databases.sh"))
                    .isRegularFile();
            if (Files.isRegularFile(script)) {
                soft.assertThat(Files.readString(script)).as("init script creates the YJ_DATABASES, each with a role "
                        + "whose password is <NAME>_DB_PASSWORD").contains("YJ_DATABASES", "CREATE DATABASE",
                        "CREATE ROLE", "_DB_PASSWORD");
            }
        }
        for (Service s : SERVICES) {
            String variable = s.database().toUpperCase() + "_DB_PASSWORD";
            soft.assertThat(environment(POSTGRES)).as("postgres gets %s for role %s", variable, s.database())
                    .containsKey(variable);
        }
        soft.assertThat(healthcheckCommand(service(POSTGRES).path("healthcheck").path("test"))).as("postgres healthcheck")
                .contains("pg_isready");
        soft.assertAll();
    }

    @Test
    void kafkaRunsInKraftModeAndReportsHealth() {
        Map<String, String> env = environment(KAFKA);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(env.get("KAFKA_PROCESS_ROLES")).as("single-node KRaft: broker and controller")
                .isEqualTo("broker,controller");
        soft.assertThat(env).as("kafka: a controller quorum and a cluster id")
                .containsKeys("KAFKA_CONTROLLER_QUORUM_VOTERS", "CLUSTER_ID");
        soft.assertThat(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))
                .as("topics come from kafka-init with their settings, never auto-created on first use")
                .isEqualTo("false");
        soft.assertThat(kafkaListeners()).as("kafka advertises a listener under its compose name").isNotEmpty();
        soft.assertThat(healthcheckCommand(service(KAFKA).path("healthcheck").path("test"))).as("kafka healthcheck")
                .containsAnyOf("kafka-broker-api-versions.sh", "kafka-topics.sh");
        soft.assertAll();
    }

    @Test
    void kafkaInitCreatesEveryTopicTheCodeUses() throws IOException {
        JsonNode init = service(KAFKA_INIT);
        Map<String, String> mounts = mounts(KAFKA_INIT);
        String entrypoint = healthcheckCommand(init.path("entrypoint")) + " " + healthcheckCommand(init.path("command"));
        Map.Entry<String, String> scriptMount = mounts.entrySet().stream()
                .filter(m -> entrypoint.contains(m.getKey())).findFirst().orElse(null);
        assertThat(scriptMount).as("kafka-init runs a mounted script (entrypoint '%s', volumes %s)", entrypoint, mounts)
                .isNotNull();
        Path script = root.resolve(scriptMount.getValue()).normalize();
        assertThat(script).as("topic script").isEqualTo(root.resolve("deploy/kafka/create-topics.sh")).isRegularFile();
        String text = Files.readString(script);

        Matcher list = Pattern.compile("(?m)^TOPICS=\\(([^)]*)\\)").matcher(text);
        assertThat(list.find()).as("create-topics.sh lists its topics in a TOPICS=( ... ) array").isTrue();
        List<String> created = List.of(list.group(1).trim().split("\\s+"));
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(created).as("create-topics.sh TOPICS vs org.yjhub.common.events.Topics.ALL")
                .containsExactlyInAnyOrderElementsOf(Topics.ALL);
        Set<String> named = new TreeSet<>();
        Matcher m = TOPIC_NAME.matcher(text);
        while (m.find()) {
            named.add(m.group());
        }
        soft.assertThat(named).as("create-topics.sh mentions only topics in Topics.ALL").isSubsetOf(Topics.ALL);
        Map<String, String> env = environment(KAFKA_INIT);
        soft.assertThat(env.get("TOPIC_PARTITIONS")).as("kafka-init TOPIC_PARTITIONS").isEqualTo("6");
        soft.assertThat(env).as("kafka-init: the replication factor is configurable")
                .containsKeys("TOPIC_REPLICATION_FACTOR", "TOPIC_MIN_INSYNC_REPLICAS");
        soft.assertThat(text).as("create-topics.sh reads the partitions, replication factor and min ISR from the "
                + "environment").contains("TOPIC_PARTITIONS", "TOPIC_REPLICATION_FACTOR", "TOPIC_MIN_INSYNC_REPLICAS");
        soft.assertThat(kafkaListeners()).as("kafka-init's KAFKA_BOOTSTRAP_SERVERS is a listener the broker advertises")
                .contains(env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "(unset)"));
        soft.assertThat(text(init.path("depends_on").path(KAFKA).path("condition")))
                .as("kafka-init waits for a healthy broker").isEqualTo("service_healthy");

        // A read-model rebuild replays the topics, so they must still hold every aggregate's newest state. The relay
        // keys records by aggregate id alone (OutboxRelay), and on yjhub.budget.events a team's budget and its
        // staffing for a year share that key: compaction would keep only one of them.
        boolean budgetAndStaffingShareKeys = BudgetSubmitted.aggregateId("milton-keynes", "2019-20")
                .equals(StaffingSubmitted.aggregateId("milton-keynes", "2019-20"));
        if (budgetAndStaffingShareKeys) {
            soft.assertThat(text).as("create-topics.sh must not compact: budget and staffing events share keys, "
                    + "compaction would drop one of them and a rebuild would lose it").doesNotContain("=compact");
            soft.assertThat(text).as("create-topics.sh keeps every event (retention.ms=-1) so a rebuild can replay them")
                    .contains("retention.ms=-1");
        }
        soft.assertAll();
    }

    @Test
    void eachServicePublishesToATopicThatIsCreatedAndTheGatewayConsumesThemAll() {
        SoftAssertions soft = new SoftAssertions();
        for (Service s : SERVICES) {
            Properties p = applicationProperties(s.name());
            if (s.name().equals(GATEWAY)) {
                soft.assertThat(p.stringPropertyNames()).as("the gateway publishes nothing: it has no outbox settings")
                        .noneMatch(k -> k.startsWith("yj.outbox."));
            } else {
                soft.assertThat(p.getProperty("yj.outbox.topic")).as("%s publishes to a topic in Topics.ALL", s)
                        .isIn(Topics.ALL);
            }
        }
        Properties gateway = applicationProperties(GATEWAY);
        Set<String> consumed = gateway.stringPropertyNames().stream()
                .filter(k -> k.startsWith("mp.messaging.incoming.") && k.endsWith(".topic"))
                .map(gateway::getProperty).collect(Collectors.toCollection(TreeSet::new));
        soft.assertThat(consumed).as("the gateway consumes every topic kafka-init creates")
                .containsExactlyInAnyOrderElementsOf(Topics.ALL);
        soft.assertThat(configurationReads(GATEWAY)).as("the gateway's consumer group comes from YJ_GATEWAY_GROUP")
                .contains("YJ_GATEWAY_GROUP");
        soft.assertAll();
    }

    @Test
    void theGatewayForwardsWritesToTheServicesByTheirComposeNames() {
        Map<String, String> env = environment(GATEWAY);
        Properties gateway = applicationProperties(GATEWAY);
        SoftAssertions soft = new SoftAssertions();
        FORWARDING.forEach((variable, target) -> {
            String url = env.getOrDefault(variable, "(unset)");
            Matcher m = HTTP_URL.matcher(url);
            soft.assertThat(m.matches()).as("gateway %s '%s' is http://<service>:<port>", variable, url).isTrue();
            if (m.matches()) {
                soft.assertThat(m.group(1)).as("gateway %s host is the compose service", variable).isEqualTo(target);
                soft.assertThat(Integer.parseInt(m.group(2))).as("gateway %s port is where %s listens", variable, target)
                        .isEqualTo(configuredPort(target));
            }
            String property = gateway.stringPropertyNames().stream()
                    .filter(k -> gateway.getProperty(k).contains("${" + variable)).findFirst().orElse(null);
            soft.assertThat(property).as("gateway's application.properties reads ${%s} (expected like "
                    + "yj.gateway.inspection-url=${INSPECTION_URL:http://localhost:8081})", variable).isNotNull();
            if (property != null) {
                Matcher d = Pattern.compile("\\$\\{" + variable + ":http://localhost:(\\d+)").matcher(gateway.getProperty(property));
                if (d.find()) {
                    soft.assertThat(Integer.parseInt(d.group(1)))
                            .as("gateway %s's local default port is where %s listens", property, target)
                            .isEqualTo(configuredPort(target));
                }
            }
        });
        soft.assertAll();
    }

    // ---- reading the files ---------------------------------------------------------------------------------------

    static JsonNode service(String name) {
        JsonNode s = compose.path("services").path(name);
        assertThat(s.isObject()).as("docker-compose.yml has a service '%s'", name).isTrue();
        return s;
    }

    /** The service's environment as written (compose interpolation not applied). */
    static Map<String, String> rawEnvironment(String name) {
        JsonNode env = service(name).path("environment");
        Map<String, String> vars = new LinkedHashMap<>();
        if (env.isObject()) {
            env.fields().forEachRemaining(e -> vars.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        } else if (env.isArray()) {
            for (JsonNode item : env) {
                String s = item.asText();
                int eq = s.indexOf('=');
                vars.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            }
        }
        return vars;
    }

    /** The service's environment as compose passes it when no variable is set in the shell or .env. */
    static Map<String, String> environment(String name) {
        Map<String, String> vars = new LinkedHashMap<>();
        rawEnvironment(name).forEach((k, v) -> vars.put(k, interpolateDefaults(v)));
        return vars;
    }

    static String interpolateDefaults(String value) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?]([^}]*))?}").matcher(value);
        while (m.find()) {
            String replacement = m.group().equals("$$") ? "$" : m.group(2) == null ? "" : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Bind mounts of a service: container path → host path (relative to the repository root). */
    static Map<String, String> mounts(String name) {
        Map<String, String> mounts = new LinkedHashMap<>();
        for (JsonNode v : service(name).path("volumes")) {
            if (v.isTextual()) {
                String[] parts = v.asText().split(":");
                if (parts.length >= 2 && (parts[0].startsWith(".") || parts[0].startsWith("/"))) {
                    mounts.put(parts[1], parts[0]);
                }
            } else if ("bind".equals(text(v.path("type")))) {
                mounts.put(text(v.path("target")), text(v.path("source")));
            }
        }
        return mounts;
    }

    static List<String> databasesCreated() {
        return List.of(environment(POSTGRES).getOrDefault("YJ_DATABASES", "").trim().split("\\s+"));
    }

    /** host:port of each listener the broker advertises, e.g. kafka:9092; only those under its compose name. */
    static List<String> kafkaListeners() {
        List<String> listeners = new ArrayList<>();
        for (String l : environment(KAFKA).getOrDefault("KAFKA_ADVERTISED_LISTENERS", "").split(",")) {
            String hostPort = l.substring(l.indexOf("://") + 3);
            if (hostPort.startsWith(KAFKA + ":")) {
                listeners.add(hostPort);
            }
        }
        return listeners;
    }

    static String healthcheckCommand(JsonNode node) {
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(p -> parts.add(p.asText()));
            if (!parts.isEmpty() && parts.get(0).startsWith("CMD")) {
                parts.remove(0);
            }
            return interpolateDefaults(String.join(" ", parts));
        }
        return node.isMissingNode() || node.isNull() ? "" : interpolateDefaults(node.asText());
    }

    static int containerPort(JsonNode mapping) {
        if (mapping.isObject()) {
            return mapping.path("target").asInt();
        }
        String s = interpolateDefaults(mapping.asText());
        String target = s.substring(s.lastIndexOf(':') + 1);
        return Integer.parseInt(target.replace("/tcp", ""));
    }

    static List<Integer> exposed(List<String> dockerfile) {
        List<Integer> ports = new ArrayList<>();
        for (String line : dockerfile) {
            String[] words = line.trim().split("\\s+");
            if (words[0].equalsIgnoreCase("EXPOSE")) {
                for (int i = 1; i < words.length; i++) {
                    ports.add(Integer.parseInt(words[i].replace("/tcp", "")));
                }
            }
        }
        return ports;
    }

    /** The port in the module's application.properties: quarkus.http.port=${HTTP_PORT:NNNN}. */
    static int configuredPort(String module) {
        String value = applicationProperties(module).getProperty("quarkus.http.port", "(unset)");
        Matcher m = PORT_FROM_ENV.matcher(value);
        assertThat(m.matches()).as("%s's application.properties: quarkus.http.port=%s should be ${HTTP_PORT:<port>}",
                module, value).isTrue();
        return Integer.parseInt(m.group(1));
    }

    static Properties applicationProperties(String module) {
        return properties(root.resolve(module).resolve("src/main/resources/application.properties"));
    }

    /** Environment variables that the service's configuration (its own and service-kit's shared defaults) reads. */
    static Set<String> configurationReads(String module) {
        Set<String> names = new TreeSet<>();
        for (Properties p : List.of(sharedDefaults, applicationProperties(module))) {
            for (String k : p.stringPropertyNames()) {
                Matcher m = ENV_REFERENCE.matcher(p.getProperty(k));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** Variables read without a default by a property the prod profile uses, the module's value winning. */
    static Set<String> configurationRequires(String module) {
        Map<String, String> effective = new LinkedHashMap<>();
        for (Properties p : List.of(sharedDefaults, applicationProperties(module))) {
            for (String k : p.stringPropertyNames()) {
                if (!k.startsWith("%") || k.startsWith("%prod.")) {
                    effective.put(k.startsWith("%prod.") ? k.substring(6) : k, p.getProperty(k));
                }
            }
        }
        Set<String> names = new TreeSet<>();
        for (String value : effective.values()) {
            Matcher m = ENV_REFERENCE.matcher(value);
            while (m.find()) {
                if (m.group(2) == null) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    static Properties properties(Path file) {
        assertThat(file).as("configuration file").isRegularFile();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "" : node.asText();
    }

    static String majorMinor(String version) {
        String[] parts = version.split("[.-]");
        return parts.length < 2 ? version : parts[0] + "." + parts[1];
    }
}
