package org.yjhub.budget.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.yjhub.budget.domain.BudgetContent;
import org.yjhub.budget.domain.Contribution;
import org.yjhub.common.events.budget.BudgetSubmitted;
import org.yjhub.common.period.FinancialYear;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Budget revisions and heads. Entities stay in here; callers get {@link StoredBudget} values. */
@ApplicationScoped
public class BudgetStore {

    private static final String WITH_LINES = "select distinct r from BudgetRevision r left join fetch r.lines ";

    @Inject
    EntityManager em;

    /**
     * Serialises every budget write of a team until the transaction ends. Per team rather than per year because a
     * year's write also republishes the next year's year-on-year figures.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockTeam(String team) {
        Locks.lock(em, "budget/" + team);
    }

    public Optional<BudgetHead> head(String team, FinancialYear year) {
        return Optional.ofNullable(em.find(BudgetHead.class, BudgetSubmitted.aggregateId(team, year.toString())));
    }

    public Optional<StoredBudget> revision(String team, FinancialYear year, long revision) {
        return em.createQuery(WITH_LINES + "where r.team = ?1 and r.year = ?2 and r.revision = ?3", BudgetRevision.class)
                .setParameter(1, team).setParameter(2, year.toString()).setParameter(3, revision)
                .getResultStream().findFirst().map(BudgetStore::toStored);
    }

    public Optional<StoredBudget> latest(String team, FinancialYear year) {
        return em.createQuery(WITH_LINES + "where r.team = ?1 and r.year = ?2 and r.revision = "
                        + "(select max(m.revision) from BudgetRevision m where m.team = ?1 and m.year = ?2)", BudgetRevision.class)
                .setParameter(1, team).setParameter(2, year.toString())
                .getResultStream().findFirst().map(BudgetStore::toStored);
    }

    /** Every revision, oldest first. */
    public List<StoredBudget> revisions(String team, FinancialYear year) {
        return em.createQuery(WITH_LINES + "where r.team = ?1 and r.year = ?2 order by r.revision", BudgetRevision.class)
                .setParameter(1, team).setParameter(2, year.toString())
                .getResultStream().map(BudgetStore::toStored).toList();
    }

    /** Stores the next revision and moves the head to it, raising its version by one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredBudget append(String team, FinancialYear year, BudgetContent content, Instant at, String by) {
        BudgetHead head = head(team, year).orElse(null);
        if (head == null) {
            head = new BudgetHead();
            head.aggregateId = BudgetSubmitted.aggregateId(team, year.toString());
            head.team = team;
            head.year = year.toString();
            head.revision = 0;
            head.version = 0;
        }
        head.revision++;
        head.version++;
        BudgetRevision row = new BudgetRevision();
        row.team = team;
        row.year = year.toString();
        row.revision = head.revision;
        row.staffTotal = content.staffTotal();
        row.delegatedTotal = content.delegatedTotal();
        row.total = content.total();
        row.statedTotal = content.statedTotal();
        row.source = content.source();
        row.synthetic = content.synthetic();
        row.submittedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        row.submittedBy = by;
        for (Contribution c : content.contributions()) {
            BudgetLine line = new BudgetLine();
            line.partner = c.partner();
            line.description = c.description();
            line.staff = c.staff();
            line.delegated = c.delegated();
            row.lines.add(line);
        }
        row.persist();
        head.persist();
        em.flush();
        return toStored(row);
    }

    /** Raises the head's version without a new revision (the aggregate is republished); returns the new version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long bumpVersion(BudgetHead head) {
        head.version++;
        return head.version;
    }

    static StoredBudget toStored(BudgetRevision row) {
        List<Contribution> lines = row.lines.stream()
                .map(l -> new Contribution(l.partner, l.description, l.staff, l.delegated)).toList();
        return new StoredBudget(row.team, FinancialYear.parse(row.year), row.revision,
                new BudgetContent(lines, row.statedTotal, row.source, row.synthetic),
                row.submittedAt.toInstant(), row.submittedBy);
    }
}
