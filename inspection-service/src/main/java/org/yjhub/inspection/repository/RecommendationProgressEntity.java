package org.yjhub.inspection.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** Progress reported against a recommendation, dated to the report that gave it. Append-only. */
@Entity
@Table(name = "recommendation_progress")
public class RecommendationProgressEntity extends RecordedEntity {

    public UUID recommendationId;
    public LocalDate reportedOn;
    public String text;
}
