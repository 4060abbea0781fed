package org.yjhub.inspection.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.MappedSuperclass;
import org.yjhub.inspection.domain.InspectionRules.Dates;
import org.yjhub.inspection.domain.PartialDate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates of an inspection's record, each with its precision (DAY, or MONTH when the paper gives only the month; a
 * MONTH date is the month's first day): kept by every version, and by the inspection's head for its latest version,
 * as they order the team's list and key the one-inspection-per-date rule.
 */
@MappedSuperclass
public abstract class DatedRecordEntity extends PanacheEntityBase {

    /** Null when the paper gives no publication date (then there are fieldwork dates). */
    public LocalDate publishedOn;

    /** DAY or MONTH ({@link PartialDate.Precision}); null without a publication date. */
    public String publishedPrecision;

    /** Null without fieldwork dates. */
    public LocalDate fieldworkStart;
    public LocalDate fieldworkEnd;

    /** DAY or MONTH for both fieldwork dates; null without fieldwork. */
    public String fieldworkPrecision;

    /** Sets the dates of a valid record (the rules make sure both fieldwork dates share their precision). */
    public void dates(Dates dates) {
        publishedOn = date(dates.publishedOn());
        publishedPrecision = dates.publishedOn() == null ? null : dates.publishedOn().precision().name();
        fieldworkStart = date(dates.fieldworkStart());
        fieldworkEnd = date(dates.fieldworkEnd());
        fieldworkPrecision = dates.fieldworkPrecision() == null ? null : dates.fieldworkPrecision().name();
    }

    /** Whether these are the dates it keeps. */
    public boolean hasDates(Dates dates) {
        return Objects.equals(published(), dates.publishedOn()) && Objects.equals(fieldworkStarted(), dates.fieldworkStart())
                && Objects.equals(fieldworkEnded(), dates.fieldworkEnd());
    }

    /** The publication date, null when the paper gives none. */
    public PartialDate published() {
        return date(publishedOn, publishedPrecision);
    }

    public PartialDate fieldworkStarted() {
        return date(fieldworkStart, fieldworkPrecision);
    }

    public PartialDate fieldworkEnded() {
        return date(fieldworkEnd, fieldworkPrecision);
    }

    private static LocalDate date(PartialDate d) {
        return d == null ? null : d.date();
    }

    private static PartialDate date(LocalDate date, String precision) {
        return date == null ? null : PartialDate.of(date, precision);
    }
}
