package org.yjhub.performance.domain;

import java.math.BigDecimal;

/** A team's target for one indicator and year: a rate in the indicator's unit (custody-rate 0.2 = 0.2 per 1,000). */
public record TargetValue(String indicator, BigDecimal value) {

    public TargetValue {
        value = Amounts.normalise(value);
    }
}
