package org.yjhub.budget.repository;

import jakarta.persistence.Embeddable;

/** One headcount line of a stored staffing revision. */
@Embeddable
public class StaffingHeadcount {

    public String dimension;
    public String category;
    public String role;
    public int count;
}
