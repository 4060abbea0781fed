package org.yjhub.performance.domain;

import java.math.BigDecimal;

/** One target as the client sent it; any part may be missing. */
public record TargetInput(String indicator, BigDecimal value) {
}
