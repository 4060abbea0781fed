package org.yjhub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One member team of a comparator group's revision (table {@code comparator_group_member}). */
@Entity
@Table(name = "comparator_group_member")
public class GroupMemberEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comparator_group_member_seq")
    @SequenceGenerator(name = "comparator_group_member_seq", sequenceName = "comparator_group_member_seq", allocationSize = 50)
    public Long id;
    public Long revisionId;
    public String team;
}
