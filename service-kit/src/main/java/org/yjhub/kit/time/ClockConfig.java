package org.yjhub.kit.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

/** The service's calendar ({@code yj.clock.*}; env {@code YJ_CLOCK_ZONE}). */
@ConfigMapping(prefix = "yj.clock")
public interface ClockConfig {

    /**
     * The zone whose calendar decides what "today" is: which quarter and financial year have begun (financial years
     * start on 1 April in England and Wales).
     */
    @WithDefault("Europe/London")
    ZoneId zone();
}
