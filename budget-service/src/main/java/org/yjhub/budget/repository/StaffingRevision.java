package org.yjhub.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One stored revision of a team's staffing for a year; never updated once written. */
@Entity
@Table(name = "staffing_revision")
public class StaffingRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String team;

    @Column(nullable = false)
    public String year;

    @Column(nullable = false)
    public long revision;

    @Column(name = "total_fte", nullable = false, precision = 12, scale = 2)
    public BigDecimal totalFte;

    @Column(name = "stated_total_fte", precision = 12, scale = 2)
    public BigDecimal statedTotalFte;

    @Column(length = 500)
    public String source;

    @Column(nullable = false)
    public boolean synthetic;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @ElementCollection
    @CollectionTable(name = "staffing_fte", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "line_no")
    public List<StaffingFte> fte = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "staffing_headcount", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "line_no")
    public List<StaffingHeadcount> headcount = new ArrayList<>();
}
