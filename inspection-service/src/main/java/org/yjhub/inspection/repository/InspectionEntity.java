package org.yjhub.inspection.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * The head row of an inspection aggregate. {@code version} is the event version and rises with every change of the
 * inspection, its recommendations or its actions; writers lock this row first, so changes are serialised. Its dates
 * are the latest version's.
 */
@Entity
@Table(name = "inspection")
public class InspectionEntity extends DatedRecordEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String team;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public int correction;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
