package org.yjhub.budget.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A budget compared with the previous year's: the overall change and, line by line, the change against the previous
 * year's line for the same partner (for OTHER: the same description, trimmed and case-insensitive). A line with no
 * counterpart in the previous year has no change (null) — it is new, not a rise from zero. A partner present only in
 * the previous year shows in the overall change alone.
 */
public record YearOnYear(Change overall, List<Change> lines) {

    public static YearOnYear compare(BudgetContent current, BudgetContent previous) {
        Map<String, Contribution> before = previous.contributions().stream()
                .collect(Collectors.toMap(Contribution::key, Function.identity()));
        List<Change> lines = current.contributions().stream().map(line -> {
            Contribution old = before.get(line.key());
            return old == null ? null : Change.between(old.total(), line.total());
        }).collect(Collectors.toList());
        return new YearOnYear(Change.between(previous.total(), current.total()), java.util.Collections.unmodifiableList(lines));
    }

    /** The change for the line at {@code index} of the current budget, or null. */
    public Change line(int index) {
        return lines.get(index);
    }
}
