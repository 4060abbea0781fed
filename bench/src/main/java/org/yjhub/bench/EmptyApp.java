package org.yjhub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The start-up baseline: an empty Quarkus REST app on YJ Hub's Quarkus version, built once into .yj/bench. */
final class EmptyApp {

    private static final List<String> FILES = List.of("pom.xml", "src/main/java/org/yjhub/bench/Hello.java",
            "src/main/resources/application.properties");

    private EmptyApp() {
    }

    static Path ensureBuilt(Path home, PrintStream out) throws IOException, InterruptedException {
        Path dir = home.resolve(".yj/bench/empty-app");
        Path jar = dir.resolve("target/quarkus-app/quarkus-run.jar");
        if (Files.exists(jar)) {
            return jar;
        }
        String version = quarkusVersion(home);
        for (String f : FILES) {
            try (InputStream in = EmptyApp.class.getResourceAsStream("/bench/empty-app/" + f)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@QUARKUS_VERSION@", version);
                Path target = dir.resolve(f);
                Files.createDirectories(target.getParent());
                Files.writeString(target, text);
            }
        }
        out.println("bench: building the empty Quarkus app baseline (once) …");
        Process p = new ProcessBuilder(home.resolve("mvnw").toString(), "-B", "-q", "-f", dir.resolve("pom.xml").toString(),
                "package", "-DskipTests").inheritIO().start();
        if (p.waitFor() != 0 || !Files.exists(jar)) {
            throw new IllegalStateException("the baseline app did not build");
        }
        return jar;
    }

    private static String quarkusVersion(Path home) throws IOException {
        String pom = Files.readString(home.resolve("pom.xml"));
        int i = pom.indexOf("<quarkus.platform.version>");
        return pom.substring(i + "<quarkus.platform.version>".length(), pom.indexOf("</quarkus.platform.version>"));
    }
}
