package org.yjhub.performance.domain;

import java.math.BigDecimal;

/** One value as the client sent it; any part may be missing. {@code rate} is the client's own figure, optional. */
public record ValueInput(String indicator, BigDecimal numerator, BigDecimal denominator, BigDecimal rate) {
}
