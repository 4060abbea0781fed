package org.yjhub.kit.kafka;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.security.JaasContext;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.junit.jupiter.api.Test;

import javax.security.auth.login.AppConfigurationEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaSecurityTest {

    private static KafkaSecurity secured(String username, String password) {
        return new KafkaSecurity(SecurityProtocol.SASL_SSL, "SCRAM-SHA-512", Optional.of(username),
                Optional.of(password), Optional.of("/etc/yj/kafka-truststore.p12"), Optional.of("trust-pw"), "PKCS12");
    }

    @Test
    void plainByDefaultSetsOnlyTheProtocol() {
        assertThat(KafkaSecurity.plaintext().properties()).containsExactly(Map.entry("security.protocol", "PLAINTEXT"));
    }

    @Test
    void saslSslGivesTlsWithTheTruststoreAndAScramLogin() {
        Map<String, Object> props = secured("yj-performance", "s3cret").properties();

        assertThat(props).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/etc/yj/kafka-truststore.p12")
                .containsEntry("ssl.truststore.password", "trust-pw")
                .containsEntry("ssl.truststore.type", "PKCS12");
        AppConfigurationEntry login = login(props);
        assertThat(login.getLoginModuleName()).isEqualTo("org.apache.kafka.common.security.scram.ScramLoginModule");
        assertThat(new HashMap<String, Object>(login.getOptions())).containsEntry("username", "yj-performance").containsEntry("password", "s3cret");
    }

    @Test
    void aPasswordWithQuotesAndBackslashesReachesTheLoginModuleUnchanged() {
        String password = "a\"b\\c d;e=f'";

        AppConfigurationEntry login = login(secured("yj-gateway", password).properties());

        assertThat(new HashMap<String, Object>(login.getOptions())).containsEntry("password", password).containsEntry("username", "yj-gateway");
    }

    @Test
    void withoutATruststoreTheJvmsOwnCasAreTrusted() {
        KafkaSecurity s = new KafkaSecurity(SecurityProtocol.SASL_SSL, "SCRAM-SHA-256", Optional.of("u"),
                Optional.of("p"), Optional.empty(), Optional.empty(), "PKCS12");

        assertThat(s.properties()).containsEntry("sasl.mechanism", "SCRAM-SHA-256")
                .doesNotContainKeys("ssl.truststore.location", "ssl.truststore.password", "ssl.truststore.type");
    }

    @Test
    void saslWithoutCredentialsIsRefusedNamingBothSettings() {
        KafkaSecurity s = new KafkaSecurity(SecurityProtocol.SASL_SSL, "SCRAM-SHA-512", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), "PKCS12");

        assertThatThrownBy(s::properties).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YJ_KAFKA_SASL_USERNAME").hasMessageContaining("YJ_KAFKA_SASL_PASSWORD");
    }

    @Test
    void credentialsOrATruststoreWithThePlainProtocolAreRefusedRatherThanIgnored() {
        KafkaSecurity credentials = new KafkaSecurity(SecurityProtocol.PLAINTEXT, "SCRAM-SHA-512", Optional.of("u"),
                Optional.of("p"), Optional.empty(), Optional.empty(), "PKCS12");
        KafkaSecurity truststore = new KafkaSecurity(SecurityProtocol.SASL_PLAINTEXT, "SCRAM-SHA-512", Optional.of("u"),
                Optional.of("p"), Optional.of("/t.p12"), Optional.empty(), "PKCS12");

        assertThatThrownBy(credentials::properties).hasMessageContaining("YJ_KAFKA_SECURITY_PROTOCOL=SASL_SSL");
        assertThatThrownBy(truststore::properties).hasMessageContaining("has no TLS");
    }

    @Test
    void aMechanismOtherThanScramIsRefused() {
        KafkaSecurity plain = new KafkaSecurity(SecurityProtocol.SASL_SSL, "PLAIN", Optional.of("u"), Optional.of("p"),
                Optional.empty(), Optional.empty(), "PKCS12");

        assertThatThrownBy(plain::properties).hasMessageContaining("SCRAM-SHA-256, SCRAM-SHA-512");
    }

    @Test
    void neitherTheSettingsNorTheirErrorsShowAPassword() {
        KafkaSecurity s = secured("yj-budget", "hunter2-secret");
        KafkaSecurity noUser = new KafkaSecurity(SecurityProtocol.SASL_SSL, "SCRAM-SHA-512", Optional.empty(),
                Optional.of("hunter2-secret"), Optional.empty(), Optional.empty(), "PKCS12");

        assertThat(s.toString()).contains("yj-budget", "SASL_SSL").doesNotContain("hunter2-secret");
        assertThatThrownBy(noUser::properties).message().doesNotContain("hunter2-secret");
        // Kafka logs every client's configuration at start-up, hiding only the values of its PASSWORD settings
        Map<String, Object> props = new HashMap<>(s.properties());
        props.put("bootstrap.servers", "kafka:9093");
        assertThat(new AdminClientConfig(props).values().toString()).contains("SASL_SSL", "/etc/yj/kafka-truststore.p12")
                .doesNotContain("hunter2-secret").doesNotContain("trust-pw");
    }

    /** The login Kafka's own JAAS parser reads from the client properties. */
    private static AppConfigurationEntry login(Map<String, Object> props) {
        Map<String, Object> client = new HashMap<>(props);
        client.put("bootstrap.servers", "kafka:9093");
        List<AppConfigurationEntry> entries = JaasContext.loadClientContext(new AdminClientConfig(client).values())
                .configurationEntries();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }
}
