package org.yjhub.inspection.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The service's clock: dates (is a publication date in the future?) are judged in UK time. */
public class ClockProducer {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(UK);
    }
}
