package org.yjhub.performance.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The service's clock (UK calendar by default): "today" for the future-period rules, and the time of each revision. */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(PerformanceConfig config) {
        return Clock.system(config.zone());
    }
}
