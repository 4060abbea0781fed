package org.yjhub.budget.repository;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.yjhub.budget.domain.ContractType;

import java.math.BigDecimal;

/** One FTE line of a stored staffing revision. */
@Embeddable
public class StaffingFte {

    public String role;

    @Enumerated(EnumType.STRING)
    public ContractType contractType;
    public BigDecimal fte;
}
