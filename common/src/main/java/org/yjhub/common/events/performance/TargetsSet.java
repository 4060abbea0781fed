package org.yjhub.common.events.performance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * {@code yjhub.performance.targets-set.v1}: a team's targets for a financial year (a target is a rate in the
 * indicator's unit), as of {@code revision}. Aggregate type {@link #AGGREGATE}, id {@code team/year}.
 */
public record TargetsSet(String team, String year, long revision, List<Target> targets, Instant setAt, String setBy) {

    public static final String AGGREGATE = "kpi-targets";
    public static final String TYPE = "yjhub.performance.targets-set.v1";

    public record Target(String indicator, BigDecimal value) {
    }

    public static String aggregateId(String team, String year) {
        return team + "/" + year;
    }
}
