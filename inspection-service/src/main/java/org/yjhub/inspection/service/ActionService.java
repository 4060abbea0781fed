package org.yjhub.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yjhub.inspection.domain.ImprovementPlanRules;
import org.yjhub.inspection.domain.ImprovementPlanRules.ActionDraft;
import org.yjhub.inspection.domain.ImprovementPlanRules.ActionSubmission;
import org.yjhub.inspection.domain.ImprovementPlanRules.ProgressDraft;
import org.yjhub.inspection.domain.Violation;
import org.yjhub.inspection.repository.ActionEntity;
import org.yjhub.inspection.repository.ActionHistoryEntity;
import org.yjhub.inspection.repository.InspectionEntity;
import org.yjhub.inspection.repository.RecommendationEntity;
import org.yjhub.inspection.service.InspectionState.ActionState;
import org.yjhub.kit.auth.Caller;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.problem.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Improvement-plan actions. Written by the inspected team's own authority, an inspector or an admin. An action's
 * text, owners, due, section and references are fixed when it is created; its status and progress change only by appending a history
 * entry, so every earlier state is kept. Every change raises the inspection's version and publishes its state.
 */
@ApplicationScoped
public class ActionService {

    @Inject
    Caller caller;

    @Inject
    InspectionReader reader;

    @Inject
    InspectionAggregate aggregate;

    /** An action after a write, whether the write changed anything, and the inspection's version after it. */
    public record Written(ActionState action, boolean changed, long inspectionVersion) {
    }

    /**
     * Creates an action. Its reference, when it has one, must be new to the inspection (409 naming the action that has
     * it); the references it refers to may name actions that do not exist yet (a plan is one document: its actions
     * refer to each other).
     */
    @Transactional
    public Written create(String inspectionId, ActionCommand c, Preconditions preconditions) {
        InspectionEntity head = aggregate.lock(inspectionId);
        aggregate.authorisePlanWriter(head);
        preconditions.checkWrite("inspection " + inspectionId, head.version);
        ImprovementPlanRules.Checked<ActionDraft> checked = ImprovementPlanRules.action(new ActionSubmission(
                c.reference(), c.section(), c.text(), c.owner(), c.owners(), c.due(), c.dueDate(), c.refersTo(),
                c.status(), c.progress()));
        List<Violation> violations = new ArrayList<>(checked.violations());
        UUID recommendation = recommendation(head, c.recommendation(), violations);
        if (!violations.isEmpty()) {
            throw InspectionAggregate.invalid("the action is invalid", violations);
        }
        ActionDraft d = checked.draft();
        if (d.reference() != null) {
            ActionEntity.withReference(head.id, d.reference()).ifPresent(existing -> {
                throw ProblemException.conflict("action " + existing.number + " of this inspection already has "
                                + "reference '" + d.reference() + "' (" + existing.id + "); references are unique "
                                + "within an inspection's plan")
                        .with("existing", existing.id.toString());
            });
        }
        Instant now = aggregate.now();
        ActionEntity a = new ActionEntity();
        a.id = UUID.randomUUID();
        a.inspectionId = head.id;
        a.number = (int) ActionEntity.countOf(head.id) + 1;
        a.recommendationId = recommendation;
        a.reference = d.reference();
        a.section = d.section();
        a.text = d.text();
        a.owner = d.owner();
        a.owners = d.owners();
        a.due = d.due().text();
        a.dueDate = d.due().date();
        a.refersTo = d.refersTo();
        a.createdAt = now;
        a.createdBy = caller.subject();
        a.persist();
        append(a.id, 1, now, d.status().statusName(), d.status().submitted(), d.progress());
        InspectionState state = aggregate.changed(head, now);
        return new Written(reader.action(a, head.team), true, state.version());
    }

    /**
     * Appends a progress update. {@code preconditions} are checked against the action's revision. An update that
     * changes neither status nor progress appends nothing and publishes nothing.
     */
    @Transactional
    public Written progress(String actionId, String status, String progress, Preconditions preconditions) {
        ActionEntity action = find(actionId);
        InspectionEntity head = InspectionEntity.lock(action.inspectionId).orElseThrow();
        aggregate.authorisePlanWriter(head);
        List<ActionHistoryEntity> history = ActionHistoryEntity.ofAction(action.id);
        ActionHistoryEntity latest = history.get(history.size() - 1);
        preconditions.checkWrite("action " + actionId, latest.revision);
        ImprovementPlanRules.Checked<ProgressDraft> checked = ImprovementPlanRules.progress(status, progress);
        if (!checked.valid()) {
            throw InspectionAggregate.invalid("the progress update is invalid", checked.violations());
        }
        ProgressDraft d = checked.draft();
        String newStatus = d.statusGiven() ? d.status().statusName() : latest.status;
        String submitted = d.statusGiven() ? d.status().submitted() : null;
        String newProgress = d.progressGiven() ? d.progress() : latest.progress;
        if (Objects.equals(newStatus, latest.status) && Objects.equals(newProgress, latest.progress)) {
            return new Written(reader.action(action, head.team), false, head.version);
        }
        Instant now = aggregate.now();
        append(action.id, latest.revision + 1, now, newStatus, submitted, newProgress);
        InspectionState state = aggregate.changed(head, now);
        return new Written(reader.action(action, head.team), true, state.version());
    }

    public ActionState get(String actionId) {
        ActionEntity action = find(actionId);
        InspectionEntity head = InspectionEntity.findById(action.inspectionId);
        return reader.action(action, head.team);
    }

    private ActionEntity find(String actionId) {
        return InspectionReader.uuid(actionId).flatMap(u -> ActionEntity.<ActionEntity>findByIdOptional(u))
                .orElseThrow(() -> ProblemException.notFound("no action with id '"
                        + InspectionAggregate.abbreviate(actionId) + "'"));
    }

    private static UUID recommendation(InspectionEntity head, String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Optional<RecommendationEntity> r = InspectionReader.uuid(raw.strip())
                .flatMap(u -> RecommendationEntity.<RecommendationEntity>findByIdOptional(u))
                .filter(x -> x.inspectionId.equals(head.id));
        if (r.isEmpty()) {
            violations.add(new Violation("recommendation", "'" + InspectionAggregate.abbreviate(raw)
                    + "' is not a recommendation of this inspection; give the id of one of its recommendations or leave it out"));
            return null;
        }
        return r.get().id;
    }

    private void append(UUID actionId, int revision, Instant at, String status, String submitted,
                               String progress) {
        ActionHistoryEntity h = new ActionHistoryEntity();
        h.actionId = actionId;
        h.revision = revision;
        h.at = at;
        h.status = status;
        h.submittedStatus = submitted;
        h.progress = progress;
        h.by = caller.subject();
        h.persist();
    }
}
