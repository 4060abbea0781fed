package org.yjhub.performance.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One indicator's value in a return revision (table {@code kpi_return_value}). */
@Entity
@Table(name = "kpi_return_value")
public class ReturnValueEntity extends IndicatorValueEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_return_value_seq")
    @SequenceGenerator(name = "kpi_return_value_seq", sequenceName = "kpi_return_value_seq", allocationSize = 500)
    public Long id;
    public BigDecimal numerator;
    public BigDecimal denominator;
    public BigDecimal rate;
}
