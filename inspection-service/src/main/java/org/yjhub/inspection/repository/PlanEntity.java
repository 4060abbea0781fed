package org.yjhub.inspection.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** One revision of an inspection's improvement plan record (1, 2, …; the latest is current). Append-only. */
@Entity
@Table(name = "improvement_plan")
public class PlanEntity extends RecordedEntity {

    public UUID inspectionId;
    public int revision;
    public String title;

    /** IN_PREPARATION, DRAFT or AGREED. */
    public String status;
    public String due;
    public LocalDate dueDate;
}
