package org.yjhub.performance.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.period.Quarter;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.reference.Teams;
import org.yjhub.kit.revision.HeadLocks;
import org.yjhub.performance.domain.KpiReturn;
import org.yjhub.performance.domain.PeriodRules;
import org.yjhub.performance.domain.Provenance;
import org.yjhub.performance.domain.ReturnRules;
import org.yjhub.performance.domain.SubmittedValue;
import org.yjhub.performance.domain.Violation;
import org.yjhub.performance.events.PerformanceEvents;
import org.yjhub.performance.repository.ReturnRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * KPI returns: validates a submission completely before touching the database, then serialises on the return's head
 * row, checks the client's precondition, and either stores a new revision (with its event, in the same transaction)
 * or, for identical content, nothing at all.
 */
@ApplicationScoped
public class ReturnService {

    @Inject
    Teams teams;

    @Inject
    IndicatorCatalog catalog;

    @Inject
    Clock clock;

    @Inject
    HeadLocks heads;

    @Inject
    ReturnRepository returns;

    @Inject
    PerformanceEvents events;

    private ReturnRules rules;

    @PostConstruct
    void init() {
        rules = new ReturnRules(catalog);
    }

    /** A submission as received: the values, and the optional provenance. */
    public record Submission(List<SubmittedValue> values, String source, Boolean synthetic) {
    }

    public record Result(KpiReturn current, Outcome outcome) {
    }

    @Transactional
    public Result submit(String team, Quarter quarter, Submission submission, Preconditions preconditions, String by) {
        teams.require(team);
        List<Violation> violations = new ArrayList<>();
        PeriodRules.returnQuarterProblem(quarter, LocalDate.now(clock)).ifPresent(m -> violations.add(Violation.of("quarter", m)));
        ReturnRules.Outcome checked = rules.checkReturn(submission.values());
        violations.addAll(checked.violations());
        Provenance.sourceProblem(submission.source()).ifPresent(m -> violations.add(Violation.of("source", m)));
        if (!violations.isEmpty()) {
            throw Problems.invalid("the return for " + team + " " + quarter, violations, checked.disagreements());
        }
        String source = Provenance.normaliseSource(submission.source());
        boolean synthetic = Boolean.TRUE.equals(submission.synthetic());

        HeadLocks.Key key = HeadLocks.Key.of(team, quarter.toString());
        HeadLocks.Head head = heads.lock(ReturnRepository.HEADS, key);
        preconditions.checkWrite("the return for " + team + " " + quarter, head.revision());
        if (head.exists()) {
            KpiReturn current = returns.current(List.of(head)).get(key);
            if (current.sameContent(checked.values(), source, synthetic)) {
                return new Result(current, Outcome.UNCHANGED);
            }
        }
        KpiReturn next = new KpiReturn(team, quarter.toString(), head.revision() + 1, checked.values(), now(), by, source, synthetic);
        returns.store(List.of(next));
        heads.advance(ReturnRepository.HEADS, Map.of(key, next.revision()));
        events.returnSubmitted(next);
        return new Result(next, head.exists() ? Outcome.REVISED : Outcome.CREATED);
    }

    @Transactional
    public KpiReturn latest(String team, Quarter quarter) {
        teams.require(team);
        return returns.latest(team, quarter.toString()).orElseThrow(() -> noReturn(team, quarter));
    }

    @Transactional
    public List<KpiReturn> history(String team, Quarter quarter) {
        teams.require(team);
        List<KpiReturn> history = returns.history(team, quarter.toString());
        if (history.isEmpty()) {
            throw noReturn(team, quarter);
        }
        return history;
    }

    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static ProblemException noReturn(String team, Quarter quarter) {
        return ProblemException.notFound(team + " has no return for " + quarter + "; PUT one to /api/v1/teams/" + team
                + "/returns/" + quarter);
    }
}
