package org.yjhub.kit.time;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ClockProducerTest {

    @Inject
    Clock clock;

    @Test
    void theDefaultClockIsOnTheUkCalendar() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void theZoneComesFromTheConfiguration() {
        assertThat(new ClockProducer().clock(() -> ZoneId.of("Pacific/Auckland")).getZone())
                .isEqualTo(ZoneId.of("Pacific/Auckland"));
    }
}
