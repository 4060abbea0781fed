package org.yjhub.budget.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.yjhub.budget.domain.BudgetContent;
import org.yjhub.budget.domain.Contribution;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.kit.revision.HeadLocks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Budget revisions and heads. Entities stay in here; callers get {@link StoredBudget} values. */
@ApplicationScoped
public class BudgetRepository {

    private static final String WITH_LINES = "select distinct r from BudgetRevisionEntity r left join fetch r.lines ";

    /** The budgets' head rows: one per (team, year), holding the current revision and the event version. */
    public static final HeadLocks.Table HEADS = HeadLocks.Table.of("budget_head", "team", "year");

    @Inject
    EntityManager em;

    @Inject
    HeadLocks heads;

    /**
     * Serialises the writes of a team's budget for a year until the transaction ends, on the heads of that year and
     * of the next one (a write may republish the next year's budget, whose first writer reads this year's): both are
     * created when missing and locked in one statement.
     *
     * @return the year's current revision, 0 when it has none
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long lock(String team, FinancialYear year, FinancialYear next) {
        HeadLocks.Key key = HeadLocks.Key.of(team, year.toString());
        List<HeadLocks.Key> keys = new ArrayList<>(List.of(key));
        if (next != null) {
            keys.add(HeadLocks.Key.of(team, next.toString()));
        }
        return heads.lock(HEADS, keys).get(key).revision();
    }

    /** The head of a budget that has at least one revision. */
    public Optional<BudgetHeadEntity> head(String team, FinancialYear year) {
        return Optional.ofNullable(em.find(BudgetHeadEntity.class, new BudgetHeadEntity.Key(team, year.toString())))
                .filter(h -> h.revision > 0);
    }

    public Optional<StoredBudget> revision(String team, FinancialYear year, long revision) {
        return em.createQuery(WITH_LINES + "where r.team = ?1 and r.year = ?2 and r.revision = ?3", BudgetRevisionEntity.class)
                .setParameter(1, team).setParameter(2, year.toString()).setParameter(3, revision)
                .getResultStream().findFirst().map(BudgetRepository::toStored);
    }

    public Optional<StoredBudget> latest(String team, FinancialYear year) {
        return em.createQuery(WITH_LINES + "where r.team = ?1 and r.year = ?2 and r.revision = "
                        + "(select max(m.revision) from BudgetRevisionEntity m where m.team = ?1 and m.year = ?2)", BudgetRevisionEntity.class)
                .setParameter(1, team).setParameter(2, year.toString())
                .getResultStream().findFirst().map(BudgetRepository::toStored);
    }

    /** Every revision, oldest first. */
    public List<StoredBudget> revisions(String team, FinancialYear year) {
        return em.createQuery(WITH_LINES + "where r.team = ?1 and r.year = ?2 order by r.revision", BudgetRevisionEntity.class)
                .setParameter(1, team).setParameter(2, year.toString())
                .getResultStream().map(BudgetRepository::toStored).toList();
    }

    /** Stores the next revision and moves the head (locked by {@link #lock}) to it, raising its version by one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredBudget append(String team, FinancialYear year, BudgetContent content, Instant at, String by) {
        BudgetHeadEntity head = em.find(BudgetHeadEntity.class, new BudgetHeadEntity.Key(team, year.toString()));
        if (head == null) {
            throw new IllegalStateException("the head of " + team + "/" + year + " was not locked before the write");
        }
        head.revision++;
        head.version++;
        BudgetRevisionEntity row = new BudgetRevisionEntity();
        row.stamp(team, year, head.revision, content.source(), content.synthetic(), at, by);
        row.staffTotal = content.staffTotal();
        row.delegatedTotal = content.delegatedTotal();
        row.total = content.total();
        row.statedTotal = content.statedTotal();
        for (Contribution c : content.contributions()) {
            BudgetLine line = new BudgetLine();
            line.partner = c.partner();
            line.description = c.description();
            line.staff = c.staff();
            line.delegated = c.delegated();
            row.lines.add(line);
        }
        row.persist();
        em.flush();
        return toStored(row);
    }

    /** Raises the head's version without a new revision (the aggregate is republished); returns the new version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long bumpVersion(BudgetHeadEntity head) {
        head.version++;
        return head.version;
    }

    static StoredBudget toStored(BudgetRevisionEntity row) {
        List<Contribution> lines = row.lines.stream()
                .map(l -> new Contribution(l.partner, l.description, l.staff, l.delegated)).toList();
        return new StoredBudget(row.team, FinancialYear.parse(row.year), row.revision,
                new BudgetContent(lines, row.statedTotal, row.source, row.synthetic),
                row.submittedAt.toInstant(), row.submittedBy);
    }
}
