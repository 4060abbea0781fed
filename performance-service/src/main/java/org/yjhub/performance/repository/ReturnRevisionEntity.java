package org.yjhub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public String team;
    public String quarter;
    public long revision;
    public Instant submittedAt;
    public String submittedBy;
    public String source;
    public boolean synthetic;
}
