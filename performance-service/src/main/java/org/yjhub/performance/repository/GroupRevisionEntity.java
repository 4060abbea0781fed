package org.yjhub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One revision of a comparator group (table {@code comparator_group_revision}). */
@Entity
@Table(name = "comparator_group_revision")
public class GroupRevisionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comparator_group_revision_seq")
    @SequenceGenerator(name = "comparator_group_revision_seq", sequenceName = "comparator_group_revision_seq", allocationSize = 50)
    public Long id;
    public String code;
    public long revision;
    public String name;
    public String description;
    public String source;
    public Instant definedAt;
    public String definedBy;
}
