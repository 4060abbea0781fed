package org.yjhub.budget.service;

import org.yjhub.budget.domain.InvalidContentException;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.kit.problem.FieldError;
import org.yjhub.kit.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/** Turns broken domain rules into 422 problems. */
final class Problems {

    private Problems() {
    }

    static ProblemException invalid(InvalidContentException e) {
        ProblemException problem = ProblemException.unprocessable(e.getMessage(),
                e.violations().stream().map(v -> FieldError.of(v.field(), v.message())).toList());
        e.figures().forEach(problem::with);
        return problem;
    }

    /** The content the rules make of a submission; 422 listing what is wrong with it. */
    static <T> T checked(Supplier<T> rules) {
        try {
            return rules.get();
        } catch (InvalidContentException e) {
            throw invalid(e);
        }
    }

    /** A year that has not started yet cannot have a budget or staffing (422). */
    static void rejectFuture(FinancialYear year, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (year.isFuture(today)) {
            throw ProblemException.unprocessable("year", "the financial year " + year + " starts on " + year.firstDay()
                    + " and has not started yet (today is " + today + ")");
        }
    }

    static FinancialYear previousOrNull(FinancialYear year) {
        return year.startYear() > FinancialYear.MIN_START_YEAR ? year.previous() : null;
    }

    static FinancialYear nextOrNull(FinancialYear year) {
        return year.startYear() < FinancialYear.MAX_START_YEAR ? year.next() : null;
    }
}
