package org.yjhub.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public String team;
    public String year;
    public long revision;
    public String source;
    public boolean synthetic;
    public OffsetDateTime submittedAt;
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
