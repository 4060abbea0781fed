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

/** Progress reported against a recommendation, dated to the report that gave it. Append-only. */
@Entity
@Table(name = "recommendation_progress")
public class RecommendationProgressEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "recommendation_id", nullable = false)
    public UUID recommendationId;

    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;

    @Column(nullable = false)
    public String text;

    public String source;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
