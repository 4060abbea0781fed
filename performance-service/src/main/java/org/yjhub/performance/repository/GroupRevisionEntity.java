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

/** One revision of a comparator group (table {@code comparator_group_revision}). */
@Entity
@Table(name = "comparator_group_revision")
public class GroupRevisionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comparator_group_revision_seq")
    @SequenceGenerator(name = "comparator_group_revision_seq", sequenceName = "comparator_group_revision_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public long revision;

    @Column(nullable = false)
    public String name;

    public String description;

    public String source;

    @Column(name = "defined_at", nullable = false)
    public Instant definedAt;

    @Column(name = "defined_by", nullable = false)
    public String definedBy;
}
