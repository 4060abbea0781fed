package org.yjhub.performance.domain;

import org.yjhub.common.period.FinancialYear;
import org.yjhub.common.period.Quarter;

import java.time.LocalDate;
import java.util.Optional;

/** Which periods a return or a set of targets may be written for, as of a given day. */
public final class PeriodRules {

    private PeriodRules() {
    }

    /** A return is for a quarter that has begun: the current quarter or an earlier one. */
    public static Optional<String> returnQuarterProblem(Quarter quarter, LocalDate today) {
        if (quarter.isFuture(today)) {
            return Optional.of(quarter + " is in the future (it starts on " + quarter.firstDay()
                    + "); a return can be made for the current quarter (" + Quarter.containing(today) + ") or an earlier one");
        }
        return Optional.empty();
    }

    /** The latest financial year targets may be set for: plans are written ahead, but only for the next year. */
    public static FinancialYear latestTargetYear(LocalDate today) {
        return FinancialYear.containing(today).next();
    }

    public static Optional<String> targetYearProblem(FinancialYear year, LocalDate today) {
        FinancialYear latest = latestTargetYear(today);
        if (year.compareTo(latest) > 0) {
            return Optional.of("targets can be set up to the next financial year (" + latest + "); " + year
                    + " is too far ahead");
        }
        return Optional.empty();
    }
}
