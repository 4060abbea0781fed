package org.yjhub.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.inspection.domain.Framework;
import org.yjhub.inspection.domain.FrameworkCatalog;
import org.yjhub.inspection.domain.PartialDate;
import org.yjhub.inspection.repository.ActionEntity;
import org.yjhub.inspection.repository.ActionHistoryEntity;
import org.yjhub.inspection.repository.InspectionEntity;
import org.yjhub.inspection.repository.InspectionVersionEntity;
import org.yjhub.inspection.repository.RecommendationEntity;
import org.yjhub.inspection.service.InspectionState.ActionState;
import org.yjhub.inspection.service.InspectionState.HistoryEntry;
import org.yjhub.inspection.service.InspectionState.RecommendationState;

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

    public InspectionState state(InspectionEntity head) {
        InspectionVersionEntity latest = InspectionVersionEntity.of(head.id, head.correction).orElseThrow(() ->
                new IllegalStateException("inspection " + head.id + " has no version " + head.correction));
        List<RecommendationState> recommendations = RecommendationEntity.ofInspection(head.id).stream()
                .map(this::recommendation).toList();
        List<ActionEntity> actions = ActionEntity.ofInspection(head.id);
        Map<UUID, List<ActionHistoryEntity>> histories = ActionHistoryEntity
                .ofActions(actions.stream().map(a -> a.id).toList()).stream()
                .collect(Collectors.groupingBy(h -> h.actionId, LinkedHashMap::new, Collectors.toList()));
        List<ActionState> actionStates = actions.stream()
                .map(a -> action(a, head.team, histories.getOrDefault(a.id, List.of()))).toList();
        return new InspectionState(head.id.toString(), head.team, head.version, record(latest), recommendations,
                actionStates, head.createdAt, head.createdBy, head.updatedAt);
    }

    public List<InspectionState.Record> versions(InspectionEntity head) {
        return InspectionVersionEntity.allOf(head.id).stream().map(this::record).toList();
    }

    public Optional<InspectionEntity> head(String id) {
        return uuid(id).flatMap(u -> InspectionEntity.<InspectionEntity>findByIdOptional(u));
    }

    public ActionState action(ActionEntity a, String team) {
        return action(a, team, ActionHistoryEntity.ofAction(a.id));
    }

    public RecommendationState recommendation(RecommendationEntity r) {
        return new RecommendationState(r.id.toString(), r.inspectionId.toString(), r.number, r.addressee, r.text,
                r.createdAt, r.createdBy);
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
        return new InspectionState.Record(v.correction, v.framework, fieldwork(v.fieldworkStart, v.fieldworkPrecision),
                fieldwork(v.fieldworkEnd, v.fieldworkPrecision), PartialDate.of(v.publishedOn, v.publishedPrecision),
                ratings, scores, v.score, v.overall, v.pointsToNextBand, v.source, v.synthetic, v.recordedAt,
                v.recordedBy);
    }

    private static PartialDate fieldwork(LocalDate date, String precision) {
        return date == null ? null : PartialDate.of(date, precision);
    }

    private ActionState action(ActionEntity a, String team, List<ActionHistoryEntity> history) {
        List<HistoryEntry> entries = history.stream().map(h -> new HistoryEntry(h.revision, h.at, h.by, h.status,
                h.submittedStatus, h.progress)).toList();
        HistoryEntry latest = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        return new ActionState(a.id.toString(), a.inspectionId.toString(), team, a.number,
                a.recommendationId == null ? null : a.recommendationId.toString(), a.reference, a.text, a.owner,
                a.due, a.dueDate, latest == null ? null : latest.status(), latest == null ? null : latest.progress(),
                latest == null ? 0 : latest.revision(), a.createdAt, a.createdBy,
                latest == null ? a.createdAt : latest.at(), entries);
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
