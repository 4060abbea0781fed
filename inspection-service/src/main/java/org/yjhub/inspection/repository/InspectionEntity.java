package org.yjhub.inspection.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.yjhub.inspection.domain.PartialDate;

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

    /** The publication date: the day, or the month's first day when {@code publishedPrecision} is MONTH. */
    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    /** DAY or MONTH ({@link PartialDate.Precision}). */
    @Column(name = "published_precision", nullable = false)
    public String publishedPrecision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Reads and locks the head row ({@code SELECT … FOR UPDATE}) for a change. */
    public static Optional<InspectionEntity> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public static List<InspectionEntity> ofTeam(String team) {
        return list("team", Sort.descending("publishedOn").and("createdAt", Sort.Direction.Descending), team);
    }

    /**
     * The team's inspection published on this date at this precision: a report dated to the day and one dated only
     * to the month are different keys (2021-08-01 and 2021-08 do not collide).
     */
    public static Optional<InspectionEntity> ofTeamPublishedOn(String team, PartialDate publishedOn) {
        return find("team = ?1 and publishedOn = ?2 and publishedPrecision = ?3", team, publishedOn.date(),
                publishedOn.precision().name()).firstResultOptional();
    }

    public PartialDate published() {
        return PartialDate.of(publishedOn, publishedPrecision);
    }
}
