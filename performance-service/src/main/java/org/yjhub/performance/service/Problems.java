package org.yjhub.performance.service;

import org.yjhub.kit.problem.FieldError;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.performance.domain.RateDisagreement;
import org.yjhub.performance.domain.Violation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns domain outcomes into the kit's problem exceptions. */
final class Problems {

    private Problems() {
    }

    static ProblemException invalid(String what, List<Violation> violations, List<RateDisagreement> disagreements) {
        List<FieldError> errors = violations.stream()
                .map(v -> v.row() == null ? FieldError.of(v.field(), v.message()) : FieldError.atRow(v.row(), v.field(), v.message()))
                .toList();
        String detail = what + " is invalid: " + violations.size() + (violations.size() == 1 ? " problem" : " problems")
                + "; see errors. Nothing was stored.";
        ProblemException problem = ProblemException.unprocessable(detail, errors);
        if (disagreements != null && !disagreements.isEmpty()) {
            Map<String, Object> computed = new LinkedHashMap<>();
            disagreements.forEach(d -> computed.put(d.field(), d.computed()));
            problem.with("computedRates", computed);
        }
        return problem;
    }
}
