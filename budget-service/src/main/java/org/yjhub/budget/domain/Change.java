package org.yjhub.budget.domain;

import java.math.BigDecimal;

/**
 * A year-on-year change: the previous year's figure, the difference (current − previous) and that difference as a
 * percentage of the previous figure (2 dp, half-up; null when the previous figure is zero).
 */
public record Change(long previous, long change, BigDecimal changePercent) {

    public static Change between(long previous, long current) {
        long change = current - previous;
        return new Change(previous, change, Figures.percentOf(change, previous));
    }
}
