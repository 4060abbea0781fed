package org.yjhub.budget.repository;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.yjhub.budget.domain.Partner;

/** One contribution line of a stored budget revision. */
@Embeddable
public class BudgetLine {

    @Enumerated(EnumType.STRING)
    public Partner partner;
    public String description;
    public long staff;
    public long delegated;
}
