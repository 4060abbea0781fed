package org.yjhub.gateway.domain;

import org.yjhub.common.indicator.Polarity;
import org.yjhub.common.indicator.Rates;

import java.math.BigDecimal;

/**
 * Whether a team met its target. The rate is compared as it is shown (rounded to two decimals with
 * {@link Rates#display}), so a rate displayed as 0.20 against a target of 0.2 is met, whatever lies in the third
 * decimal. Lower is better: met when rate ≤ target; higher is better: met when rate ≥ target. A context indicator
 * ({@link Polarity#NONE}) or a missing target or rate gives null (no verdict).
 */
public final class Targets {

    private Targets() {
    }

    public static Boolean met(Polarity polarity, BigDecimal rate, BigDecimal target) {
        if (polarity == null || polarity == Polarity.NONE || rate == null || target == null) {
            return null;
        }
        int c = Rates.display(rate).compareTo(target);
        return polarity == Polarity.LOWER_IS_BETTER ? c <= 0 : c >= 0;
    }
}
