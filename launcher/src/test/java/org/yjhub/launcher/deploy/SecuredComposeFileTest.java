package org.yjhub.launcher.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yjhub.launcher.deploy.ComposeFileTest.Service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/kafka/compose.sasl-ssl.yml, the override that puts docker-compose.yml's Kafka behind TLS and SASL/SCRAM,
 * checked against the code without a Docker engine: the broker takes clients only over SASL_SSL, each service signs
 * in as a user of its own that exists from the storage's formatting, with settings its configuration reads
 * (service-kit's yj.kafka.*), and trusts a certificate kept out of git.
 */
class SecuredComposeFileTest {

    static final String FILE = "deploy/kafka/compose.sasl-ssl.yml";
    static final String KAFKA_FORMAT = "kafka-format";
    static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):\\?[^}]*}");

    static JsonNode override;

    @BeforeAll
    static void load() throws IOException {
        ComposeFileTest.load();
        Path file = ComposeFileTest.root.resolve(FILE);
        assertThat(file).isRegularFile();
        override = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    }

    static Stream<Service> services() {
        return ComposeFileTest.SERVICES.stream();
    }

    @ParameterizedTest
    @MethodSource("services")
    void signsInAsItsOwnUserOverSaslSslWithSettingsItsConfigurationReads(Service s) {
        Map<String, String> raw = environment(s.name());
        Map<String, String> env = new LinkedHashMap<>();
        raw.forEach((k, v) -> env.put(k, ComposeFileTest.interpolateDefaults(v)));
        SoftAssertions soft = new SoftAssertions();
        for (String v : env.keySet()) {
            soft.assertThat(ComposeFileTest.configurationReads(s.name()))
                    .as("%s: %s sets %s, which no ${%s} in the configuration reads", s, FILE, v, v).contains(v);
        }
        soft.assertThat(env.get("YJ_KAFKA_SECURITY_PROTOCOL")).as("%s: protocol", s).isEqualTo("SASL_SSL");
        soft.assertThat(env.get("YJ_KAFKA_SASL_MECHANISM")).as("%s: the mechanism the broker enables", s)
                .isEqualTo(broker().get("KAFKA_SASL_ENABLED_MECHANISMS"));
        soft.assertThat(env.get("YJ_KAFKA_SASL_USERNAME")).as("%s: a SCRAM user of its own, named as its database", s)
                .isEqualTo(s.database());
        soft.assertThat(requiredVariable(raw.get("YJ_KAFKA_SASL_PASSWORD")))
                .as("%s: the password from a variable with no default (${NAME:?...})", s)
                .isEqualTo(s.database().toUpperCase() + "_KAFKA_PASSWORD");
        soft.assertThat(requiredVariable(raw.get("YJ_KAFKA_TRUSTSTORE_PASSWORD"))).as("%s: truststore password", s)
                .isEqualTo("KAFKA_TRUSTSTORE_PASSWORD");
        String truststore = env.getOrDefault("YJ_KAFKA_TRUSTSTORE_LOCATION", "(unset)");
        String hostDir = mounts(s.name()).get(Path.of(truststore).getParent().toString());
        soft.assertThat(hostDir).as("%s: the folder of %s is mounted", s, truststore).isNotNull();
        if (hostDir != null) {
            soft.assertThat(hostDir).as("%s: the truststore comes from make-secrets.sh's folder", s)
                    .isEqualTo("./deploy/kafka/truststore");
            soft.assertThat(ComposeFileTest.root.resolve(hostDir).resolve(".gitignore")).as("kept out of git")
                    .content().contains("*");
        }
        soft.assertThat(ComposeFileTest.environment(s.name()).get("KAFKA_BOOTSTRAP_SERVERS"))
                .as("%s: docker-compose.yml's KAFKA_BOOTSTRAP_SERVERS is the broker's SASL_SSL listener", s)
                .isIn(advertised("SASL_SSL"));
        soft.assertAll();
    }

    @Test
    void theBrokerTakesClientsOnlyOverSaslSsl() {
        Map<String, String> env = broker();
        SoftAssertions soft = new SoftAssertions();
        Map<String, String> protocols = new LinkedHashMap<>();
        for (String entry : env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").split(",")) {
            protocols.put(entry.split(":")[0], entry.split(":")[1]);
        }
        for (String listener : env.get("KAFKA_LISTENERS").split(",")) {
            String name = listener.substring(0, listener.indexOf("://"));
            if (!name.equals(env.get("KAFKA_CONTROLLER_LISTENER_NAMES"))) {
                soft.assertThat(protocols.get(name)).as("listener %s", listener).isEqualTo("SASL_SSL");
            }
        }
        for (String listener : env.get("KAFKA_ADVERTISED_LISTENERS").split(",")) {
            soft.assertThat(protocols.get(listener.substring(0, listener.indexOf("://"))))
                    .as("advertised listener %s", listener).isEqualTo("SASL_SSL");
        }
        soft.assertThat(protocols.get(env.get("KAFKA_INTER_BROKER_LISTENER_NAME"))).as("between brokers")
                .isEqualTo("SASL_SSL");
        soft.assertThat(env.get("KAFKA_SASL_ENABLED_MECHANISMS")).isEqualTo("SCRAM-SHA-512");
        soft.assertThat(env.get("KAFKA_OPTS")).as("the broker's own login (the image requires a JAAS file)")
                .contains("java.security.auth.login.config=/etc/kafka/secrets/");
        soft.assertThat(mounts(ComposeFileTest.KAFKA)).as("the broker's secrets")
                .containsEntry("/etc/kafka/secrets", "./deploy/kafka/secrets");
        soft.assertThat(ComposeFileTest.healthcheckCommand(override.path("services").path(ComposeFileTest.KAFKA)
                .path("healthcheck").path("test"))).as("the health check signs in too")
                .contains("--command-config /etc/kafka/secrets/admin-client.properties");
        soft.assertThat(ComposeFileTest.root.resolve("deploy/kafka/secrets/.gitignore")).content().contains("*");
        soft.assertAll();
    }

    @Test
    void everyUserExistsFromTheStoragesFormattingBeforeTheBrokerStarts() throws IOException {
        String script = Files.readString(ComposeFileTest.root.resolve("deploy/kafka/format-storage.sh"));
        Matcher users = Pattern.compile("(?m)^users=\\(([^)]*)\\)").matcher(script);
        assertThat(users.find()).as("format-storage.sh lists its users in users=( ... )").isTrue();
        List<String> expected = new ArrayList<>(List.of("admin"));
        ComposeFileTest.SERVICES.forEach(s -> expected.add(s.database()));
        Map<String, String> format = new LinkedHashMap<>();
        override.path("services").path(KAFKA_FORMAT).path("environment").fields()
                .forEachRemaining(e -> format.put(e.getKey(), e.getValue().asText()));
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(List.of(users.group(1).trim().split("\\s+"))).containsExactlyInAnyOrderElementsOf(expected);
        soft.assertThat(script).contains("--add-scram", "SCRAM-SHA-512=");
        for (Service s : ComposeFileTest.SERVICES) {
            String variable = requiredVariable(environment(s.name()).get("YJ_KAFKA_SASL_PASSWORD"));
            soft.assertThat(requiredVariable(format.get(variable)))
                    .as("kafka-format creates %s's user with the password the service is given", s).isEqualTo(variable);
        }
        soft.assertThat(format.get("KAFKA_LOG_DIRS")).as("kafka-format formats the broker's log directory")
                .isEqualTo(broker().get("KAFKA_LOG_DIRS"));
        soft.assertThat(ComposeFileTest.text(override.path("services").path(KAFKA_FORMAT).path("volumes").path(0)))
                .isEqualTo("kafka-data:" + broker().get("KAFKA_LOG_DIRS"));
        soft.assertThat(ComposeFileTest.text(override.path("services").path(ComposeFileTest.KAFKA).path("depends_on")
                .path(KAFKA_FORMAT).path("condition"))).isEqualTo("service_completed_successfully");
        soft.assertAll();
    }

    @Test
    void kafkaInitCreatesTheTopicsWithTheAdminLogin() throws IOException {
        JsonNode init = override.path("services").path(ComposeFileTest.KAFKA_INIT);
        String config = ComposeFileTest.text(init.path("environment").path("KAFKA_COMMAND_CONFIG"));
        assertThat(config).startsWith("/etc/kafka/secrets/");
        assertThat(mounts(ComposeFileTest.KAFKA_INIT)).containsEntry("/etc/kafka/secrets", "./deploy/kafka/secrets");
        assertThat(Files.readString(ComposeFileTest.root.resolve("deploy/kafka/create-topics.sh")))
                .contains("--command-config \"$KAFKA_COMMAND_CONFIG\"");
        assertThat(Files.readString(ComposeFileTest.root.resolve("deploy/kafka/make-secrets.sh")))
                .contains("$secrets/" + Path.of(config).getFileName());
    }

    /** The broker's environment: docker-compose.yml's, with the override's on top. */
    static Map<String, String> broker() {
        Map<String, String> env = new LinkedHashMap<>(ComposeFileTest.environment(ComposeFileTest.KAFKA));
        environment(ComposeFileTest.KAFKA).forEach((k, v) -> env.put(k, ComposeFileTest.interpolateDefaults(v)));
        return env;
    }

    /** host:port of the broker's advertised listeners of this protocol name. */
    static List<String> advertised(String name) {
        List<String> listeners = new ArrayList<>();
        for (String l : broker().get("KAFKA_ADVERTISED_LISTENERS").split(",")) {
            if (l.startsWith(name + "://")) {
                listeners.add(l.substring(l.indexOf("://") + 3));
            }
        }
        return listeners;
    }

    /** A service's environment as the override writes it. */
    static Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        override.path("services").path(service).path("environment").fields()
                .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        return env;
    }

    /** The override's bind mounts of a service: container path → host path. */
    static Map<String, String> mounts(String service) {
        Map<String, String> mounts = new LinkedHashMap<>();
        for (JsonNode v : override.path("services").path(service).path("volumes")) {
            String[] parts = v.asText().split(":");
            if (parts.length >= 2 && parts[0].startsWith(".")) {
                mounts.put(parts[1], parts[0]);
            }
        }
        return mounts;
    }

    /** NAME of a value that is exactly ${NAME:?message}; null otherwise. */
    static String requiredVariable(String value) {
        Matcher m = REQUIRED_VARIABLE.matcher(value == null ? "" : value);
        return m.matches() ? m.group(1) : null;
    }
}
