package org.yjhub.common.statistics;

import org.yjhub.common.indicator.Polarity;

/** The recent trend as Fingertips labels it; "getting better/worse" only for an indicator with a polarity. */
public enum TrendMarker {
    INCREASING_AND_GETTING_BETTER,
    INCREASING_AND_GETTING_WORSE,
    DECREASING_AND_GETTING_BETTER,
    DECREASING_AND_GETTING_WORSE,
    /** Significantly increasing, for an indicator with no better direction. */
    INCREASING,
    /** Significantly decreasing, for an indicator with no better direction. */
    DECREASING,
    NO_SIGNIFICANT_CHANGE,
    NOT_COMPUTED;

    static TrendMarker increasing(Polarity polarity) {
        return switch (polarity) {
            case NONE -> INCREASING;
            case HIGHER_IS_BETTER -> INCREASING_AND_GETTING_BETTER;
            case LOWER_IS_BETTER -> INCREASING_AND_GETTING_WORSE;
        };
    }

    static TrendMarker decreasing(Polarity polarity) {
        return switch (polarity) {
            case NONE -> DECREASING;
            case HIGHER_IS_BETTER -> DECREASING_AND_GETTING_WORSE;
            case LOWER_IS_BETTER -> DECREASING_AND_GETTING_BETTER;
        };
    }

    public boolean isIncreasing() {
        return this == INCREASING || this == INCREASING_AND_GETTING_BETTER || this == INCREASING_AND_GETTING_WORSE;
    }

    public boolean isDecreasing() {
        return this == DECREASING || this == DECREASING_AND_GETTING_BETTER || this == DECREASING_AND_GETTING_WORSE;
    }
}
