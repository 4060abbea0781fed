package org.yjhub.inspection.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One version of an inspection's record (correction 0 = as first recorded). Append-only. */
@Entity
@Table(name = "inspection_version")
public class InspectionVersionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;

    @Column(nullable = false)
    public int correction;

    @Column(nullable = false)
    public String framework;

    @Column(name = "fieldwork_start")
    public LocalDate fieldworkStart;

    @Column(name = "fieldwork_end")
    public LocalDate fieldworkEnd;

    /** DAY or MONTH for both fieldwork dates (a MONTH date is the month's first day); null without fieldwork. */
    @Column(name = "fieldwork_precision")
    public String fieldworkPrecision;

    /** Null when the paper gives no publication date (then there are fieldwork dates). */
    @Column(name = "published_on")
    public LocalDate publishedOn;

    /** DAY or MONTH (then publishedOn is the month's first day); null without a publication date. */
    @Column(name = "published_precision")
    public String publishedPrecision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> ratings;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, Integer> scores;

    public Integer score;

    public String overall;

    @Column(name = "points_to_next_band")
    public Integer pointsToNextBand;

    public String source;

    @Column(nullable = false)
    public boolean synthetic;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    public static Optional<InspectionVersionEntity> of(UUID inspectionId, int correction) {
        return find("inspectionId = ?1 and correction = ?2", inspectionId, correction).firstResultOptional();
    }

    public static List<InspectionVersionEntity> allOf(UUID inspectionId) {
        return list("inspectionId", Sort.ascending("correction"), inspectionId);
    }
}
