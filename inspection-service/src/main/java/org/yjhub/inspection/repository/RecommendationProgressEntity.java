package org.yjhub.inspection.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** Progress reported against a recommendation, dated to the report that gave it. Append-only. */
@Entity
@Table(name = "recommendation_progress")
public class RecommendationProgressEntity extends RecordedEntity {

    @Column(name = "recommendation_id", nullable = false)
    public UUID recommendationId;

    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;

    @Column(nullable = false)
    public String text;
}
