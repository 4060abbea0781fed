package org.yjhub.performance.domain;

import java.time.Instant;
import java.util.List;

/** One revision of a team's KPI return for a quarter: the full set of values, who sent it and when. */
public record KpiReturn(String team, String quarter, long revision, List<KpiValue> values, Instant submittedAt,
                        String submittedBy, String source, boolean synthetic) {

    public KpiReturn {
        values = List.copyOf(values);
    }

    /** True when {@code values}, {@code source} and {@code synthetic} equal this revision's (values in any order). */
    public boolean sameContent(List<KpiValue> otherValues, String otherSource, boolean otherSynthetic) {
        return synthetic == otherSynthetic && java.util.Objects.equals(source, otherSource)
                && ReturnRules.sameValues(values, otherValues);
    }
}
