package org.yjhub.kit.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The service's clock, in the zone of {@link ClockConfig}: "today" for the period rules, and the time of each
 * revision. A default bean, so that a service (or a test) that produces its own {@link Clock} replaces it.
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(ClockConfig config) {
        return Clock.system(config.zone());
    }
}
