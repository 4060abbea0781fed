package org.yjhub.launcher;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.yjhub.localinfra.jwt.DevKeys;

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
            stack = fresh("yj-stack-it-");
        }
        return stack;
    }

    /**
     * A new, empty stack of its own (new data directory, free ports), started; the caller may close it early, and it
     * is closed when the JVM ends in any case (a stopped test run leaves no process behind).
     */
    public static Stack fresh(String prefix) {
        return fresh(prefix, s -> { });
    }

    /** As {@link #fresh(String)}, with {@code configure} run on the stack before it starts. */
    public static Stack fresh(String prefix, java.util.function.Consumer<Stack> configure) {
        try {
            Path home = Path.of("..").toAbsolutePath().normalize();
            Path data = Files.createTempDirectory(prefix);
            Stack s = new Stack(home, data, Ports.free(), false, new DevKeys(data.resolve("keys")));
            s.withoutRateLimits(); // the limits are the kit's to test (RateLimitFilterTest); a configure may turn them on
            configure.accept(s);
            s.preflight();
            Runtime.getRuntime().addShutdownHook(new Thread(s::close, prefix + "shutdown"));
            s.startAll();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
