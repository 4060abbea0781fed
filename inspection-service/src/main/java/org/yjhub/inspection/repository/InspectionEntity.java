package org.yjhub.inspection.repository;

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
    public String team;
    public long version;
    public int correction;
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
}
