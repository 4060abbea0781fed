package org.yjhub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One revision of a team's targets for a financial year (table {@code kpi_targets_revision}). */
@Entity
@Table(name = "kpi_targets_revision")
public class TargetsRevisionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_targets_revision_seq")
    @SequenceGenerator(name = "kpi_targets_revision_seq", sequenceName = "kpi_targets_revision_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String team;

    @Column(name = "financial_year", nullable = false)
    public String financialYear;

    @Column(nullable = false)
    public long revision;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;

    @Column(name = "set_by", nullable = false)
    public String setBy;
}
