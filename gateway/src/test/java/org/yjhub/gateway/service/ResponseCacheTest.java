package org.yjhub.gateway.service;

import org.junit.jupiter.api.Test;
import org.yjhub.gateway.readmodel.Snapshot;
import org.yjhub.kit.http.Body;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseCacheTest {

    private final ResponseCache cache = new ResponseCache();
    private final AtomicInteger builds = new AtomicInteger();

    private static Snapshot version(long v) {
        return new Snapshot(v, null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), null, Map.of());
    }

    private Body build() {
        return Body.of(("answer " + builds.incrementAndGet()).getBytes(StandardCharsets.UTF_8), Bodies.JSON);
    }

    @Test
    void anAnswerIsBuiltOncePerVersionAndKey() {
        Body first = cache.get(version(3), "a", this::build);
        assertThat(cache.get(version(3), "a", this::build)).isSameAs(first);
        assertThat(cache.get(version(3), "b", this::build)).isNotSameAs(first);
        assertThat(builds).hasValue(2);
    }

    @Test
    void aNewVersionDropsEveryKeptAnswerAndAnOlderOneIsNotKept() {
        Body old = cache.get(version(3), "a", this::build);
        Body current = cache.get(version(4), "a", this::build);
        assertThat(current).isNotSameAs(old);
        assertThat(cache.get(version(3), "a", this::build)).isNotSameAs(old).isNotSameAs(current);
        assertThat(cache.get(version(4), "a", this::build)).isSameAs(current);
        assertThat(builds).hasValue(3);
    }
}
