package org.yjhub.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yjhub.inspection.domain.ImprovementPlanRules.PlanDraft;
import org.yjhub.inspection.domain.ImprovementPlanRules;
import org.yjhub.inspection.repository.InspectionEntity;
import org.yjhub.inspection.repository.InspectionRepository;
import org.yjhub.inspection.repository.PlanEntity;
import org.yjhub.inspection.service.InspectionState.PlanState;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.revision.Outcome;
import org.yjhub.kit.revision.Written;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The improvement plan's own record (title, status, due, source) of an inspection. Each change is a new revision
 * (1, 2, …); earlier ones are kept. Written by the inspected team's authority, an inspector or an admin. Every change
 * raises the inspection's version and publishes its state.
 */
@ApplicationScoped
public class PlanService {

    @Inject
    InspectionAggregate aggregate;

    @Inject
    InspectionRepository repository;

    /** The plan's record as submitted, every field as written (null when not given). */
    public record PlanInput(String title, String status, String due, String dueDate, String source) {
    }

    /**
     * Records the plan's record as a new revision. {@code preconditions} are checked against the current revision (0
     * with no plan yet: any If-Match fails, {@code *} too, as there is no current representation to match; and
     * {@code If-None-Match: *} records only the first revision). Identical content appends nothing.
     */
    @Transactional
    public Written<PlanState> put(String inspectionId, PlanInput input, Preconditions preconditions) {
        InspectionEntity head = aggregate.lock(inspectionId);
        aggregate.authorisePlanWriter(head);
        Optional<PlanEntity> current = repository.latestPlan(head.id);
        preconditions.checkWrite("the improvement plan of inspection " + inspectionId,
                current.map(x -> (long) x.revision).orElse(0L));
        ImprovementPlanRules.Checked<PlanDraft> checked = ImprovementPlanRules.plan(input.title(), input.status(),
                input.due(), input.dueDate(), input.source());
        if (!checked.valid()) {
            throw InspectionAggregate.invalid("the plan is invalid", checked.violations());
        }
        PlanDraft d = checked.draft();
        String due = d.due() == null ? null : d.due().text();
        LocalDate dueDate = d.due() == null ? null : d.due().date();
        if (current.isPresent() && sameContent(current.get(), d, due, dueDate)) {
            return written(head, Outcome.UNCHANGED);
        }
        Instant now = aggregate.now();
        PlanEntity p = new PlanEntity();
        p.inspectionId = head.id;
        p.revision = current.map(x -> x.revision + 1).orElse(1);
        p.title = d.title();
        p.status = d.status().name();
        p.due = due;
        p.dueDate = dueDate;
        p.source = d.source();
        p.recordedAt = now;
        p.recordedBy = aggregate.by();
        p.persist();
        aggregate.changed(head, now);
        return written(head, current.isEmpty() ? Outcome.CREATED : Outcome.REVISED);
    }

    /** The plan's current record; 404 when the inspection is unknown or has no plan yet. */
    public PlanState get(String inspectionId) {
        InspectionEntity head = aggregate.head(inspectionId).orElseThrow(() -> InspectionAggregate.notFound(inspectionId));
        return aggregate.plan(head.id).orElseThrow(() -> ProblemException.notFound("inspection " + head.id
                + " has no improvement plan recorded yet; PUT one to record it"));
    }

    private Written<PlanState> written(InspectionEntity head, Outcome outcome) {
        PlanState plan = aggregate.plan(head.id).orElseThrow();
        return new Written<>(plan, outcome, plan.revision());
    }

    private static boolean sameContent(PlanEntity p, PlanDraft d, String due, LocalDate dueDate) {
        return Objects.equals(p.title, d.title()) && p.status.equals(d.status().name()) && Objects.equals(p.due, due)
                && Objects.equals(p.dueDate, dueDate) && Objects.equals(p.source, d.source());
    }
}
