package org.yjhub.budget.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.yjhub.budget.domain.ContractType;

import java.math.BigDecimal;

/** One FTE line of a stored staffing revision. */
@Embeddable
public class StaffingFte {

    @Column(nullable = false, length = 200)
    public String role;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false, length = 20)
    public ContractType contractType;

    @Column(nullable = false, precision = 9, scale = 2)
    public BigDecimal fte;
}
