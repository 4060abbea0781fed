package org.yjhub.budget.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.yjhub.budget.domain.Partner;

/** One contribution line of a stored budget revision. */
@Embeddable
public class BudgetLine {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Partner partner;

    @Column(length = 300)
    public String description;

    @Column(nullable = false)
    public long staff;

    @Column(nullable = false)
    public long delegated;
}
