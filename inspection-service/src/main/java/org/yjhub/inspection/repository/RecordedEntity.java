package org.yjhub.inspection.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * A row appended to an improvement plan's record (a revision of the plan, progress on a recommendation): where it
 * comes from, and who recorded it when.
 */
@MappedSuperclass
public abstract class RecordedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The paper it comes from, as written; null when not given. */
    public String source;
    public Instant recordedAt;
    public String recordedBy;
}
