package org.yjhub.inspection.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
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

    /** Oldest report first; reports of one date in the order they were recorded. */
    public static List<RecommendationProgressEntity> ofRecommendations(Collection<UUID> recommendationIds) {
        if (recommendationIds.isEmpty()) {
            return List.of();
        }
        return list("recommendationId in ?1", Sort.ascending("reportedOn").and("id"), recommendationIds);
    }
}
