package org.yjhub.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.common.text.PlainText;
import org.yjhub.inspection.domain.ActionRules;
import org.yjhub.inspection.domain.Framework;
import org.yjhub.inspection.domain.FrameworkCatalog;
import org.yjhub.inspection.domain.Violation;
import org.yjhub.inspection.events.InspectionEvents;
import org.yjhub.inspection.repository.ActionEntity;
import org.yjhub.inspection.repository.ActionHistoryEntity;
import org.yjhub.inspection.repository.InspectionEntity;
import org.yjhub.inspection.repository.InspectionRepository;
import org.yjhub.inspection.repository.InspectionVersionEntity;
import org.yjhub.inspection.repository.PlanEntity;
import org.yjhub.inspection.repository.RecommendationEntity;
import org.yjhub.inspection.service.InspectionState.ActionState;
import org.yjhub.inspection.service.InspectionState.HistoryEntry;
import org.yjhub.inspection.service.InspectionState.PlanState;
import org.yjhub.inspection.service.InspectionState.ProgressEntry;
import org.yjhub.inspection.service.InspectionState.RecommendationState;
import org.yjhub.inspection.service.InspectionState.Reference;
import org.yjhub.kit.auth.Caller;
import org.yjhub.kit.auth.Roles;
import org.yjhub.kit.problem.FieldError;
import org.yjhub.kit.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An inspection aggregate as its services see it: its state, assembled from its rows (for responses and for events
 * alike), and what every write to it shares — lock the head row (404 if there is none), authorise, stamp the change
 * with its time and author, raise the version and publish the new state through the outbox, all in the caller's
 * transaction.
 */
@ApplicationScoped
public class InspectionAggregate {

    @Inject
    InspectionRepository repository;

    @Inject
    FrameworkCatalog frameworks;

    @Inject
    InspectionEvents events;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    // ---- writes

    /** The head row, locked for this transaction ({@code SELECT … FOR UPDATE}); 404 if unknown. */
    public InspectionEntity lock(String id) {
        return uuid(id).flatMap(repository::lock).orElseThrow(() -> notFound(id));
    }

    /** The head row of the inspection a recommendation or an action belongs to, locked for this transaction. */
    public InspectionEntity lock(UUID id) {
        return repository.lock(id).orElseThrow();
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
        InspectionState state = state(head);
        events.changed(state);
        return state;
    }

