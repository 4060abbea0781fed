package org.yjhub.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.inspection.domain.Framework;
import org.yjhub.inspection.domain.FrameworkCatalog;
import org.yjhub.inspection.domain.ImprovementPlanRules;
import org.yjhub.inspection.domain.PartialDate;
import org.yjhub.inspection.repository.ActionEntity;
import org.yjhub.inspection.repository.ActionHistoryEntity;
import org.yjhub.inspection.repository.InspectionEntity;
import org.yjhub.inspection.repository.InspectionVersionEntity;
import org.yjhub.inspection.repository.PlanEntity;
import org.yjhub.inspection.repository.RecommendationEntity;
import org.yjhub.inspection.repository.RecommendationProgressEntity;
import org.yjhub.inspection.service.InspectionState.ActionState;
import org.yjhub.inspection.service.InspectionState.HistoryEntry;
import org.yjhub.inspection.service.InspectionState.PlanState;
import org.yjhub.inspection.service.InspectionState.ProgressEntry;
import org.yjhub.inspection.service.InspectionState.RecommendationState;
import org.yjhub.inspection.service.InspectionState.Reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Assembles an inspection aggregate's state from its rows (used for responses and for events alike). */
@ApplicationScoped
public class InspectionReader {

    @Inject
    FrameworkCatalog frameworks;

    @Inject
    Clock clock;

    public InspectionState state(InspectionEntity head) {
        InspectionVersionEntity latest = InspectionVersionEntity.of(head.id, head.correction).orElseThrow(() ->
                new IllegalStateException("inspection " + head.id + " has no version " + head.correction));
        List<RecommendationState> recommendations = recommendations(RecommendationEntity.ofInspection(head.id));
        List<ActionEntity> actions = ActionEntity.ofInspection(head.id);
        Map<UUID, List<ActionHistoryEntity>> histories = ActionHistoryEntity
                .ofActions(actions.stream().map(a -> a.id).toList()).stream()
                .collect(Collectors.groupingBy(h -> h.actionId, LinkedHashMap::new, Collectors.toList()));
        LocalDate today = LocalDate.now(clock);
        List<ActionState> actionStates = actions.stream()
                .map(a -> action(a, head.team, histories.getOrDefault(a.id, List.of()), actions, today)).toList();
        return new InspectionState(head.id.toString(), head.team, head.version, record(latest), recommendations,
                actionStates, plan(head.id).orElse(null), head.createdAt,
                head.createdBy, head.updatedAt);
    }

    public List<InspectionState.Record> versions(InspectionEntity head) {
        return InspectionVersionEntity.allOf(head.id).stream().map(this::record).toList();
    }

    public Optional<InspectionEntity> head(String id) {
        return uuid(id).flatMap(u -> InspectionEntity.<InspectionEntity>findByIdOptional(u));
    }

    public ActionState action(ActionEntity a, String team) {
        List<ActionEntity> plan = a.refersTo.isEmpty() ? List.of() : ActionEntity.ofInspection(a.inspectionId);
        return action(a, team, ActionHistoryEntity.ofAction(a.id), plan, LocalDate.now(clock));
    }

    public RecommendationState recommendation(RecommendationEntity r) {
        return recommendations(List.of(r)).get(0);
    }

    /** The plan record's current revision; empty until one is recorded. */
    public Optional<PlanState> plan(UUID inspectionId) {
        return PlanEntity.latest(inspectionId).map(InspectionReader::planState);
    }

    private List<RecommendationState> recommendations(List<RecommendationEntity> rs) {
        Map<UUID, List<ProgressEntry>> progress = RecommendationProgressEntity
                .ofRecommendations(rs.stream().map(r -> r.id).toList()).stream()
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

    InspectionState.Record record(InspectionVersionEntity v) {
        Optional<Framework> framework = frameworks.find(v.framework);
        Map<String, String> ratings = framework.map(f -> f.ordered(v.ratings)).orElse(v.ratings);
        Map<String, Integer> scores = new LinkedHashMap<>();
        framework.ifPresent(f -> f.standards().forEach(s -> {
            if (v.scores.containsKey(s.id())) {
                scores.put(s.id(), v.scores.get(s.id()));
            }
        }));
        v.scores.forEach(scores::putIfAbsent);
        return new InspectionState.Record(v.correction, v.framework, date(v.fieldworkStart, v.fieldworkPrecision),
                date(v.fieldworkEnd, v.fieldworkPrecision), date(v.publishedOn, v.publishedPrecision),
                ratings, scores, v.score, v.overall, v.pointsToNextBand, v.source, v.synthetic, v.recordedAt,
                v.recordedBy);
    }

    private static PartialDate date(LocalDate date, String precision) {
        return date == null ? null : PartialDate.of(date, precision);
    }

    /** {@code plan}: the inspection's actions, to resolve the references (the first action with each). */
    private ActionState action(ActionEntity a, String team, List<ActionHistoryEntity> history,
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
                ImprovementPlanRules.overdue(a.dueDate, status, today), latest == null ? 0 : latest.revision(),
                a.createdAt, a.createdBy, latest == null ? a.createdAt : latest.at(), entries);
    }

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
}
