package org.yjhub.common.events.performance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * {@code yjhub.performance.return-submitted.v1}: the full state of a team's KPI return for a quarter, as of
 * {@code revision} (the event version). Aggregate type {@link #AGGREGATE}, id {@code team/quarter}.
 * {@code rate} is computed by the service at full precision.
 */
public record ReturnSubmitted(String team, String quarter, long revision, List<Value> values, Instant submittedAt,
                              String submittedBy, String source, boolean synthetic) {

    public static final String AGGREGATE = "kpi-return";
    public static final String TYPE = "yjhub.performance.return-submitted.v1";

    public record Value(String indicator, BigDecimal numerator, BigDecimal denominator, BigDecimal rate) {
    }

    public static String aggregateId(String team, String quarter) {
        return team + "/" + quarter;
    }
}
