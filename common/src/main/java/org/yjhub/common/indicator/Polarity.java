package org.yjhub.common.indicator;

/** Which direction is better; {@code NONE} marks a context indicator that is never ranked. */
public enum Polarity {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER,
    NONE
}
