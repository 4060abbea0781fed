package org.yjhub.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The stack's child processes, at most one per component, each appending its output to its own log file. Not
 * thread-safe: {@link Stack} calls it under its own lock.
 */
final class ComponentProcesses {

    private final Path workDir;
    private final Path logs;
    private final Map<Component, Process> processes = new EnumMap<>(Component.class);

    /**
     * @param workDir where the processes run (the repository root)
     * @param logs    the directory of the log files
     */
    ComponentProcesses(Path workDir, Path logs) {
        this.workDir = workDir;
        this.logs = logs;
    }

    Path logs() {
        return logs;
    }

    Path log(Component c) {
        return logs.resolve(c.id() + ".log");
    }

    /** Starts the component's process, its output appended to its log after a header line. */
    Process start(Component c, List<String> cmd, Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(c).toFile()));
        pb.environment().putAll(env);
        Process p;
        try {
            Files.writeString(log(c), "---- " + Instant.now() + " starting " + c.id() + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            p = pb.start();
        } catch (IOException e) {
            throw new UsageException("cannot start " + c.id() + ": " + e.getMessage());
        }
        processes.put(c, p);
        return p;
    }

    /** Asks the component's process to stop and waits for it (forcibly after 30 s); nothing when there is none. */
    void stop(Component c) {
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

    /** The component's process, or null when it was never started or has been stopped. */
    Process get(Component c) {
        return processes.get(c);
    }

    boolean alive(Component c) {
        Process p = processes.get(c);
        return p != null && p.isAlive();
    }

    /** The log's current length, where what a new start writes begins. */
    long logSize(Component c) {
        try {
            return Files.exists(log(c)) ? Files.size(log(c)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** What the log holds from {@code offset} on. */
    String logFrom(Component c, long offset) {
        try (var in = Files.newInputStream(log(c))) {
            in.skipNBytes(offset);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The last lines of the log, for an error message. */
    String logTail(Component c, int lines) {
        Path file = log(c);
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
}
