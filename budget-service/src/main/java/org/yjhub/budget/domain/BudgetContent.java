package org.yjhub.budget.domain;

import java.util.List;
import java.util.Objects;

/**
 * A team's checked partner contributions for a year with the computed totals. {@code statedTotal} is the total the
 * client stated (already known to agree), or null.
 */
public record BudgetContent(List<Contribution> contributions, Long statedTotal, String source, boolean synthetic) {

    public BudgetContent {
        contributions = List.copyOf(contributions);
    }

    public long staffTotal() {
        return contributions.stream().mapToLong(Contribution::staff).sum();
    }

    public long delegatedTotal() {
        return contributions.stream().mapToLong(Contribution::delegated).sum();
    }

    public long total() {
        return staffTotal() + delegatedTotal();
    }

    /** The line's share of the overall total, as a percentage with 2 decimals; null when the total is zero. */
    public java.math.BigDecimal share(Contribution line) {
        return Figures.percentOf(line.total(), total());
    }

    /**
     * Same content as another revision: the same lines in any order, the same stated total, source and synthetic
     * flag. Re-sending the same content does not make a new revision.
     */
    public boolean sameContentAs(BudgetContent other) {
        return other != null
                && contributions.stream().sorted(Contribution.CANONICAL).toList()
                .equals(other.contributions.stream().sorted(Contribution.CANONICAL).toList())
                && Objects.equals(statedTotal, other.statedTotal)
                && Objects.equals(source, other.source)
                && synthetic == other.synthetic;
    }
}
