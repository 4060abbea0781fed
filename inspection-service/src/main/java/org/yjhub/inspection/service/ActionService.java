package org.yjhub.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yjhub.common.text.PlainText;
import org.yjhub.inspection.domain.ActionRules.ActionDraft;
import org.yjhub.inspection.domain.ActionRules.ActionInput;
import org.yjhub.inspection.domain.ActionRules.ProgressDraft;
import org.yjhub.inspection.domain.ActionRules;
import org.yjhub.inspection.domain.ImprovementPlanRules;
import org.yjhub.inspection.domain.Violation;
import org.yjhub.inspection.repository.ActionEntity;
import org.yjhub.inspection.repository.ActionHistoryEntity;
import org.yjhub.inspection.repository.InspectionEntity;
import org.yjhub.inspection.repository.InspectionRepository;
import org.yjhub.inspection.service.InspectionState.ActionState;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.revision.Outcome;
import org.yjhub.kit.revision.Written;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Improvement-plan actions. Written by the inspected team's own authority, an inspector or an admin. An action's
 * text, owners, due, section and references are fixed when it is created; its status and progress change only by appending a history
 * entry, so every earlier state is kept. Every change raises the inspection's version and publishes its state. The
 * version of an action's {@link Written} is its own revision, its ETag.
 */
@ApplicationScoped
public class ActionService {

    @Inject
    InspectionAggregate aggregate;

    @Inject
    InspectionRepository repository;

    /**
     * Creates an action. Its reference, when it has one, must be new to the inspection (409 naming the action that has
     * it); the references it refers to may name actions that do not exist yet (a plan is one document: its actions
     * refer to each other).
     *
     * @param recommendation the id of the inspection's recommendation it answers, as written; null for none
     */
    @Transactional
    public Written<ActionState> create(String inspectionId, String recommendation, ActionInput input,
                                       Preconditions preconditions) {
        InspectionEntity head = aggregate.lock(inspectionId);
        aggregate.authorisePlanWriter(head);
        preconditions.checkWrite("inspection " + inspectionId, head.version);
        ImprovementPlanRules.Checked<ActionDraft> checked = ActionRules.action(input);
        List<Violation> violations = new ArrayList<>(checked.violations());
        UUID recommendationId = recommendation(head, recommendation, violations);
        if (!violations.isEmpty()) {
            throw InspectionAggregate.invalid("the action is invalid", violations);
        }
        ActionDraft d = checked.draft();
        if (d.reference() != null) {
            repository.actionWithReference(head.id, d.reference()).ifPresent(existing -> {
                throw ProblemException.conflict("action " + existing.number + " of this inspection already has "
                                + "reference '" + d.reference() + "' (" + existing.id + "); references are unique "
                                + "within an inspection's plan")
                        .with("existing", existing.id.toString());
            });
        }
        Instant now = aggregate.now();
        ActionEntity a = new ActionEntity();
        a.recommendationId = recommendationId;
        a.reference = d.reference();
        a.section = d.section();
        a.text = d.text();
        a.owner = d.owner();
        a.owners = d.owners();
        a.due = d.due().text();
        a.dueDate = d.due().date();
        a.refersTo = d.refersTo();
        repository.add(head, a, now, aggregate.by());
        append(a.id, 1, now, d.status().statusName(), d.status().submitted(), d.progress());
        aggregate.changed(head, now);
        return written(aggregate.action(a, head.team), Outcome.CREATED);
    }

    /**
     * Appends a progress update. {@code preconditions} are checked against the action's revision. An update that
     * changes neither status nor progress appends nothing and publishes nothing.
     */
    @Transactional
    public Written<ActionState> progress(String actionId, String status, String progress, Preconditions preconditions) {
        ActionEntity action = find(actionId);
        InspectionEntity head = aggregate.lock(action.inspectionId);
        aggregate.authorisePlanWriter(head);
        List<ActionHistoryEntity> history = repository.history(action.id);
        ActionHistoryEntity latest = history.get(history.size() - 1);
        preconditions.checkWrite("action " + actionId, latest.revision);
        ImprovementPlanRules.Checked<ProgressDraft> checked = ActionRules.progress(status, progress);
        if (!checked.valid()) {
            throw InspectionAggregate.invalid("the progress update is invalid", checked.violations());
        }
        ProgressDraft d = checked.draft();
        String newStatus = d.statusGiven() ? d.status().statusName() : latest.status;
        String submitted = d.statusGiven() ? d.status().submitted() : null;
        String newProgress = d.progressGiven() ? d.progress() : latest.progress;
        if (Objects.equals(newStatus, latest.status) && Objects.equals(newProgress, latest.progress)) {
            return written(aggregate.action(action, head.team), Outcome.UNCHANGED);
        }
        Instant now = aggregate.now();
        append(action.id, latest.revision + 1, now, newStatus, submitted, newProgress);
        aggregate.changed(head, now);
        return written(aggregate.action(action, head.team), Outcome.REVISED);
    }

    public ActionState get(String actionId) {
        ActionEntity action = find(actionId);
        InspectionEntity head = repository.find(action.inspectionId).orElseThrow();
        return aggregate.action(action, head.team);
    }

    private static Written<ActionState> written(ActionState action, Outcome outcome) {
        return new Written<>(action, outcome, action.revision());
    }

    private ActionEntity find(String actionId) {
        return InspectionAggregate.uuid(actionId).flatMap(repository::action)
                .orElseThrow(() -> ProblemException.notFound("no action with id '"
                        + PlainText.abbreviate(actionId) + "'"));
    }

    private UUID recommendation(InspectionEntity head, String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return InspectionAggregate.uuid(raw.strip()).flatMap(repository::recommendation)
                .filter(x -> x.inspectionId.equals(head.id)).map(r -> r.id).orElseGet(() -> {
                    violations.add(new Violation("recommendation", "'" + PlainText.abbreviate(raw)
                            + "' is not a recommendation of this inspection; give the id of one of its recommendations or leave it out"));
                    return null;
                });
    }

    private void append(UUID actionId, int revision, Instant at, String status, String submitted, String progress) {
        ActionHistoryEntity h = new ActionHistoryEntity();
        h.actionId = actionId;
        h.revision = revision;
        h.at = at;
        h.status = status;
        h.submittedStatus = submitted;
        h.progress = progress;
        h.by = aggregate.by();
        h.persist();
    }
}
