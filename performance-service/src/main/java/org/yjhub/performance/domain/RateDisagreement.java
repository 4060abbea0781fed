package org.yjhub.performance.domain;

import java.math.BigDecimal;

/** A client's stated rate that does not match the computed one once both are rounded to two decimals. */
public record RateDisagreement(String field, BigDecimal stated, BigDecimal computed) {
}
