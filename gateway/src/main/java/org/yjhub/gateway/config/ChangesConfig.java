package org.yjhub.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The change feed (GET /api/v1/changes). */
@ConfigMapping(prefix = "yj.changes")
public interface ChangesConfig {

    /**
     * How many of the newest changes the feed retains for clients that reconnect with Last-Event-ID; one further behind
     * is told to reload. About 200 bytes each.
     */
    @WithDefault("4096")
    int replayWindow();
}
