package org.yjhub.performance.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.reference.Teams;
import org.yjhub.kit.revision.HeadLocks;
import org.yjhub.performance.domain.KpiTargets;
import org.yjhub.performance.domain.PeriodRules;
import org.yjhub.performance.domain.SubmittedTarget;
import org.yjhub.performance.domain.TargetRules;
import org.yjhub.performance.domain.Violation;
import org.yjhub.performance.events.PerformanceEvents;
import org.yjhub.performance.repository.TargetsRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A team's targets per financial year: the same revision, precondition and event rules as the returns. */
@ApplicationScoped
public class TargetService {

    @Inject
    Teams teams;

    @Inject
    IndicatorCatalog catalog;

    @Inject
    Clock clock;

    @Inject
    HeadLocks heads;

    @Inject
    TargetsRepository targets;

    @Inject
    PerformanceEvents events;

    private TargetRules rules;

    @PostConstruct
    void init() {
        rules = new TargetRules(catalog);
    }

    public record Result(KpiTargets current, Outcome outcome) {
    }

    @Transactional
    public Result set(String team, FinancialYear year, List<SubmittedTarget> submitted, Preconditions preconditions, String by) {
        teams.require(team);
        List<Violation> violations = new ArrayList<>();
        PeriodRules.targetYearProblem(year, LocalDate.now(clock)).ifPresent(m -> violations.add(Violation.of("year", m)));
        TargetRules.Outcome checked = rules.check(submitted);
        violations.addAll(checked.violations());
        if (!violations.isEmpty()) {
            throw Problems.invalid("the targets for " + team + " " + year, violations, List.of());
        }
        HeadLocks.Key key = HeadLocks.Key.of(team, year.toString());
        HeadLocks.Head head = heads.lock(TargetsRepository.HEADS, key);
        preconditions.checkWrite("the targets for " + team + " " + year, head.revision());
        if (head.exists()) {
            KpiTargets current = targets.current(head);
            if (TargetRules.sameTargets(current.targets(), checked.targets())) {
                return new Result(current, Outcome.UNCHANGED);
            }
        }
        KpiTargets next = new KpiTargets(team, year.toString(), head.revision() + 1, checked.targets(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS), by);
        targets.store(next);
        heads.advance(TargetsRepository.HEADS, Map.of(key, next.revision()));
        events.targetsSet(next);
        return new Result(next, head.exists() ? Outcome.REVISED : Outcome.CREATED);
    }

    @Transactional
    public KpiTargets latest(String team, FinancialYear year) {
        teams.require(team);
        return targets.latest(team, year.toString()).orElseThrow(() -> none(team, year));
    }

    @Transactional
    public List<KpiTargets> history(String team, FinancialYear year) {
        teams.require(team);
        List<KpiTargets> history = targets.history(team, year.toString());
        if (history.isEmpty()) {
            throw none(team, year);
        }
        return history;
    }

    private static ProblemException none(String team, FinancialYear year) {
        return ProblemException.notFound(team + " has no targets for " + year + "; PUT them to /api/v1/teams/" + team
                + "/targets/" + year);
    }
}
