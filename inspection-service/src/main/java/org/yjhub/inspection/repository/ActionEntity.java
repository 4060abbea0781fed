package org.yjhub.inspection.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An improvement-plan action as created (text, owner, due). Append-only: its status and progress are the latest
 * row of its {@link ActionHistoryEntity history}.
 */
@Entity
@Table(name = "improvement_action")
public class ActionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;

    @Column(nullable = false)
    public int number;

    @Column(name = "recommendation_id")
    public UUID recommendationId;

    public String reference;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public String owner;

    @Column(nullable = false)
    public String due;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static List<ActionEntity> ofInspection(UUID inspectionId) {
        return list("inspectionId", Sort.ascending("number"), inspectionId);
    }

    public static long countOf(UUID inspectionId) {
        return count("inspectionId", inspectionId);
    }
}
