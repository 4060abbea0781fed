package org.yjhub.budget.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One headcount line of a stored staffing revision. */
@Embeddable
public class StaffingHeadcount {

    @Column(nullable = false, length = 40)
    public String dimension;

    @Column(nullable = false, length = 200)
    public String category;

    @Column(length = 200)
    public String role;

    @Column(nullable = false)
    public int count;
}
