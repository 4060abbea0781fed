package org.yjhub.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yjhub.budget.domain.StaffingContent;
import org.yjhub.budget.domain.StaffingInput;
import org.yjhub.budget.domain.StaffingRules;
import org.yjhub.budget.domain.StaffingSnapshot;
import org.yjhub.budget.events.StaffingEvents;
import org.yjhub.budget.repository.StaffingRepository;
import org.yjhub.common.events.budget.StaffingSubmitted;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.reference.Teams;
import org.yjhub.kit.revision.HeadLocks;
import org.yjhub.kit.revision.Revisions;
import org.yjhub.kit.revision.Written;
import org.yjhub.outbox.Outbox;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Staffing: checks, then writes as the kit's {@link Revisions} do, publishing {@link StaffingSubmitted} (version = revision). */
@ApplicationScoped
public class StaffingService {

    @Inject
    Teams teams;

    @Inject
    Revisions revisions;

    @Inject
    StaffingRepository staffing;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public Written<StaffingSnapshot> submit(String team, FinancialYear year, StaffingInput input, Preconditions preconditions,
                                            String subject) {
        teams.require(team);
        Problems.rejectFuture(year, clock);
        StaffingContent content = Problems.checked(() -> StaffingRules.check(input));
        return revisions.write(StaffingRepository.HEADS, HeadLocks.Key.of(team, year.toString()),
                "the staffing of " + team + " for " + year, preconditions,
                head -> staffing.latest(team, year).filter(s -> s.revision() == head.revision())
                        .orElseThrow(() -> new IllegalStateException("staffing head points at a missing revision")),
                current -> current.content().sameContentAs(content),
                revision -> new StaffingSnapshot(team, year, revision, content,
                        clock.instant().truncatedTo(ChronoUnit.MILLIS), subject),
                next -> {
                    staffing.store(next);
                    outbox.publish(StaffingSubmitted.AGGREGATE, StaffingEvents.aggregateId(next), StaffingSubmitted.TYPE,
                            next.revision(), StaffingEvents.submitted(next));
                });
    }

    @Transactional
    public StaffingSnapshot latest(String team, FinancialYear year) {
        teams.require(team);
        return staffing.latest(team, year).orElseThrow(() -> notFound(team, year));
    }

    @Transactional
    public List<StaffingSnapshot> revisions(String team, FinancialYear year) {
        teams.require(team);
        return Revisions.existing(staffing.revisions(team, year), () -> notFound(team, year));
    }

    private static ProblemException notFound(String team, FinancialYear year) {
        return ProblemException.notFound("no staffing has been submitted for " + team + " for " + year);
    }
}
