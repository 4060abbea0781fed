package org.yjhub.localinfra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool$;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka (KRaft, broker and controller in one) running in this JVM, from the {@code kafka_2.13}
 * jar the Quarkus BOM pins, so broker and clients are the same version. The storage directory is formatted only
 * when it has no {@code meta.properties}, so a kept directory survives restarts.
 */
public final class KafkaBroker extends LocalServer<KafkaRaftServer> {

    /** The broker's settings besides its ports and directory: one node, everything replicated once, topics on demand. */
    private static final String SETTINGS = """
            process.roles=broker,controller
            node.id=1
            listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
            controller.listener.names=CONTROLLER
            inter.broker.listener.name=PLAINTEXT
            num.partitions=3
            offsets.topic.replication.factor=1
            offsets.topic.num.partitions=5
            transaction.state.log.replication.factor=1
            transaction.state.log.min.isr=1
            share.coordinator.state.topic.replication.factor=1
            share.coordinator.state.topic.min.isr=1
            default.replication.factor=1
            min.insync.replicas=1
            group.initial.rebalance.delay.ms=0
            auto.create.topics.enable=true
            log.flush.interval.messages=1
            """;

    public KafkaBroker(int port, Path dataDir) {
        super(port, dataDir, false);
    }

    private KafkaBroker(int port, Path dataDir, boolean temporary) {
        super(port, dataDir, temporary);
    }

    /** Starts a broker on free ports with a fresh temporary directory, which {@link #close()} deletes. */
    public static KafkaBroker startTemporary() {
        try {
            KafkaBroker broker = new KafkaBroker(freePort(), Files.createTempDirectory("yj-kafka-"), true);
            broker.start();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected KafkaRaftServer launch() throws IOException {
        int controllerPort = freePort();
        Files.createDirectories(dataDir);
        Properties props = new Properties();
        props.load(new StringReader(SETTINGS));
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("log.dirs", dataDir.toString());
        Path config = dataDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "YJ Hub single-node KRaft broker");
        }
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            StorageTool$.MODULE$.execute(new String[]{"format", "-t", Uuid.randomUuid().toString(), "-c",
                    config.toString()}, new PrintStream(log, true));
        }
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        server.startup();
        awaitReady();
        return server;
    }

    @Override
    protected void halt(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }

    private void awaitReady() {
        Map<String, Object> conf = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Admin admin = Admin.create(conf)) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Kafka broker did not become ready", e);
                    }
                }
            }
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Runs a broker in the foreground: {@code KafkaBroker PORT DATA_DIR}; used by the local launcher. */
    public static void main(String[] args) throws Exception {
        KafkaBroker broker = new KafkaBroker(Integer.parseInt(args[0]), Path.of(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-shutdown"));
        broker.start();
        System.out.println("kafka ready on " + broker.bootstrapServers());
        Thread.currentThread().join();
    }
}
