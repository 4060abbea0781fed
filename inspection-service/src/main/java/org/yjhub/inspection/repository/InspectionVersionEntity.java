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
    public UUID inspectionId;
    public int correction;
    public String framework;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, String> ratings;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Integer> scores;
    public Integer score;
    public String overall;
    public Integer pointsToNextBand;
    public String source;
    public boolean synthetic;
    public Instant recordedAt;
    public String recordedBy;
}
