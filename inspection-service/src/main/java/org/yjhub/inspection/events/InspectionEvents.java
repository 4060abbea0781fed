package org.yjhub.inspection.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.common.events.inspection.InspectionChanged;
import org.yjhub.inspection.domain.PartialDate;
import org.yjhub.inspection.service.InspectionState;
import org.yjhub.kit.outbox.Outbox;

import java.time.LocalDate;

/**
 * Publishes {@link InspectionChanged} (the inspection's full current state) through the outbox, in the caller's
 * transaction, keyed by the inspection id and versioned by the aggregate's version.
 */
@ApplicationScoped
public class InspectionEvents {

    @Inject
    Outbox outbox;

    public void changed(InspectionState state) {
        outbox.publish(InspectionChanged.AGGREGATE, state.id(), InspectionChanged.TYPE, state.version(), payload(state));
    }

    /**
     * The payload: dates as {@link java.time.LocalDate} (a month's first day when only the month is known) with their
     * precision, {@code DAY} or {@code MONTH}; {@code fieldworkPrecision} is null when there are no fieldwork dates.
     */
    public static InspectionChanged payload(InspectionState s) {
        InspectionState.Record r = s.record();
        PartialDate fieldwork = r.fieldworkStart() != null ? r.fieldworkStart() : r.fieldworkEnd();
        return new InspectionChanged(s.id(), s.team(), r.framework(), r.correction(), date(r.fieldworkStart()),
                date(r.fieldworkEnd()), r.publishedOn().date(), r.ratings(), r.scores(), r.score(), r.overall(),
                r.pointsToNextBand(),
                s.recommendations().stream()
                        .map(x -> new InspectionChanged.Recommendation(x.id(), x.addressee(), x.text())).toList(),
                s.actions().stream()
                        .map(a -> new InspectionChanged.Action(a.id(), a.recommendation(), a.text(), a.owner(), a.due(),
                                a.status(), a.progress(), a.updatedAt())).toList(),
                s.updatedAt(), r.source(), r.synthetic(),
                fieldwork == null ? null : fieldwork.precision().name(), r.publishedOn().precision().name());
    }

    private static LocalDate date(PartialDate d) {
        return d == null ? null : d.date();
    }
}
