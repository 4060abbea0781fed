package org.yjhub.performance.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One indicator's target in a targets revision (table {@code kpi_target_value}). */
@Entity
@Table(name = "kpi_target_value")
public class TargetValueEntity extends IndicatorValueEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_target_value_seq")
    @SequenceGenerator(name = "kpi_target_value_seq", sequenceName = "kpi_target_value_seq", allocationSize = 50)
    public Long id;
    public BigDecimal value;
}
