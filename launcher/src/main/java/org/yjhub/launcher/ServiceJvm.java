package org.yjhub.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How every service JVM (and the benchmark's baseline app) is started: the same command line and base environment. */
public final class ServiceJvm {

    private ServiceJvm() {
    }

    /**
     * The command line every service (and the benchmark's baseline app) runs with. The young generation is fixed at
     * 48 MB: by default it is a third of the whole heap, committed at start (103 MB of eden), and a service touches all
     * of it before its first collection, so the gateway started 60 MB heavier than its live data needs.
     */
    public static List<String> command(Path runJar) {
        return List.of(java(), "-Xmx384m", "-Xmn48m", "-XX:+UseSerialGC", "-jar", runJar.toString());
    }

    /**
     * The environment every service (and the benchmark's baseline app) starts with, before its own settings. glibc
     * gives each thread that allocates natively an arena of its own, up to 8 per core; two are plenty for a JVM, whose
     * objects live in its own heap, and keep the gateway (the process with the most threads) about 4 MB smaller.
     */
    public static Map<String, String> env(int httpPort) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("HTTP_PORT", String.valueOf(httpPort));
        return env;
    }

    /** The java executable of the running JVM. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
