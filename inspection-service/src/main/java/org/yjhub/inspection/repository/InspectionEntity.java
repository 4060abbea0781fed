package org.yjhub.inspection.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.yjhub.inspection.domain.PartialDate;
import org.yjhub.kit.revision.HeadLocks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The head row of an inspection aggregate. {@code version} is the event version and rises with every change of the
 * inspection, its recommendations or its actions; writers lock this row first, so changes are serialised.
 */
@Entity
@Table(name = "inspection")
public class InspectionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String team;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public int correction;

    /**
     * The publication date: the day, or the month's first day when {@code publishedPrecision} is MONTH; null (with its
     * precision) when the paper gives none, and then the fieldwork dates are set.
     */
    @Column(name = "published_on")
    public LocalDate publishedOn;

    /** DAY or MONTH ({@link PartialDate.Precision}); null without a publication date. */
    @Column(name = "published_precision")
    public String publishedPrecision;

    /** The latest version's fieldwork dates (a MONTH date is the month's first day); null without fieldwork. */
    @Column(name = "fieldwork_start")
    public LocalDate fieldworkStart;

    @Column(name = "fieldwork_end")
    public LocalDate fieldworkEnd;

    @Column(name = "fieldwork_precision")
    public String fieldworkPrecision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * The head of a team's set of inspections ({@code inspection_team_head}), locked with the kit's {@code HeadLocks}
     * to serialise the one-inspection-per-date checks of recording and correcting; its revision counts the writes
     * that could change the team's dates. Locked after any inspection head row, so the order is always the same.
     */
    public static final HeadLocks.Table TEAM_HEADS = HeadLocks.Table.of("inspection_team_head", "team");

    /**
     * Reads and locks the head row ({@code SELECT … FOR UPDATE}) for a change.
     * <p>
     * Not the kit's {@code HeadLocks}: it needs text key columns, and this head (uuid id, its own version) is the
     * aggregate's row itself, so moving it would be a risky data migration; a row lock on an existing row is as safe.
     */
    public static Optional<InspectionEntity> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The team's inspections, newest first: by publication date, or by the last fieldwork date when there is none (a
     * month-only date counts as the month's first day).
     */
    public static List<InspectionEntity> ofTeam(String team) {
        return list("team = ?1 order by coalesce(publishedOn, fieldworkEnd) desc, createdAt desc", team);
    }

    /**
     * Another inspection of the team that is the same one: published on this date at this precision (a report dated to
     * the day and one dated only to the month are different keys: 2021-08-01 and 2021-08 do not collide), or, when
     * either has no publication date, with the same fieldwork dates at the same precision.
     *
     * @param except the inspection being corrected (never its own conflict), or null
     */
    public static Optional<InspectionEntity> sameInspection(String team, PartialDate publishedOn,
                                                            PartialDate fieldworkStart, PartialDate fieldworkEnd,
                                                            UUID except) {
        UUID self = except == null ? new UUID(0, 0) : except;
        if (publishedOn != null) {
            Optional<InspectionEntity> sameDate = find("team = ?1 and publishedOn = ?2 and publishedPrecision = ?3 "
                    + "and id <> ?4", team, publishedOn.date(), publishedOn.precision().name(), self)
                    .firstResultOptional();
            if (sameDate.isPresent() || fieldworkStart == null) {
                return sameDate;
            }
        }
        return find("team = ?1 and fieldworkStart = ?2 and fieldworkEnd = ?3 and fieldworkPrecision = ?4 and id <> ?5"
                        + (publishedOn != null ? " and publishedOn is null" : ""), team, fieldworkStart.date(),
                fieldworkEnd.date(), fieldworkStart.precision().name(), self).firstResultOptional();
    }

    /** The publication date, null when the paper gives none. */
    public PartialDate published() {
        return publishedOn == null ? null : PartialDate.of(publishedOn, publishedPrecision);
    }

    public PartialDate fieldworkStarted() {
        return fieldworkStart == null ? null : PartialDate.of(fieldworkStart, fieldworkPrecision);
    }

    public PartialDate fieldworkEnded() {
        return fieldworkEnd == null ? null : PartialDate.of(fieldworkEnd, fieldworkPrecision);
    }
}
