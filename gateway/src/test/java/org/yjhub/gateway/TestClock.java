package org.yjhub.gateway;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.yjhub.kit.time.ClockConfig;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The gateway's clock in the tests: the kit's (the system clock in yj.clock.zone) unless a test moves the date with
 * {@link #at}; {@link #reset} gives the system's back. Replaces the kit's default Clock bean, as a service's own would.
 */
public class TestClock {

    private static volatile LocalDate date;

    /** From now on "today" is {@code day} (at noon in the clock's zone), until {@link #reset()}. */
    public static void at(LocalDate day) {
        date = day;
    }

    public static void reset() {
        date = null;
    }

    @Produces
    @Singleton
    Clock clock(ClockConfig config) {
        return new Movable(Clock.system(config.zone()));
    }

    private static final class Movable extends Clock {

        private final Clock system;

        Movable(Clock system) {
            this.system = system;
        }

        @Override
        public ZoneId getZone() {
            return system.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Movable(system.withZone(zone));
        }

        @Override
        public Instant instant() {
            LocalDate day = date;
            return day == null ? system.instant() : day.atTime(12, 0).atZone(getZone()).toInstant();
        }
    }
}
