package org.yjhub.budget.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Content that breaks the rules: every violation found, plus figures worth returning to the client as they are
 * (for a total that disagrees: the stated and the computed figure).
 */
public class InvalidContentException extends RuntimeException {

    private final List<Violation> violations;
    private final Map<String, Object> figures;

    /**
     * @param headline the detail to use when there is exactly one violation and it reads best alone (a total that
     *                 disagrees); null for the default {@code field: message}
     */
    public InvalidContentException(List<Violation> violations, Map<String, Object> figures, String headline) {
        super(summary(violations, headline));
        this.violations = List.copyOf(violations);
        this.figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Named figures (stated and computed totals), in the order they were added. */
    public Map<String, Object> figures() {
        return figures;
    }

    static String summary(List<Violation> violations, String headline) {
        if (violations.size() == 1) {
            Violation only = violations.get(0);
            return headline != null ? headline : only.field() + ": " + only.message();
        }
        return violations.size() + " problems: " + violations.stream().map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
    }
}
