package org.yjhub.gateway.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The gateway's clock: today's date in the configured time zone ({@code yj.gateway.time-zone}, Europe/London by
 * default), which decides whether an improvement-plan action is overdue. A bean of its own so tests can move the date.
 */
@ApplicationScoped
public class GatewayClock {

    @Inject
    GatewayConfig config;

    private Clock clock;

    @PostConstruct
    void init() {
        clock = Clock.system(config.timeZone());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
