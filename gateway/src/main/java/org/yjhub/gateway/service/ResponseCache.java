package org.yjhub.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.yjhub.gateway.readmodel.Snapshot;
import org.yjhub.kit.http.Body;
import org.yjhub.kit.http.PreparedBodies;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Serialized answers of the newest read-model version, keyed by view and parameters: a repeated request costs a map
 * look-up (no ranking, no serialization). Every applied change raises the version, which drops every kept answer at
 * once; a request still holding an older snapshot gets its answer built and not kept. Reference answers, which no
 * change can alter (the indicator catalogue, the regions), are kept for the life of the process.
 */
@ApplicationScoped
public class ResponseCache {

    private record Generation(long version, ConcurrentHashMap<String, Body> bodies) {
    }

    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(-1, new ConcurrentHashMap<>()));
    private final PreparedBodies reference = new PreparedBodies();

    /** The answer for {@code key} that no read-model version changes, built once. */
    public Body reference(String key, Supplier<Body> build) {
        return reference.get(key, build);
    }

    /** The answer for {@code key} as of {@code snapshot}, built once per read-model version. */
    public Body get(Snapshot snapshot, String key, Supplier<Body> build) {
        Generation generation = current.get();
        while (generation.version() < snapshot.version()) {
            Generation next = new Generation(snapshot.version(), new ConcurrentHashMap<>());
            if (current.compareAndSet(generation, next)) {
                generation = next;
            } else {
                generation = current.get();
            }
        }
        if (generation.version() != snapshot.version()) {
            return build.get();
        }
        Body body = generation.bodies().get(key);
        return body != null ? body : generation.bodies().computeIfAbsent(key, k -> build.get());
    }
}
