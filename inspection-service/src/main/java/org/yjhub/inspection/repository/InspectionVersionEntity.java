package org.yjhub.inspection.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One version of an inspection's record (correction 0 = as first recorded). Append-only. */
@Entity
@Table(name = "inspection_version")
public class InspectionVersionEntity extends DatedRecordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;

    @Column(nullable = false)
    public int correction;

    @Column(nullable = false)
    public String framework;

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
}
