package org.yjhub.launcher;

import org.yjhub.localinfra.KafkaBroker;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
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
    private final ComponentProcesses processes;
    private final DevKeys keys;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Postgres postgres;

    /** The services listen here unless told otherwise: health, metrics and the API stay off the local network. */
    public static final String LOOPBACK = "127.0.0.1";

    private final Map<Component, Map<String, String>> extraEnv = new java.util.EnumMap<>(Component.class);
    private volatile String listen = LOOPBACK;
    /** Where a secured broker's user and certificate are kept ({@link #secureKafka()}); null: plain Kafka. */
    private Path kafkaSecurity;
    /** A Kafka the stack uses instead of starting its own broker; null for its own. */
    private volatile String externalKafka;

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
        this.processes = new ComponentProcesses(this.home, this.dataDir.resolve("logs"));
        this.keys = keys.ensure();
    }

    public Ports ports() {
        return ports;
    }

    public Path logs() {
        return processes.logs();
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
            Files.createDirectories(processes.logs());
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
        processes.stop(c);
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
        return processes.alive(c);
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
                children.filter(p -> !p.equals(processes.logs())).forEach(TempDirs::delete);
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
                    throw new UsageException(c.id() + " exited during start-up; last lines of " + log(c) + ":\n" + processes.logTail(c, 30));
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new UsageException(c.id() + " not ready after " + READY_TIMEOUT.toSeconds() + " s; see " + log(c));
                }
                LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
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
        if (externalKafka != null) {
            LocalKafka.createTopics(externalKafka);
            return;
        }
        if (running(Component.KAFKA)) {
            return;
        }
        LocalKafka.start(processes, ports.kafka(), dataDir.resolve("kafka"), kafkaSecurity);
    }

    private void startService(Component c) {
        if (running(c)) {
            return;
        }
        processes.start(c, ServiceJvm.command(runJar(c)), serviceEnv(c, ports.of(c)));
    }

    /** The address the four services listen on (./yj run --listen): 127.0.0.1 unless told otherwise. */
    public void listenOn(String address) {
        this.listen = address;
    }

    /**
     * Uses the Kafka at {@code bootstrapServers} (a comma-separated list, e.g. every node of a cluster) instead of
     * starting a broker: starting the stack's Kafka only creates the topics there; stopping it does nothing.
     */
    public void useKafka(String bootstrapServers) {
        this.externalKafka = bootstrapServers;
    }

    /** Adds to a service's environment (before it starts), e.g. the dashboard's identity provider for the gateway. */
    public synchronized void putEnv(Component c, String name, String value) {
        extraEnv.computeIfAbsent(c, k -> new java.util.LinkedHashMap<>()).put(name, value);
    }

    /**
     * Kafka over SASL_SSL only (before the stack starts): the broker gets a self-signed certificate and a SCRAM user,
     * kept under the data directory, and the services the settings to use them (YJ_KAFKA_*).
     */
    public synchronized KafkaBroker.Security secureKafka() {
        kafkaSecurity = dataDir.resolve("kafka-security");
        KafkaBroker.Security security = KafkaBroker.Security.ensure(kafkaSecurity);
        for (Component c : Component.SERVICES) {
            security.serviceEnvironment().forEach((name, value) -> putEnv(c, name, value));
        }
        return security;
    }

    /** Rate limits off, for the bench and the whole-stack tests (one token, bursts); ./yj run keeps them on. */
    public void withoutRateLimits() {
        for (Component c : Component.SERVICES) {
            putEnv(c, "YJ_RATE_LIMIT_ENABLED", "false");
        }
    }

    /** The environment a service gets: its own database, the broker, the JWT key, the other services' URLs. */
    public Map<String, String> serviceEnv(Component c, int httpPort) {
        Map<String, String> env = ServiceJvm.env(httpPort);
        env.put("YJ_DB_URL", jdbcUrl(c));
        env.put("YJ_DB_USER", Postgres.USER);
        env.put("YJ_DB_PASSWORD", Postgres.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", externalKafka != null ? externalKafka : "127.0.0.1:" + ports.kafka());
        env.put("YJ_JWT_PUBLIC_KEY_LOCATION", keys.publicKey().toUri().toString());
        env.put("YJ_JWT_ISSUER", Tokens.DEV_ISSUER);
        env.put("YJ_JWT_AUDIENCE", Tokens.DEV_AUDIENCE);
        env.put("INSPECTION_URL", url(Component.INSPECTION));
        env.put("PERFORMANCE_URL", url(Component.PERFORMANCE));
        env.put("BUDGET_URL", url(Component.BUDGET));
        env.put("QUARKUS_HTTP_HOST", listen);
        env.putAll(extraEnv.getOrDefault(c, Map.of()));
        return env;
    }

    public Path log(Component c) {
        return processes.log(c);
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
}
