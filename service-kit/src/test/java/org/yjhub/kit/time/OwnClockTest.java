package org.yjhub.kit.time;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that produces its own {@link Clock} (as inspection-service does, a plain producer) gets its own: the kit's
 * is a default bean, so the two are not ambiguous.
 */
@QuarkusTest
@TestProfile(OwnClockTest.OwnClock.class)
class OwnClockTest {

    static final Clock FIXED = Clock.fixed(Instant.parse("2020-03-31T23:30:00Z"), ZoneId.of("UTC"));

    public static class OwnClock implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "test,own-clock";
        }
    }

    @IfBuildProfile("own-clock")
    public static class OwnClockProducer {
        @Produces
        @Singleton
        Clock clock() {
            return FIXED;
        }
    }

    @Inject
    Clock clock;

    @Test
    void theServicesOwnClockWins() {
        assertThat(clock.instant()).isEqualTo(FIXED.instant());
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("UTC"));
    }
}
