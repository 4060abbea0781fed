package org.yjhub.inspection.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recommendation of an inspection, addressed to a body and/or owned by a role. Append-only. */
@Entity
@Table(name = "recommendation")
public class RecommendationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;

    @Column(nullable = false)
    public int number;

    /** The body the recommendation is addressed to, as written; null when the report names only an owner. */
    public String addressee;

    /** The role the report makes responsible, as written (Merton's "YJS Manager"); null when not named. */
    public String owner;

    @Column(nullable = false)
    public String text;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static List<RecommendationEntity> ofInspection(UUID inspectionId) {
        return list("inspectionId", Sort.ascending("number"), inspectionId);
    }

    public static long countOf(UUID inspectionId) {
        return count("inspectionId", inspectionId);
    }
}
