package org.yjhub.launcher;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.yjhub.testsupport.jwt.DevKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts one whole stack (PostgreSQL, Kafka, the four packaged services) on free ports for all the *IT classes of
 * this JVM, exactly as {@code ./yj run} does, and stops it when the JVM ends.
 */
public class StackExtension implements BeforeAllCallback {

    private static Stack stack;

    @Override
    public void beforeAll(ExtensionContext context) {
        stack();
    }

    public static synchronized Stack stack() {
        if (stack == null) {
            try {
                Path home = Path.of("..").toAbsolutePath().normalize();
                Path data = Files.createTempDirectory("yj-stack-it-");
                Stack s = new Stack(home, data, Ports.free(), false, new DevKeys(data.resolve("keys")));
                s.preflight();
                Runtime.getRuntime().addShutdownHook(new Thread(s::close, "stack-it-shutdown"));
                s.startAll();
                stack = s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stack;
    }
}
