package org.yjhub.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yjhub.common.period.Quarter;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.reference.Teams;
import org.yjhub.kit.revision.HeadLocks;
import org.yjhub.kit.revision.Revisions;
import org.yjhub.kit.revision.Written;
import org.yjhub.performance.domain.KpiReturn;
import org.yjhub.performance.domain.PeriodRules;
import org.yjhub.performance.domain.Provenance;
import org.yjhub.performance.domain.ReturnInput;
import org.yjhub.performance.domain.ReturnRules;
import org.yjhub.performance.domain.Violation;
import org.yjhub.performance.events.PerformanceEvents;
import org.yjhub.performance.repository.ReturnRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * KPI returns: validates a return completely before touching the database, then writes it as the kit's
 * {@link Revisions} do: a new revision (with its event, in the same transaction) or, for identical content, nothing.
 */
@ApplicationScoped
public class ReturnService {

    @Inject
    Teams teams;

    @Inject
    ReturnRules rules;

    @Inject
    Clock clock;

    @Inject
    Revisions revisions;

    @Inject
    ReturnRepository returns;

    @Inject
    PerformanceEvents events;

    @Transactional
    public Written<KpiReturn> submit(String team, Quarter quarter, ReturnInput input, Preconditions preconditions, String by) {
        teams.require(team);
        List<Violation> violations = new ArrayList<>();
        PeriodRules.returnQuarterProblem(quarter, LocalDate.now(clock)).ifPresent(m -> violations.add(Violation.of("quarter", m)));
        ReturnRules.Checked checked = rules.checkReturn(input.values());
        violations.addAll(checked.violations());
        Provenance.sourceProblem(input.source()).ifPresent(m -> violations.add(Violation.of("source", m)));
        if (!violations.isEmpty()) {
            throw Problems.invalid("the return for " + team + " " + quarter, violations, checked.disagreements());
        }
        String source = Provenance.normaliseSource(input.source());
        boolean synthetic = Boolean.TRUE.equals(input.synthetic());
        return revisions.write(ReturnRepository.HEADS, HeadLocks.Key.of(team, quarter.toString()),
                "the return for " + team + " " + quarter, preconditions,
                head -> returns.current(List.of(head)).get(head.key()),
                current -> current.sameContent(checked.values(), source, synthetic),
                revision -> new KpiReturn(team, quarter.toString(), revision, checked.values(), now(), by, source, synthetic),
                next -> {
                    returns.store(List.of(next));
                    events.returnSubmitted(next);
                });
    }

    @Transactional
    public KpiReturn latest(String team, Quarter quarter) {
        teams.require(team);
        return returns.latest(team, quarter.toString()).orElseThrow(() -> noReturn(team, quarter));
    }

    @Transactional
    public List<KpiReturn> history(String team, Quarter quarter) {
        teams.require(team);
        return Revisions.existing(returns.history(team, quarter.toString()), () -> noReturn(team, quarter));
    }

    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static ProblemException noReturn(String team, Quarter quarter) {
        return ProblemException.notFound(team + " has no return for " + quarter + "; PUT one to /api/v1/teams/" + team
                + "/returns/" + quarter);
    }
}
