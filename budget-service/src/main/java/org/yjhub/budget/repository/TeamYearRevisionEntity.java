package org.yjhub.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.yjhub.common.period.FinancialYear;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What every stored revision of a team's figures for a financial year has: its key, number, provenance and author. */
@MappedSuperclass
public abstract class TeamYearRevisionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String team;

    @Column(nullable = false)
    public String year;

    @Column(nullable = false)
    public long revision;

    @Column(length = 500)
    public String source;

    @Column(nullable = false)
    public boolean synthetic;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    /** Sets the columns every revision has. */
    void stamp(String team, FinancialYear year, long revision, String source, boolean synthetic, Instant at, String by) {
        this.team = team;
        this.year = year.toString();
        this.revision = revision;
        this.source = source;
        this.synthetic = synthetic;
        this.submittedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        this.submittedBy = by;
    }
}
