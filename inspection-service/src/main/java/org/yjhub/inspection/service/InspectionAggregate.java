package org.yjhub.inspection.service;

import org.yjhub.common.text.PlainText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.inspection.domain.Violation;
import org.yjhub.inspection.events.InspectionEvents;
import org.yjhub.inspection.repository.InspectionEntity;
import org.yjhub.kit.auth.Caller;
import org.yjhub.kit.auth.Roles;
import org.yjhub.kit.problem.FieldError;
import org.yjhub.kit.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What every write to an inspection aggregate shares: lock the head row (404 if there is none), stamp the change,
 * raise the version and publish the new state through the outbox — all in the caller's transaction.
 */
@ApplicationScoped
public class InspectionAggregate {

    @Inject
    InspectionReader reader;

    @Inject
    InspectionEvents events;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /** The head row, locked for this transaction ({@code SELECT … FOR UPDATE}); 404 if unknown. */
    public InspectionEntity lock(String id) {
        return InspectionReader.uuid(id).flatMap(u -> InspectionEntity.lock(u)).orElseThrow(() -> notFound(id));
    }

    /** Writers of a team's improvement plan: the inspected team's own authority, or an inspector or admin. */
    public void authorisePlanWriter(InspectionEntity head) {
        if (caller.has(Roles.INSPECTOR) || caller.has(Roles.ADMIN)) {
            return;
        }
        caller.requireTeamWriter(head.team);
    }

    /** Raises the version of a locked head, then publishes the aggregate's new state. */
    public InspectionState changed(InspectionEntity head, Instant at) {
        head.version++;
        head.updatedAt = at;
        return publish(head);
    }

    /** Publishes the head's current state (used directly when the head was just created at version 1). */
    public InspectionState publish(InspectionEntity head) {
        InspectionState state = reader.state(head);
        events.changed(state);
        return state;
    }

    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public static ProblemException notFound(String id) {
        return ProblemException.notFound("no inspection with id '" + abbreviate(id) + "'");
    }

    /** 422 listing every violation; the detail names the single one when there is only one. */
    public static ProblemException invalid(String what, List<Violation> violations) {
        List<FieldError> errors = violations.stream().map(v -> FieldError.of(v.field(), v.message())).toList();
        String detail = violations.size() == 1
                ? what + ": " + violations.get(0).field() + " " + violations.get(0).message()
                : what + ": " + violations.size() + " problems, each listed in errors";
        return ProblemException.unprocessable(detail, errors);
    }

    static String abbreviate(String s) {
        return PlainText.abbreviate(s, 60);
    }
}
