package org.yjhub.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.yjhub.common.events.Topics;
import org.yjhub.localinfra.Postgres;
import org.yjhub.localinfra.TempDirs;
import org.yjhub.localinfra.jwt.DevKeys;
import org.yjhub.localinfra.jwt.Tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The local stack: PostgreSQL (in this JVM's care, data kept under the data directory), a Kafka broker and the four
 * packaged services as child processes. Used by {@code ./yj run} and by the whole-stack integration tests.
 */
public final class Stack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final Path home;
    private final Path dataDir;
    private final Ports ports;
    private final boolean keepData;
    private final Path logs;
    private final DevKeys keys;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<Component, Process> processes = new EnumMap<>(Component.class);
    private Postgres postgres;

    /**
     * @param home     the repository root (where the modules' target folders are)
     * @param dataDir  where PostgreSQL and Kafka keep their data, and where logs go
     * @param keepData false for throwaway stacks (tests)
     */
    public Stack(Path home, Path dataDir, Ports ports, boolean keepData, DevKeys keys) {
        this.home = home.toAbsolutePath();
        this.dataDir = dataDir.toAbsolutePath();
        this.ports = ports;
        this.keepData = keepData;
        this.logs = this.dataDir.resolve("logs");
        this.keys = keys.ensure();
    }

    public Ports ports() {
        return ports;
    }

    public Path logs() {
        return logs;
    }

    public Tokens tokens() {
        return new Tokens(keys, Tokens.DEV_ISSUER);
    }

    /** Fails with a clear message when something needed is missing or a port is taken. */
    public void preflight() {
        for (Component c : Component.SERVICES) {
            if (!Files.exists(runJar(c))) {
                throw new UsageException(c.id() + " is not built (" + home.relativize(runJar(c))
                        + " is missing); run ./mvnw -B -DskipTests install");
            }
        }
        List<String> taken = new ArrayList<>();
        for (Component c : Component.values()) {
            if (Ports.inUse(ports.of(c))) {
                taken.add(c.id() + " " + ports.of(c));
            }
        }
        if (Ports.inUse(ports.control())) {
            taken.add("control " + ports.control());
        }
        if (!taken.isEmpty()) {
            throw new UsageException("port already taken: " + String.join(", ", taken)
                    + " (is another ./yj run, a PostgreSQL or a Kafka already running? ./yj status tells)");
        }
    }

    public void startAll() {
        for (Component c : Component.values()) {
            start(c);
        }
        awaitReady(Component.SERVICES);
    }

    public synchronized void start(Component c) {
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        switch (c) {
            case POSTGRES -> startPostgres();
            case KAFKA -> startKafka();
            default -> startService(c);
        }
    }

    public synchronized void stop(Component c) {
        if (c == Component.POSTGRES) {
            if (postgres != null) {
                postgres.stop();
                postgres = null;
            }
            return;
        }
        Process p = processes.remove(c);
        if (p != null && p.isAlive()) {
            p.destroy();
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }

    /** The process id of a running component other than PostgreSQL (which this JVM runs as its child). */
    public synchronized long pid(Component c) {
        Process p = processes.get(c);
        if (p == null) {
            throw new IllegalStateException(c.id() + " is not running");
        }
        return p.pid();
    }

    public synchronized boolean running(Component c) {
        if (c == Component.POSTGRES) {
            return postgres != null && postgres.running();
        }
        Process p = processes.get(c);
        return p != null && p.isAlive();
    }

    /**
     * Stops everything, services first. A throwaway stack (tests, the benchmark) then deletes its data, keeping only
     * the components' logs.
     */
    @Override
    public void close() {
        List<Component> order = new ArrayList<>(List.of(Component.values()));
        java.util.Collections.reverse(order);
        for (Component c : order) {
            try {
                stop(c);
            } catch (RuntimeException e) {
                System.err.println("stopping " + c.id() + ": " + e.getMessage());
            }
        }
        if (!keepData) {
            try (Stream<Path> children = Files.list(dataDir)) {
                children.filter(p -> !p.equals(logs)).forEach(TempDirs::delete);
            } catch (IOException | RuntimeException e) {
                System.err.println("deleting " + dataDir + ": " + e.getMessage());
            }
        }
    }

    public String url(Component c) {
        return "http://127.0.0.1:" + ports.of(c);
    }

    /** Component → "UP", "DOWN" (running but not ready), or "STOPPED". */
    public Map<String, String> status() {
        Map<String, String> status = new LinkedHashMap<>();
        for (Component c : Component.values()) {
            String s;
            if (!running(c)) {
                s = "STOPPED";
            } else if (c.isService()) {
                s = ready(c) ? "UP" : "DOWN";
            } else {
                s = Ports.inUse(ports.of(c)) ? "UP" : "DOWN";
            }
            status.put(c.id(), s + " " + (c.isService() ? url(c) : "127.0.0.1:" + ports.of(c)));
        }
        return status;
    }

    public void awaitReady(List<Component> services) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        for (Component c : services) {
            while (!ready(c)) {
                Process p = processes.get(c);
                if (p == null || !p.isAlive()) {
                    throw new UsageException(c.id() + " exited during start-up; last lines of " + log(c) + ":\n" + tail(log(c), 30));
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new UsageException(c.id() + " not ready after " + READY_TIMEOUT.toSeconds() + " s; see " + log(c));
                }
                sleep(250);
            }
        }
    }

    public boolean ready(Component c) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(c) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void startPostgres() {
        if (postgres != null) {
            return;
        }
        Postgres pg = new Postgres(ports.postgres(), dataDir.resolve("postgres"), keepData);
        pg.start();
        for (Component c : Component.SERVICES) {
            pg.createDatabase(c.database());
        }
        postgres = pg;
    }

    private void startKafka() {
        if (running(Component.KAFKA)) {
            return;
        }
        List<String> cmd = List.of(java(), "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), "org.yjhub.localinfra.KafkaBroker",
                String.valueOf(ports.kafka()), dataDir.resolve("kafka").toString());
        long logStart = size(log(Component.KAFKA));
        Process p = launch(Component.KAFKA, cmd, Map.of());
        processes.put(Component.KAFKA, p);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!readFrom(log(Component.KAFKA), logStart).contains("kafka ready")) {
            if (!p.isAlive()) {
                throw new UsageException("kafka exited during start-up; last lines of " + log(Component.KAFKA) + ":\n"
                        + tail(log(Component.KAFKA), 30));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new UsageException("kafka not ready after 90 s; see " + log(Component.KAFKA));
            }
            sleep(200);
        }
        createTopics();
    }

    /** What docker-compose's kafka-init gives the topics (deploy/kafka/create-topics.sh): every event kept. */
    private static final Map<String, String> TOPIC_CONFIGS = Map.of("cleanup.policy", "delete", "retention.ms", "-1",
            "retention.bytes", "-1");

    /**
     * Creates the three topics before any service starts, or brings an existing one's settings up to date, as
     * docker-compose's kafka-init does. Left to the broker's auto-creation on the first event, a topic kept events for
     * the broker's default 7 days only, while the gateway's read model is rebuilt by replaying the topics from the
     * start. The partitions are the local broker's default number.
     */
    private void createTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + ports.kafka()))) {
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
            throw new UsageException("could not create the topics on the local broker: " + e.getMessage()
                    + "; see " + log(Component.KAFKA));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted while creating the topics");
        }
    }

    private void startService(Component c) {
        if (running(c)) {
            return;
        }
        processes.put(c, launch(c, serviceCommand(runJar(c)), serviceEnv(c, ports.of(c))));
    }

    /**
     * The command line every service (and the benchmark's baseline app) runs with. The young generation is fixed at
     * 48 MB: by default it is a third of the whole heap, committed at start (103 MB of eden), and a service touches all
     * of it before its first collection, so the gateway started 60 MB heavier than its live data needs.
     */
    public static List<String> serviceCommand(Path runJar) {
        return List.of(java(), "-Xmx384m", "-Xmn48m", "-XX:+UseSerialGC", "-jar", runJar.toString());
    }

    /**
     * The environment every service (and the benchmark's baseline app) starts with, before its own settings. glibc
     * gives each thread that allocates natively an arena of its own, up to 8 per core; two are plenty for a JVM, whose
     * objects live in its own heap, and keep the gateway (the process with the most threads) about 4 MB smaller.
     */
    public static Map<String, String> jvmEnv(int httpPort) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("HTTP_PORT", String.valueOf(httpPort));
        return env;
    }

    /** The environment a service gets: its own database, the broker, the JWT key, the other services' URLs. */
    public Map<String, String> serviceEnv(Component c, int httpPort) {
        Map<String, String> env = jvmEnv(httpPort);
        env.put("YJ_DB_URL", "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + c.database());
        env.put("YJ_DB_USER", Postgres.USER);
        env.put("YJ_DB_PASSWORD", Postgres.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + ports.kafka());
        env.put("YJ_JWT_PUBLIC_KEY_LOCATION", keys.publicKey().toUri().toString());
        env.put("YJ_JWT_ISSUER", Tokens.DEV_ISSUER);
        env.put("INSPECTION_URL", url(Component.INSPECTION));
        env.put("PERFORMANCE_URL", url(Component.PERFORMANCE));
        env.put("BUDGET_URL", url(Component.BUDGET));
        return env;
    }

    private Process launch(Component c, List<String> cmd, Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(c).toFile()));
        pb.environment().putAll(env);
        try {
            Files.writeString(log(c), "---- " + Instant.now() + " starting " + c.id() + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            return pb.start();
        } catch (IOException e) {
            throw new UsageException("cannot start " + c.id() + ": " + e.getMessage());
        }
    }

    public Path log(Component c) {
        return logs.resolve(c.id() + ".log");
    }

    public Path home() {
        return home;
    }

    public String jdbcUrl(Component c) {
        return "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + c.database();
    }

    public Path runJar(Component c) {
        return home.resolve(c.id()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String readFrom(Path file, long offset) {
        try (var in = Files.newInputStream(file)) {
            in.skipNBytes(offset);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "";
            }
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ")";
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
