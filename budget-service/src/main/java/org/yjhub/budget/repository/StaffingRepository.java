package org.yjhub.budget.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.yjhub.budget.domain.FteLine;
import org.yjhub.budget.domain.HeadcountLine;
import org.yjhub.budget.domain.StaffingContent;
import org.yjhub.budget.domain.StaffingSnapshot;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.kit.revision.HeadLocks;

import java.util.List;
import java.util.Optional;

/** Staffing revisions. Entities stay in here; callers get {@link StaffingSnapshot} values. */
@ApplicationScoped
public class StaffingRepository {

    /** The staffing head rows: one per (team, year), holding the current revision. */
    public static final HeadLocks.Table HEADS = HeadLocks.Table.of("staffing_head", "team", "year");

    @Inject
    EntityManager em;

    public Optional<StaffingSnapshot> latest(String team, FinancialYear year) {
        return em.createQuery("from StaffingRevisionEntity r where r.team = ?1 and r.year = ?2 order by r.revision desc",
                        StaffingRevisionEntity.class)
                .setParameter(1, team).setParameter(2, year.toString()).setMaxResults(1)
                .getResultStream().findFirst().map(StaffingRepository::toSnapshot);
    }

    /** Every revision, oldest first. */
    public List<StaffingSnapshot> revisions(String team, FinancialYear year) {
        return em.createQuery("from StaffingRevisionEntity r where r.team = ?1 and r.year = ?2 order by r.revision",
                        StaffingRevisionEntity.class)
                .setParameter(1, team).setParameter(2, year.toString())
                .getResultStream().map(StaffingRepository::toSnapshot).toList();
    }

    /** Stores a new revision (its head is moved by the caller). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(StaffingSnapshot staffing) {
        StaffingContent content = staffing.content();
        StaffingRevisionEntity row = new StaffingRevisionEntity();
        row.stamp(staffing.team(), staffing.year(), staffing.revision(), content.source(), content.synthetic(),
                staffing.submittedAt(), staffing.submittedBy());
        row.totalFte = content.totalFte();
        row.statedTotalFte = content.statedTotalFte();
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
    }

    static StaffingSnapshot toSnapshot(StaffingRevisionEntity row) {
        List<FteLine> fte = row.fte.stream().map(f -> new FteLine(f.role, f.contractType, f.fte)).toList();
        List<HeadcountLine> headcount = row.headcount.stream()
                .map(h -> new HeadcountLine(h.dimension, h.category, h.role, h.count)).toList();
        return new StaffingSnapshot(row.team, FinancialYear.parse(row.year), row.revision,
                new StaffingContent(fte, row.statedTotalFte, headcount, row.source, row.synthetic),
                row.submittedAt.toInstant(), row.submittedBy);
    }
}
