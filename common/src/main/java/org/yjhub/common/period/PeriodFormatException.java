package org.yjhub.common.period;

/** A period string that is not of the form {@code 2019-20} or {@code 2019-20-Q4}. */
public class PeriodFormatException extends IllegalArgumentException {
    public PeriodFormatException(String message) {
        super(message);
    }
}
