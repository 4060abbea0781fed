package org.yjhub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public String team;
    public String financialYear;
    public long revision;
    public Instant setAt;
    public String setBy;
}
