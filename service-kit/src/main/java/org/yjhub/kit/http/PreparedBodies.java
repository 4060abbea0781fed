package org.yjhub.kit.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Answers that never change while the process runs (reference data), each built on first use and kept, by key. */
public final class PreparedBodies {

    private final ConcurrentHashMap<String, Body> bodies = new ConcurrentHashMap<>();

    /** The answer for {@code key}, built once. */
    public Body get(String key, Supplier<Body> build) {
        Body body = bodies.get(key); // the common case, without computeIfAbsent's lock
        return body != null ? body : bodies.computeIfAbsent(key, k -> build.get());
    }
}