    /** The time of a change, to the microsecond the database keeps. */
    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** Who makes the change: the token's subject. */
    public String by() {
        return caller.subject();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- state

    public InspectionState state(InspectionEntity head) {
        InspectionVersionEntity latest = repository.version(head.id, head.correction).orElseThrow(() ->
                new IllegalStateException("inspection " + head.id + " has no version " + head.correction));
        List<RecommendationState> recommendations = recommendations(repository.recommendations(head.id));
        List<ActionEntity> actions = repository.actions(head.id);
        Map<UUID, List<ActionHistoryEntity>> histories = repository.histories(actions.stream().map(a -> a.id).toList())
                .stream().collect(Collectors.groupingBy(h -> h.actionId, LinkedHashMap::new, Collectors.toList()));
        LocalDate today = today();
        List<ActionState> actionStates = actions.stream()
                .map(a -> action(a, head.team, histories.getOrDefault(a.id, List.of()), actions, today)).toList();
        return new InspectionState(head.id.toString(), head.team, head.version, record(latest), recommendations,
                actionStates, plan(head.id).orElse(null), head.createdAt, head.createdBy, head.updatedAt);
    }

    public List<InspectionState.Record> versions(InspectionEntity head) {
        return repository.versions(head.id).stream().map(this::record).toList();
    }

    public Optional<InspectionEntity> head(String id) {
        return uuid(id).flatMap(repository::find);
    }

    public ActionState action(ActionEntity a, String team) {
        List<ActionEntity> plan = a.refersTo.isEmpty() ? List.of() : repository.actions(a.inspectionId);
        return action(a, team, repository.history(a.id), plan, today());
    }

    public RecommendationState recommendation(RecommendationEntity r) {
        return recommendations(List.of(r)).get(0);
    }

    /** The plan record's current revision; empty until one is recorded. */
    public Optional<PlanState> plan(UUID inspectionId) {
        return repository.latestPlan(inspectionId).map(InspectionAggregate::planState);
    }

    private List<RecommendationState> recommendations(List<RecommendationEntity> rs) {
        Map<UUID, List<ProgressEntry>> progress = repository.progress(rs.stream().map(r -> r.id).toList()).stream()
                .collect(Collectors.groupingBy(p -> p.recommendationId, Collectors.mapping(p -> new ProgressEntry(
                        p.reportedOn, p.text, p.source, p.recordedAt, p.recordedBy), Collectors.toList())));
        return rs.stream().map(r -> new RecommendationState(r.id.toString(), r.inspectionId.toString(), r.number,
                r.addressee, r.owner, r.text, progress.getOrDefault(r.id, List.of()), r.createdAt, r.createdBy))
                .toList();
    }

    private static PlanState planState(PlanEntity p) {
        return new PlanState(p.inspectionId.toString(), p.revision, p.title, p.status, p.due, p.dueDate, p.source,
                p.recordedAt, p.recordedBy);
    }

    private InspectionState.Record record(InspectionVersionEntity v) {
        Optional<Framework> framework = frameworks.find(v.framework);
        Map<String, String> ratings = framework.map(f -> f.ordered(v.ratings)).orElse(v.ratings);
        Map<String, Integer> scores = new LinkedHashMap<>();
        framework.ifPresent(f -> f.standards().forEach(s -> {
            if (v.scores.containsKey(s.id())) {
                scores.put(s.id(), v.scores.get(s.id()));
            }
        }));
        v.scores.forEach(scores::putIfAbsent);
        return new InspectionState.Record(v.correction, v.framework, v.fieldworkStarted(), v.fieldworkEnded(),
                v.published(), ratings, scores, v.score, v.overall, v.pointsToNextBand, v.source, v.synthetic,
                v.recordedAt, v.recordedBy);
    }

    /** {@code plan}: the inspection's actions, to resolve the references (the first action with each). */
    private static ActionState action(ActionEntity a, String team, List<ActionHistoryEntity> history,
                                      List<ActionEntity> plan, LocalDate today) {
        List<HistoryEntry> entries = history.stream().map(h -> new HistoryEntry(h.revision, h.at, h.by, h.status,
                h.submittedStatus, h.progress)).toList();
        HistoryEntry latest = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        String status = latest == null ? null : latest.status();
        List<Reference> refersTo = a.refersTo.stream().map(ref -> new Reference(ref, plan.stream()
                .filter(other -> ref.equals(other.reference)).findFirst().map(other -> other.id.toString())
                .orElse(null))).toList();
        return new ActionState(a.id.toString(), a.inspectionId.toString(), team, a.number,
                a.recommendationId == null ? null : a.recommendationId.toString(), a.reference, a.section, a.text,
                a.ownersAsWritten(), a.due, a.dueDate, refersTo, status, latest == null ? null : latest.progress(),
                ActionRules.overdue(a.dueDate, status, today), latest == null ? 0 : latest.revision(),
                a.createdAt, a.createdBy, latest == null ? a.createdAt : latest.at(), entries);
    }

    // ---- ids and problems

    /** The id as written, when it is the canonical text of a UUID (in either case). */
    public static Optional<UUID> uuid(String id) {
        try {
            if (id == null) {
                return Optional.empty();
            }
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equalsIgnoreCase(id) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static ProblemException notFound(String id) {
        return ProblemException.notFound("no inspection with id '" + PlainText.abbreviate(id) + "'");
    }

    /** 422 listing every violation; the detail names the single one when there is only one. */
    public static ProblemException invalid(String what, List<Violation> violations) {
        List<FieldError> errors = violations.stream().map(v -> FieldError.of(v.field(), v.message())).toList();
        String detail = violations.size() == 1
                ? what + ": " + violations.get(0).field() + " " + violations.get(0).message()
                : what + ": " + violations.size() + " problems, each listed in errors";
        return ProblemException.unprocessable(detail, errors);
    }
}
