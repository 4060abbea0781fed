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
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka (KRaft, broker and controller in one) running in this JVM, from the {@code kafka_2.13}
 * jar the Quarkus BOM pins, so broker and clients are the same version. The storage directory is formatted only
 * when it has no {@code meta.properties}, so a kept directory survives restarts.
 *
 * <p>Plain by default. Given a {@link Security}, its one client listener speaks SASL_SSL only (TLS with a self-signed
 * certificate, SCRAM-SHA-512 with the user created when the storage is formatted), and the broker reaches itself
 * through that listener too. The KRaft controller listener stays PLAINTEXT on 127.0.0.1 at a port chosen at start:
 * it carries no produce or fetch, and a client that is not on this host cannot reach it.
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

    /** The secured listener's SASL mechanism. */
    public static final String MECHANISM = "SCRAM-SHA-512";

    private final Security security;

    public KafkaBroker(int port, Path dataDir) {
        this(port, dataDir, null, false);
    }

    /** A broker whose clients must speak SASL_SSL with {@code security}'s user and truststore; null: plain. */
    public KafkaBroker(int port, Path dataDir, Security security) {
        this(port, dataDir, security, false);
    }

    private KafkaBroker(int port, Path dataDir, Security security, boolean temporary) {
        super(port, dataDir, temporary);
        this.security = security;
    }

    /** Starts a broker on free ports with a fresh temporary directory, which {@link #close()} deletes. */
    public static KafkaBroker startTemporary() {
        return startTemporary(null);
    }

    /** As {@link #startTemporary()}, accepting only SASL_SSL clients with {@code security}'s user; null: plain. */
    public static KafkaBroker startTemporary(Security security) {
        try {
            KafkaBroker broker = new KafkaBroker(freePort(), Files.createTempDirectory("yj-kafka-"), security, true);
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
        String listener = security == null ? "PLAINTEXT" : "SASL_SSL";
        props.put("listeners", listener + "://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", listener + "://127.0.0.1:" + port);
        if (security != null) {
            props.putAll(security.brokerProperties());
        }
        props.put("log.dirs", dataDir.toString());
        Path config = dataDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "YJ Hub single-node KRaft broker");
        }
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            List<String> format = new ArrayList<>(List.of("format", "-t", Uuid.randomUuid().toString(), "-c",
                    config.toString()));
            if (security != null) {
                // the user exists from the first start: SCRAM credentials live in the metadata log
                format.addAll(List.of("--add-scram", MECHANISM + "=[name=" + security.username() + ",password="
                        + security.password() + "]"));
            }
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            StorageTool$.MODULE$.execute(format.toArray(String[]::new), new PrintStream(log, true));
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
        Map<String, Object> conf = clientProperties();
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

    /** What a client needs to reach this broker: the address and, for a secured one, its user and truststore. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> props = new HashMap<>();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        if (security != null) {
            props.putAll(security.clientProperties());
        }
        return props;
    }

    /**
     * Runs a broker in the foreground: {@code KafkaBroker PORT DATA_DIR [SECURITY_DIR]}, SASL_SSL only with the
     * {@link Security} kept in SECURITY_DIR when one is given; used by the local launcher.
     */
    public static void main(String[] args) throws Exception {
        Security security = args.length > 2 ? Security.load(Path.of(args[2])) : null;
        KafkaBroker broker = new KafkaBroker(Integer.parseInt(args[0]), Path.of(args[1]), security);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-shutdown"));
        broker.start();
        System.out.println("kafka ready on " + broker.bootstrapServers());
        Thread.currentThread().join();
    }

    /**
     * A secured broker's SCRAM user and TLS material, kept in a directory: a self-signed certificate for 127.0.0.1 and
     * localhost made with the JDK's {@code keytool} (the broker's keystore, the clients' truststore holding only that
     * certificate) and {@code security.properties} with the user and the passwords, readable by its owner only. The
     * passwords are random; none is put on a command line or printed.
     */
    public record Security(String username, String password, Path keystore, Path truststore, String storePassword) {

        private static final String FILE = "security.properties";
        private static final String ALPHANUMERIC = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

        /** The security kept in {@code dir}, made there first if there is none. */
        public static Security ensure(Path dir) {
            return Files.exists(dir.resolve(FILE)) ? load(dir) : create(dir);
        }

        /** A new user {@code yj} with a random password, and a new certificate, kept in {@code dir}. */
        public static Security create(Path dir) {
            try {
                Files.createDirectories(dir);
                Security s = new Security("yj", random(24), dir.resolve("broker.p12"), dir.resolve("truststore.p12"),
                        random(24));
                Path cert = dir.resolve("broker.pem");
                s.keytool("-genkeypair", "-alias", "broker", "-keyalg", "EC", "-groupname", "secp256r1",
                        "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "3650",
                        "-keystore", s.keystore.toString(), "-storetype", "PKCS12");
                s.keytool("-exportcert", "-alias", "broker", "-rfc", "-file", cert.toString(),
                        "-keystore", s.keystore.toString(), "-storetype", "PKCS12");
                s.keytool("-importcert", "-noprompt", "-alias", "broker", "-file", cert.toString(),
                        "-keystore", s.truststore.toString(), "-storetype", "PKCS12");
                Properties p = new Properties();
                p.setProperty("username", s.username);
                p.setProperty("password", s.password);
                p.setProperty("store.password", s.storePassword);
                Path file = dir.resolve(FILE);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                try (OutputStream out = Files.newOutputStream(file)) {
                    p.store(out, "SCRAM user and store passwords of the local secured Kafka broker");
                }
                return s;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the broker's TLS material in " + dir, e);
            }
        }

        /** The security {@link #create} kept in {@code dir}. */
        public static Security load(Path dir) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(dir.resolve(FILE))) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Security(p.getProperty("username"), p.getProperty("password"), dir.resolve("broker.p12"),
                    dir.resolve("truststore.p12"), p.getProperty("store.password"));
        }

        /** A client's settings: SASL_SSL, SCRAM-SHA-512 as this user, this truststore. */
        public Map<String, Object> clientProperties() {
            return clientProperties(password);
        }

        /** As {@link #clientProperties()}, signing in with {@code password} instead (tests of a wrong one). */
        public Map<String, Object> clientProperties(String password) {
            Map<String, Object> props = new HashMap<>();
            props.put("security.protocol", "SASL_SSL");
            props.put("sasl.mechanism", MECHANISM);
            props.put("sasl.jaas.config", jaas(username, password));
            props.put("ssl.truststore.location", truststore.toString());
            props.put("ssl.truststore.password", storePassword);
            props.put("ssl.truststore.type", "PKCS12");
            return props;
        }

        /** The environment a YJ Hub service reads these from (service-kit's yj.kafka.* settings). */
        public Map<String, String> serviceEnvironment() {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("YJ_KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
            env.put("YJ_KAFKA_SASL_MECHANISM", MECHANISM);
            env.put("YJ_KAFKA_SASL_USERNAME", username);
            env.put("YJ_KAFKA_SASL_PASSWORD", password);
            env.put("YJ_KAFKA_TRUSTSTORE_LOCATION", truststore.toString());
            env.put("YJ_KAFKA_TRUSTSTORE_PASSWORD", storePassword);
            env.put("YJ_KAFKA_TRUSTSTORE_TYPE", "PKCS12");
            return env;
        }

        /** The broker's settings: one SASL_SSL listener, also between brokers, with this keystore and user. */
        Map<String, String> brokerProperties() {
            Map<String, String> props = new LinkedHashMap<>();
            props.put("listener.security.protocol.map", "SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT");
            props.put("inter.broker.listener.name", "SASL_SSL");
            props.put("sasl.enabled.mechanisms", MECHANISM);
            props.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
            props.put("listener.name.sasl_ssl." + MECHANISM.toLowerCase() + ".sasl.jaas.config", jaas(username, password));
            props.put("ssl.keystore.location", keystore.toString());
            props.put("ssl.keystore.password", storePassword);
            props.put("ssl.keystore.type", "PKCS12");
            props.put("ssl.truststore.location", truststore.toString());
            props.put("ssl.truststore.password", storePassword);
            props.put("ssl.truststore.type", "PKCS12");
            props.put("ssl.client.auth", "none");
            return props;
        }

        private static String jaas(String username, String password) {
            return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + username
                    + "\" password=\"" + password + "\";";
        }

        /** Runs keytool with the store password from its environment, never on its command line. */
        private void keytool(String... args) throws IOException {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
            cmd.addAll(List.of(args));
            cmd.addAll(List.of("-storepass:env", "YJ_STORE_PASSWORD"));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("YJ_STORE_PASSWORD", storePassword);
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (p.waitFor() != 0) {
                    throw new IOException("keytool " + args[0] + " failed: " + output.strip());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while running keytool", e);
            }
        }

        private static String random(int length) {
            SecureRandom random = new SecureRandom();
            StringBuilder s = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                s.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
            }
            return s.toString();
        }

        /** Names the files, never the passwords. */
        @Override
        public String toString() {
            return "Security[user=" + username + ", truststore=" + truststore + "]";
        }
    }
}
