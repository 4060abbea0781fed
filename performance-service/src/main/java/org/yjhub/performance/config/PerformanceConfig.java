package org.yjhub.performance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

@ConfigMapping(prefix = "yj.performance")
public interface PerformanceConfig {

    /** The zone whose calendar decides which quarter and financial year "today" is in. */
    @WithDefault("Europe/London")
    ZoneId zone();
}
