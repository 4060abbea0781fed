package org.yjhub.inspection.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.UUID;

/** A numbered item of an inspection's improvement plan (a recommendation, an action), as it was added. Append-only. */
@MappedSuperclass
public abstract class PlanItemEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID inspectionId;

    /** 1, 2, … in the order the items of its kind were added to the inspection. */
    public int number;
    public Instant createdAt;
    public String createdBy;
}
