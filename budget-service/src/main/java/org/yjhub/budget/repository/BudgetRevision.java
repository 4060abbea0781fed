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

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One stored revision of a team's budget for a year; never updated once written. */
@Entity
@Table(name = "budget_revision")
public class BudgetRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String team;

    @Column(nullable = false)
    public String year;

    @Column(nullable = false)
    public long revision;

    @Column(name = "staff_total", nullable = false)
    public long staffTotal;

    @Column(name = "delegated_total", nullable = false)
    public long delegatedTotal;

    @Column(nullable = false)
    public long total;

    @Column(name = "stated_total")
    public Long statedTotal;

    @Column(length = 500)
    public String source;

    @Column(nullable = false)
    public boolean synthetic;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @ElementCollection
    @CollectionTable(name = "budget_line", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "line_no")
    public List<BudgetLine> lines = new ArrayList<>();
}
