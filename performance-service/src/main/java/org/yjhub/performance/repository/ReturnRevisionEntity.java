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

/** One revision of a KPI return (table {@code kpi_return_revision}); its values are {@link ReturnValueEntity} rows. */
@Entity
@Table(name = "kpi_return_revision")
public class ReturnRevisionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_return_revision_seq")
    @SequenceGenerator(name = "kpi_return_revision_seq", sequenceName = "kpi_return_revision_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String team;

    @Column(nullable = false)
    public String quarter;

    @Column(nullable = false)
    public long revision;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    public String source;

    @Column(nullable = false)
    public boolean synthetic;
}
