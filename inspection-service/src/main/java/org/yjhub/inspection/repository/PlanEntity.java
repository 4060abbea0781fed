package org.yjhub.inspection.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One revision of an inspection's improvement plan record (1, 2, …; the latest is current). Append-only. */
@Entity
@Table(name = "improvement_plan")
public class PlanEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;

    @Column(nullable = false)
    public int revision;

    public String title;

    /** IN_PREPARATION, DRAFT or AGREED. */
    @Column(nullable = false)
    public String status;

    public String due;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public String source;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
