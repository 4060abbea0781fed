package org.yjhub.inspection.repository;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.yjhub.inspection.domain.InspectionRules.Dates;
import org.yjhub.inspection.domain.PartialDate;
import org.yjhub.kit.revision.HeadLocks;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The queries of an inspection aggregate's tables: its head row (locked by every writer), the versions of its record,
 * its improvement plan's record, recommendations (with their progress) and actions (with their history). Rows are
 * append-only: a writer persists new ones; only the head changes.
 */
@ApplicationScoped
public class InspectionRepository {

    /**
     * The head of a team's set of inspections ({@code inspection_team_head}), locked with the kit's {@code HeadLocks}
     * to serialise the one-inspection-per-date checks of recording and correcting; its revision counts the writes
     * that could change the team's dates. Locked after any inspection head row, so the order is always the same.
     */
    public static final HeadLocks.Table TEAM_HEADS = HeadLocks.Table.of("inspection_team_head", "team");

    @Inject
    EntityManager em;

    public Optional<InspectionEntity> find(UUID id) {
        return InspectionEntity.findByIdOptional(id);
    }

    /**
     * Reads and locks the head row ({@code SELECT … FOR UPDATE}) for a change.
     * <p>
     * Not the kit's {@code HeadLocks}: it needs text key columns, and this head (uuid id, its own version) is the
     * aggregate's row itself, so moving it would be a risky data migration; a row lock on an existing row is as safe.
     */
    public Optional<InspectionEntity> lock(UUID id) {
        return InspectionEntity.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The team's inspections, newest first: by publication date, or by the last fieldwork date when there is none (a
     * month-only date counts as the month's first day).
     */
    public List<InspectionEntity> ofTeam(String team) {
        return InspectionEntity.list("team = ?1 order by coalesce(publishedOn, fieldworkEnd) desc, createdAt desc", team);
    }

    /**
     * Another inspection of the team that is the same one: published on this date at this precision (a report dated to
     * the day and one dated only to the month are different keys: 2021-08-01 and 2021-08 do not collide), or, when
     * either has no publication date, with the same fieldwork dates at the same precision.
     *
     * @param except the inspection being corrected (never its own conflict), or null
     */
    public Optional<InspectionEntity> sameInspection(String team, Dates dates, UUID except) {
        UUID self = except == null ? new UUID(0, 0) : except;
        PartialDate publishedOn = dates.publishedOn();
        if (publishedOn != null) {
            Optional<InspectionEntity> sameDate = InspectionEntity.<InspectionEntity>find("team = ?1 and publishedOn = ?2 "
                    + "and publishedPrecision = ?3 and id <> ?4", team, publishedOn.date(), publishedOn.precision().name(),
                    self).firstResultOptional();
            if (sameDate.isPresent() || dates.fieldworkStart() == null) {
                return sameDate;
            }
        }
        return InspectionEntity.find("team = ?1 and fieldworkStart = ?2 and fieldworkEnd = ?3 and fieldworkPrecision = ?4 "
                        + "and id <> ?5" + (publishedOn != null ? " and publishedOn is null" : ""), team,
                dates.fieldworkStart().date(), dates.fieldworkEnd().date(), dates.fieldworkStart().precision().name(), self)
                .firstResultOptional();
    }

    public Optional<InspectionVersionEntity> version(UUID inspectionId, int correction) {
        return InspectionVersionEntity.find("inspectionId = ?1 and correction = ?2", inspectionId, correction)
                .firstResultOptional();
    }

    /** Every version of the record, correction 0 first. */
    public List<InspectionVersionEntity> versions(UUID inspectionId) {
        return InspectionVersionEntity.list("inspectionId", Sort.ascending("correction"), inspectionId);
    }

    /** The plan record's current revision; empty until a plan is recorded. */
    public Optional<PlanEntity> latestPlan(UUID inspectionId) {
        return PlanEntity.find("inspectionId", Sort.descending("revision"), inspectionId).firstResultOptional();
    }

    public Optional<RecommendationEntity> recommendation(UUID id) {
        return RecommendationEntity.findByIdOptional(id);
    }

    public List<RecommendationEntity> recommendations(UUID inspectionId) {
        return RecommendationEntity.list("inspectionId", Sort.ascending("number"), inspectionId);
    }

    /** Oldest report first; reports of one date in the order they were recorded. */
    public List<RecommendationProgressEntity> progress(Collection<UUID> recommendationIds) {
        if (recommendationIds.isEmpty()) {
            return List.of();
        }
        return RecommendationProgressEntity.list("recommendationId in ?1", Sort.ascending("reportedOn").and("id"),
                recommendationIds);
    }

    public Optional<ActionEntity> action(UUID id) {
        return ActionEntity.findByIdOptional(id);
    }

    public List<ActionEntity> actions(UUID inspectionId) {
        return ActionEntity.list("inspectionId", Sort.ascending("number"), inspectionId);
    }

    /** The inspection's first action with this reference. */
    public Optional<ActionEntity> actionWithReference(UUID inspectionId, String reference) {
        return ActionEntity.find("inspectionId = ?1 and reference = ?2", Sort.ascending("number"), inspectionId, reference)
                .firstResultOptional();
    }

    /** An action's states, revision 1 first. */
    public List<ActionHistoryEntity> history(UUID actionId) {
        return ActionHistoryEntity.list("actionId", Sort.ascending("revision"), actionId);
    }

    public List<ActionHistoryEntity> histories(Collection<UUID> actionIds) {
        if (actionIds.isEmpty()) {
            return List.of();
        }
        return ActionHistoryEntity.list("actionId in ?1", Sort.ascending("actionId").and("revision"), actionIds);
    }

    /** Adds a recommendation or an action to the inspection, numbered after those of its kind it has. */
    public <T extends PlanItemEntity> T add(InspectionEntity head, T item, Instant at, String by) {
        item.id = UUID.randomUUID();
        item.inspectionId = head.id;
        item.number = em.createQuery("select count(i) from " + item.getClass().getSimpleName()
                        + " i where i.inspectionId = ?1", Long.class).setParameter(1, head.id).getSingleResult().intValue() + 1;
        item.createdAt = at;
        item.createdBy = by;
        item.persist();
        return item;
    }
}
