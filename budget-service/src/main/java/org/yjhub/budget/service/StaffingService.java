package org.yjhub.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yjhub.budget.domain.InvalidContentException;
import org.yjhub.budget.domain.StaffingContent;
import org.yjhub.budget.domain.StaffingInput;
import org.yjhub.budget.domain.StaffingRules;
import org.yjhub.budget.domain.StaffingSnapshot;
import org.yjhub.budget.events.StaffingEvents;
import org.yjhub.budget.repository.StaffingStore;
import org.yjhub.budget.repository.StoredStaffing;
import org.yjhub.common.events.budget.StaffingSubmitted;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.outbox.Outbox;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.reference.Teams;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Staffing: checks, stores every revision, publishes {@link StaffingSubmitted} (version = revision). */
@ApplicationScoped
public class StaffingService {

    @Inject
    Teams teams;

    @Inject
    StaffingStore store;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public record Submission(StaffingSnapshot staffing, Outcome outcome) {
    }

    @Transactional
    public Submission submit(String team, FinancialYear year, StaffingInput input, Preconditions preconditions, String subject) {
        teams.require(team);
        Problems.rejectFuture(year, clock);
        StaffingContent content;
        try {
            content = StaffingRules.check(input);
        } catch (InvalidContentException e) {
            throw Problems.invalid(e);
        }

        long current = store.lock(team, year);
        preconditions.checkWrite("the staffing of " + team + " for " + year, current);
        StoredStaffing latest = current == 0 ? null : store.latest(team, year)
                .filter(s -> s.revision() == current)
                .orElseThrow(() -> new IllegalStateException("staffing head points at a missing revision"));
        if (latest != null && latest.content().sameContentAs(content)) {
            return new Submission(snapshot(latest), Outcome.UNCHANGED);
        }
        StoredStaffing stored = store.append(team, year, current + 1, content,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), subject);
        StaffingSnapshot snapshot = snapshot(stored);
        outbox.publish(StaffingSubmitted.AGGREGATE, StaffingEvents.aggregateId(snapshot), StaffingSubmitted.TYPE,
                stored.revision(), StaffingEvents.submitted(snapshot));
        return new Submission(snapshot, stored.revision() == 1 ? Outcome.CREATED : Outcome.REVISED);
    }

    @Transactional
    public StaffingSnapshot latest(String team, FinancialYear year) {
        teams.require(team);
        return store.latest(team, year).map(StaffingService::snapshot).orElseThrow(() -> notFound(team, year));
    }

    @Transactional
    public List<StaffingSnapshot> revisions(String team, FinancialYear year) {
        teams.require(team);
        List<StoredStaffing> all = store.revisions(team, year);
        if (all.isEmpty()) {
            throw notFound(team, year);
        }
        return all.stream().map(StaffingService::snapshot).toList();
    }

    private static StaffingSnapshot snapshot(StoredStaffing s) {
        return new StaffingSnapshot(s.team(), s.year(), s.revision(), s.content(), s.submittedAt(), s.submittedBy());
    }

    private static ProblemException notFound(String team, FinancialYear year) {
        return ProblemException.notFound("no staffing has been submitted for " + team + " for " + year);
    }
}
