package org.yjhub.localinfra;

import kafka.tools.StorageTool$;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * One node of a {@link KafkaCluster}: a broker and a controller in one, run by {@code kafka.Kafka} in a JVM of its
 * own, so that it can be killed as abruptly as a crashed machine's (SIGKILL: no controlled shutdown, no flush). Its
 * ports and directory are fixed when it is made, so a restart comes back as the same node with the same data.
 */
final class KafkaNode {

    private final int id;
    private final int port;
    private final int controllerPort;
    private final Path dir;
    private final Path log;
    private Process process;

    KafkaNode(int id, int port, int controllerPort, Path dir, Path log) {
        this.id = id;
        this.port = port;
        this.controllerPort = controllerPort;
        this.dir = dir;
        this.log = log;
    }

    int id() {
        return id;
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    /** This node's entry in {@code controller.quorum.voters}. */
    String voter() {
        return id + "@127.0.0.1:" + controllerPort;
    }

    /**
     * Writes the node's configuration, formats its storage when it has none yet (a kept directory keeps its cluster
     * id) and starts its JVM; returns at once.
     */
    synchronized void start(Properties clusterSettings, String voters, String clusterId) {
        if (alive()) {
            return;
        }
        try {
            Path data = dir.resolve("data");
            Files.createDirectories(data);
            Files.createDirectories(log.getParent());
            Properties props = new Properties();
            props.putAll(clusterSettings);
            props.put("node.id", String.valueOf(id));
            props.put("controller.quorum.voters", voters);
            props.put("listeners", "PLAINTEXT://" + address() + ",CONTROLLER://127.0.0.1:" + controllerPort);
            props.put("advertised.listeners", "PLAINTEXT://" + address());
            props.put("log.dirs", data.toString());
            Path config = dir.resolve("server.properties");
            try (OutputStream out = Files.newOutputStream(config)) {
                props.store(out, "YJ Hub Kafka cluster node " + id);
            }
            if (!Files.exists(data.resolve("meta.properties"))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                StorageTool$.MODULE$.execute(new String[]{"format", "-t", clusterId, "-c", config.toString()},
                        new PrintStream(out, true));
            }
            Files.writeString(log, "---- " + Instant.now() + " starting node " + id + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = new ProcessBuilder(command(config)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Kafka node " + id, e);
        }
    }

    /** {@code kafka.Kafka} on this JVM's class path, which holds the Kafka jars of the BOM (and an SLF4J provider, if any). */
    private static List<String> command(Path config) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:+UseSerialGC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.showDateTime=true", "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS",
                "-cp", System.getProperty("java.class.path"), "kafka.Kafka", config.toString());
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: the node stops at once, as in a crash; returns once the process is gone. */
    synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            await(process, 30);
            process = null;
        }
    }

    /** Asks the node to shut down (SIGTERM) without waiting. */
    synchronized void requestStop() {
        if (process != null) {
            process.destroy();
        }
    }

    /** Waits up to {@code seconds} for a stop asked by {@link #requestStop}, then kills the node. */
    synchronized void awaitStop(long seconds) {
        if (process != null) {
            if (!await(process, seconds)) {
                process.destroyForcibly();
                await(process, 30);
            }
            process = null;
        }
    }

    private static boolean await(Process p, long seconds) {
        try {
            return p.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return false;
        }
    }
}
