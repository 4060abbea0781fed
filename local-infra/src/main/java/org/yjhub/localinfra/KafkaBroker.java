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
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
public final class KafkaBroker implements AutoCloseable {

    private final int port;
    private final Path dataDir;
    private final boolean temporary;
    private KafkaRaftServer server;

    public KafkaBroker(int port, Path dataDir) {
        this(port, dataDir, false);
    }

    private KafkaBroker(int port, Path dataDir, boolean temporary) {
        this.port = port;
        this.dataDir = dataDir;
        this.temporary = temporary;
    }

    /** Starts a broker on free ports with a fresh temporary directory, which {@link #close()} deletes. */
    public static KafkaBroker startTemporary() {
        try {
            KafkaBroker broker = new KafkaBroker(FreePorts.find(), Files.createTempDirectory("yj-kafka-"), true);
            broker.start();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void start() {
        try {
            int controllerPort = FreePorts.find();
            Files.createDirectories(dataDir);
            Properties props = new Properties();
            props.put("process.roles", "broker,controller");
            props.put("node.id", "1");
            props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
            props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
            props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
            props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            props.put("controller.listener.names", "CONTROLLER");
            props.put("inter.broker.listener.name", "PLAINTEXT");
            props.put("log.dirs", dataDir.toString());
            props.put("num.partitions", "3");
            props.put("offsets.topic.replication.factor", "1");
            props.put("offsets.topic.num.partitions", "5");
            props.put("transaction.state.log.replication.factor", "1");
            props.put("transaction.state.log.min.isr", "1");
            props.put("share.coordinator.state.topic.replication.factor", "1");
            props.put("share.coordinator.state.topic.min.isr", "1");
            props.put("default.replication.factor", "1");
            props.put("min.insync.replicas", "1");
            props.put("group.initial.rebalance.delay.ms", "0");
            props.put("auto.create.topics.enable", "true");
            props.put("log.flush.interval.messages", "1");
            Path config = dataDir.resolve("server.properties");
            try (OutputStream out = Files.newOutputStream(config)) {
                props.store(out, "YJ Hub single-node KRaft broker");
            }
            if (!Files.exists(dataDir.resolve("meta.properties"))) {
                ByteArrayOutputStream log = new ByteArrayOutputStream();
                StorageTool$.MODULE$.execute(new String[]{"format", "-t", Uuid.randomUuid().toString(), "-c",
                        config.toString()}, new PrintStream(log, true));
            }
            server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
            server.startup();
            awaitReady();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    public int port() {
        return port;
    }

    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public synchronized boolean running() {
        return server != null;
    }

    @Override
    public void close() {
        stop();
        if (temporary) {
            TempDirs.delete(dataDir);
        }
    }

    /** Runs a broker in the foreground: {@code KafkaBroker PORT DATA_DIR}; used by the local launcher. */
    public static void main(String[] args) throws Exception {
        KafkaBroker broker = new KafkaBroker(Integer.parseInt(args[0]), Path.of(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-shutdown"));
        broker.start();
        System.out.println("kafka ready on " + broker.bootstrapServers());
        Thread.currentThread().join();
    }

    static final class FreePorts {
        static int find() throws IOException {
            try (ServerSocket s = new ServerSocket(0)) {
                s.setReuseAddress(true);
                return s.getLocalPort();
            }
        }
    }
}
