package org.yjhub.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.yjhub.common.events.Topics;
import org.yjhub.localinfra.KafkaBroker;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The local broker: local-infra's {@link KafkaBroker} in a JVM of its own, and the topics the services expect on it. */
final class LocalKafka {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    /** What docker-compose's kafka-init gives the topics (deploy/kafka/create-topics.sh): every event kept. */
    private static final Map<String, String> TOPIC_CONFIGS = Map.of("cleanup.policy", "delete", "retention.ms", "-1",
            "retention.bytes", "-1");

    private LocalKafka() {
    }

    /**
     * Starts the broker, waits until it says it is ready and creates the topics. The process is the stack's as soon as
     * it starts, so that a failed start is stopped with the rest.
     */
    static void start(ComponentProcesses processes, int port, Path dataDir, Path securityDir) {
        long logStart = processes.logSize(Component.KAFKA);
        Process p = processes.start(Component.KAFKA, command(port, dataDir, securityDir), Map.of());
        awaitReady(p, processes, logStart);
        Map<String, Object> client = new HashMap<>();
        if (securityDir != null) {
            client.putAll(KafkaBroker.Security.load(securityDir).clientProperties());
        }
        client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port);
        createTopics(client, "see " + processes.log(Component.KAFKA));
    }

    /** Creates the topics on a broker or cluster the stack did not start ({@link Stack#useKafka}). */
    static void createTopics(String bootstrapServers) {
        createTopics(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                "the stack uses this Kafka and did not start it");
    }

    /** The broker's command line: this JVM's class path, which holds local-infra and the Kafka jars. */
    private static List<String> command(int port, Path dataDir, Path securityDir) {
        List<String> cmd = new ArrayList<>(List.of(ServiceJvm.java(), "-Xmx512m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                KafkaBroker.class.getName(), String.valueOf(port), dataDir.toString()));
        if (securityDir != null) {
            cmd.add(securityDir.toString());
        }
        return cmd;
    }

    /** Waits for the line KafkaBroker's main prints once the broker answers. */
    private static void awaitReady(Process p, ComponentProcesses processes, long logStart) {
        Path log = processes.log(Component.KAFKA);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!processes.logFrom(Component.KAFKA, logStart).contains("kafka ready")) {
            if (!p.isAlive()) {
                throw new UsageException("kafka exited during start-up; last lines of " + log + ":\n"
                        + processes.logTail(Component.KAFKA, 30));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new UsageException("kafka not ready after " + START_TIMEOUT.toSeconds() + " s; see " + log);
            }
            try {
                p.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
        }
    }

    /**
     * Creates the three topics before any service starts, or brings an existing one's settings up to date, as
     * docker-compose's kafka-init does. Left to the broker's auto-creation on the first event, a topic kept events for
     * the broker's default 7 days only, while the gateway's read model is rebuilt by replaying the topics from the
     * start. The partitions and replicas are the broker's defaults.
     */
    private static void createTopics(Map<String, Object> client, String hint) {
        try (Admin admin = Admin.create(client)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.ALL.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, Optional.empty(), Optional.empty()).configs(TOPIC_CONFIGS)).toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            Map<ConfigResource, Collection<AlterConfigOp>> updates = new LinkedHashMap<>();
            for (String topic : Topics.ALL) {
                if (existing.contains(topic)) {
                    updates.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), TOPIC_CONFIGS.entrySet().stream()
                            .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                            .toList());
                }
            }
            admin.incrementalAlterConfigs(updates).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new UsageException("could not create the topics on " + client.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG) + ": " + e.getMessage()
                    + "; " + hint);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted while creating the topics");
        }
    }
}
