package org.yjhub.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.yjhub.budget.domain.BudgetContent;
import org.yjhub.budget.domain.BudgetInput;
import org.yjhub.budget.domain.BudgetRules;
import org.yjhub.budget.domain.BudgetSnapshot;
import org.yjhub.budget.domain.YearOnYear;
import org.yjhub.budget.events.BudgetEvents;
import org.yjhub.budget.repository.BudgetHeadEntity;
import org.yjhub.budget.repository.BudgetRepository;
import org.yjhub.budget.repository.StoredBudget;
import org.yjhub.common.events.budget.BudgetSubmitted;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.reference.Teams;
import org.yjhub.kit.revision.Outcome;
import org.yjhub.kit.revision.Written;
import org.yjhub.outbox.Outbox;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Budgets: checks, stores every revision, publishes {@link BudgetSubmitted} through the outbox.
 * <p>
 * Entity tags: a budget's representation carries its year-on-year figures, which change when the previous year's budget
 * does, so its ETag carries the event <em>version</em> (which moves with every revision and every republication) rather
 * than the revision: a conditional read never keeps stale figures, and If-Match compares with what the client read.
 * <p>
 * Year on year: a budget carries the change against the previous year's latest budget. When a year's budget gets a
 * new revision that changes those figures for the <em>next</em> year's budget (or the previous year appears for the
 * first time), the next year's budget is republished: same revision, version + 1, new previous-year figures. So the
 * event version of a budget can run ahead of its revision, and a consumer that keeps the newest version always holds
 * the current comparison. Only the next year is affected; a change two years back does not reach further.
 */
@ApplicationScoped
public class BudgetService {

    private static final Logger LOG = Logger.getLogger(BudgetService.class);

    @Inject
    Teams teams;

    @Inject
    BudgetRepository budgets;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** @param version the number the budget's ETag carries (its event version) */
    public record Current(BudgetSnapshot budget, long version) {
    }

    @Transactional
    public Written<BudgetSnapshot> submit(String team, FinancialYear year, BudgetInput input, Preconditions preconditions, String subject) {
        teams.require(team);
        Problems.rejectFuture(year, clock);
        BudgetContent content = Problems.checked(() -> BudgetRules.check(input));

        long current = budgets.lock(team, year, Problems.nextOrNull(year));
        long version = budgets.head(team, year).map(h -> h.version).orElse(0L);
        preconditions.checkWrite(describe(team, year), current, version);
        StoredBudget latest = current == 0 ? null : budgets.revision(team, year, current)
                .orElseThrow(() -> new IllegalStateException("budget head points at a missing revision"));
        FinancialYear previousYear = Problems.previousOrNull(year);
        BudgetContent previous = previousYear == null ? null
                : budgets.latest(team, previousYear).map(StoredBudget::content).orElse(null);

        if (latest != null && latest.content().sameContentAs(content)) {
            return new Written<>(snapshot(latest, previousYear, previous), Outcome.UNCHANGED, version);
        }
        StoredBudget stored = budgets.append(team, year, content, clock.instant().truncatedTo(ChronoUnit.MILLIS), subject);
        BudgetSnapshot snapshot = snapshot(stored, previousYear, previous);
        long newVersion = budgets.head(team, year).orElseThrow().version;
        outbox.publish(BudgetSubmitted.AGGREGATE, BudgetEvents.aggregateId(snapshot), BudgetSubmitted.TYPE, newVersion,
                BudgetEvents.submitted(snapshot));
        republishNextYear(team, year, latest == null ? null : latest.content(), content);
        return new Written<>(snapshot, stored.revision() == 1 ? Outcome.CREATED : Outcome.REVISED, newVersion);
    }

    /**
     * The latest revision, compared with the previous year's latest budget, and its version. The version is read
     * first: a write committed between the reads can then only make the tag older than what it labels (the next
     * conditional read gets 200), never newer (which would keep stale figures behind a 304).
     */
    @Transactional
    public Current latest(String team, FinancialYear year) {
        teams.require(team);
        long version = budgets.head(team, year).map(h -> h.version).orElseThrow(() -> notFound(team, year));
        StoredBudget latest = budgets.latest(team, year).orElseThrow(() -> notFound(team, year));
        FinancialYear previousYear = Problems.previousOrNull(year);
        return new Current(snapshot(latest, previousYear, previousContent(team, previousYear)), version);
    }

    /** Every revision, oldest first, each compared with the previous year's <em>latest</em> budget. */
    @Transactional
    public List<BudgetSnapshot> revisions(String team, FinancialYear year) {
        teams.require(team);
        List<StoredBudget> all = budgets.revisions(team, year);
        if (all.isEmpty()) {
            throw notFound(team, year);
        }
        FinancialYear previousYear = Problems.previousOrNull(year);
        BudgetContent previous = previousContent(team, previousYear);
        return all.stream().map(s -> snapshot(s, previousYear, previous)).toList();
    }

    private void republishNextYear(String team, FinancialYear year, BudgetContent before, BudgetContent after) {
        FinancialYear next = Problems.nextOrNull(year);
        if (next == null) {
            return;
        }
        Optional<BudgetHeadEntity> nextHead = budgets.head(team, next);
        if (nextHead.isEmpty()) {
            return;
        }
        StoredBudget nextLatest = budgets.revision(team, next, nextHead.get().revision)
                .orElseThrow(() -> new IllegalStateException("budget head points at a missing revision"));
        YearOnYear was = before == null ? null : YearOnYear.compare(nextLatest.content(), before);
        YearOnYear now = YearOnYear.compare(nextLatest.content(), after);
        if (now.equals(was)) {
            return;
        }
        long version = budgets.bumpVersion(nextHead.get());
        BudgetSnapshot snapshot = snapshot(nextLatest, year, after);
        outbox.publish(BudgetSubmitted.AGGREGATE, BudgetEvents.aggregateId(snapshot), BudgetSubmitted.TYPE, version,
                BudgetEvents.submitted(snapshot));
        LOG.debugf("republished budget %s as version %d: the previous year changed", BudgetEvents.aggregateId(snapshot), version);
    }

    private BudgetContent previousContent(String team, FinancialYear previousYear) {
        return previousYear == null ? null : budgets.latest(team, previousYear).map(StoredBudget::content).orElse(null);
    }

    private static BudgetSnapshot snapshot(StoredBudget stored, FinancialYear previousYear, BudgetContent previous) {
        return new BudgetSnapshot(stored.team(), stored.year(), stored.revision(), stored.content(), stored.submittedAt(),
                stored.submittedBy(), previous == null ? null : previousYear,
                previous == null ? null : YearOnYear.compare(stored.content(), previous));
    }

    private static String describe(String team, FinancialYear year) {
        return "the budget of " + team + " for " + year;
    }

    private static ProblemException notFound(String team, FinancialYear year) {
        return ProblemException.notFound("no budget has been submitted for " + team + " for " + year);
    }
}
