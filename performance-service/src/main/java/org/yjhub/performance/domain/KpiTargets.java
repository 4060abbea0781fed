package org.yjhub.performance.domain;

import java.time.Instant;
import java.util.List;

/** One revision of a team's targets for a financial year. */
public record KpiTargets(String team, String year, long revision, List<TargetValue> targets, Instant setAt, String setBy) {

    public KpiTargets {
        targets = List.copyOf(targets);
    }
}
