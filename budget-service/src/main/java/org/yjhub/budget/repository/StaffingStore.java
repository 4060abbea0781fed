package org.yjhub.budget.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.yjhub.budget.domain.FteLine;
import org.yjhub.budget.domain.HeadcountLine;
import org.yjhub.budget.domain.StaffingContent;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.kit.revision.HeadLocks;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Staffing revisions. Entities stay in here; callers get {@link StoredStaffing} values. */
@ApplicationScoped
public class StaffingStore {

    /** The staffing head rows: one per (team, year), holding the current revision. */
    public static final HeadLocks.Table HEADS = HeadLocks.Table.of("staffing_head", "team", "year");

    @Inject
    EntityManager em;

    @Inject
    HeadLocks heads;

    /**
     * Serialises writes of one staffing aggregate ({@code team/year}) until the transaction ends, on its head row
     * (created when missing).
     *
     * @return the current revision, 0 when there is none
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long lock(String team, FinancialYear year) {
        return heads.lock(HEADS, HeadLocks.Key.of(team, year.toString())).revision();
    }

    public Optional<StoredStaffing> latest(String team, FinancialYear year) {
        return em.createQuery("from StaffingRevision r where r.team = ?1 and r.year = ?2 order by r.revision desc",
                        StaffingRevision.class)
                .setParameter(1, team).setParameter(2, year.toString()).setMaxResults(1)
                .getResultStream().findFirst().map(StaffingStore::toStored);
    }

    /** Every revision, oldest first. */
    public List<StoredStaffing> revisions(String team, FinancialYear year) {
        return em.createQuery("from StaffingRevision r where r.team = ?1 and r.year = ?2 order by r.revision",
                        StaffingRevision.class)
                .setParameter(1, team).setParameter(2, year.toString())
                .getResultStream().map(StaffingStore::toStored).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public StoredStaffing append(String team, FinancialYear year, long revision, StaffingContent content, Instant at,
                                 String by) {
        StaffingRevision row = new StaffingRevision();
        row.team = team;
        row.year = year.toString();
        row.revision = revision;
        row.totalFte = content.totalFte();
        row.statedTotalFte = content.statedTotalFte();
        row.source = content.source();
        row.synthetic = content.synthetic();
        row.submittedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        row.submittedBy = by;
        for (FteLine line : content.fte()) {
            StaffingFte fte = new StaffingFte();
            fte.role = line.role();
            fte.contractType = line.contractType();
            fte.fte = line.fte();
            row.fte.add(fte);
        }
        for (HeadcountLine line : content.headcount()) {
            StaffingHeadcount h = new StaffingHeadcount();
            h.dimension = line.dimension();
            h.category = line.category();
            h.role = line.role();
            h.count = line.count();
            row.headcount.add(h);
        }
        row.persist();
        em.flush();
        heads.advance(HEADS, Map.of(HeadLocks.Key.of(team, year.toString()), revision));
        return toStored(row);
    }

    static StoredStaffing toStored(StaffingRevision row) {
        List<FteLine> fte = row.fte.stream().map(f -> new FteLine(f.role, f.contractType, f.fte)).toList();
        List<HeadcountLine> headcount = row.headcount.stream()
                .map(h -> new HeadcountLine(h.dimension, h.category, h.role, h.count)).toList();
        return new StoredStaffing(row.team, FinancialYear.parse(row.year), row.revision,
                new StaffingContent(fte, row.statedTotalFte, headcount, row.source, row.synthetic),
                row.submittedAt.toInstant(), row.submittedBy);
    }
}
