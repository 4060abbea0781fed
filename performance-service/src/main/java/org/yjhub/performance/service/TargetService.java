package org.yjhub.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.reference.Teams;
import org.yjhub.kit.revision.HeadLocks;
import org.yjhub.kit.revision.Revisions;
import org.yjhub.kit.revision.Written;
import org.yjhub.performance.domain.KpiTargets;
import org.yjhub.performance.domain.PeriodRules;
import org.yjhub.performance.domain.TargetInput;
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

/** A team's targets per financial year: checked, then written as the kit's {@link Revisions} do, like the returns. */
@ApplicationScoped
public class TargetService {

    @Inject
    Teams teams;

    @Inject
    TargetRules rules;

    @Inject
    Clock clock;

    @Inject
    Revisions revisions;

    @Inject
    TargetsRepository targets;

    @Inject
    PerformanceEvents events;

    @Transactional
    public Written<KpiTargets> set(String team, FinancialYear year, List<TargetInput> input, Preconditions preconditions,
                                   String by) {
        teams.require(team);
        List<Violation> violations = new ArrayList<>();
        PeriodRules.targetYearProblem(year, LocalDate.now(clock)).ifPresent(m -> violations.add(Violation.of("year", m)));
        TargetRules.Checked checked = rules.check(input);
        violations.addAll(checked.violations());
        if (!violations.isEmpty()) {
            throw Problems.invalid("the targets for " + team + " " + year, violations, List.of());
        }
        return revisions.write(TargetsRepository.HEADS, HeadLocks.Key.of(team, year.toString()),
                "the targets for " + team + " " + year, preconditions, targets::current,
                current -> TargetRules.sameTargets(current.targets(), checked.targets()),
                revision -> new KpiTargets(team, year.toString(), revision, checked.targets(),
                        Instant.now(clock).truncatedTo(ChronoUnit.MICROS), by),
                next -> {
                    targets.store(next);
                    events.targetsSet(next);
                });
    }

    @Transactional
    public KpiTargets latest(String team, FinancialYear year) {
        teams.require(team);
        return targets.latest(team, year.toString()).orElseThrow(() -> none(team, year));
    }

    @Transactional
    public List<KpiTargets> history(String team, FinancialYear year) {
        teams.require(team);
        return Revisions.existing(targets.history(team, year.toString()), () -> none(team, year));
    }

    private static ProblemException none(String team, FinancialYear year) {
        return ProblemException.notFound(team + " has no targets for " + year + "; PUT them to /api/v1/teams/" + team
                + "/targets/" + year);
    }
}
