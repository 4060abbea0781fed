package org.yjhub.inspection.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.common.events.inspection.InspectionChanged;
import org.yjhub.inspection.domain.PartialDate;
import org.yjhub.inspection.service.InspectionState.ActionState;
import org.yjhub.inspection.service.InspectionState.PlanState;
import org.yjhub.inspection.service.InspectionState.RecommendationState;
import org.yjhub.inspection.service.InspectionState;
import org.yjhub.outbox.Outbox;

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
     * precision, {@code DAY} or {@code MONTH}; {@code fieldworkPrecision} is null when there are no fieldwork dates and
     * {@code publishedOn} and {@code publishedPrecision} are null when the paper gives no publication date.
     */
    public static InspectionChanged payload(InspectionState s) {
        InspectionState.Record r = s.record();
        PartialDate fieldwork = r.fieldworkStart() != null ? r.fieldworkStart() : r.fieldworkEnd();
        return new InspectionChanged(s.id(), s.team(), r.framework(), r.correction(), date(r.fieldworkStart()),
                date(r.fieldworkEnd()), date(r.publishedOn()), r.ratings(), r.scores(), r.score(), r.overall(),
                r.pointsToNextBand(), s.recommendations().stream().map(InspectionEvents::recommendation).toList(),
                s.actions().stream().map(InspectionEvents::action).toList(), s.updatedAt(), r.source(), r.synthetic(),
                precision(fieldwork), precision(r.publishedOn()), plan(s.plan()));
    }

    private static InspectionChanged.Recommendation recommendation(RecommendationState r) {
        return new InspectionChanged.Recommendation(r.id(), r.number(), r.addressee(), r.owner(), r.text(),
                r.progress().stream().map(p -> new InspectionChanged.Progress(p.reportedOn(), p.text(), p.source()))
                        .toList());
    }

    private static InspectionChanged.Action action(ActionState a) {
        return new InspectionChanged.Action(a.id(), a.recommendation(), a.text(), a.owner(), a.due(), a.status(),
                a.progress(), a.updatedAt(), a.reference(), a.section(), a.owners(), a.dueDate(),
                a.refersTo().stream().map(InspectionState.Reference::reference).toList());
    }

    private static InspectionChanged.Plan plan(PlanState p) {
        return p == null ? null : new InspectionChanged.Plan(p.title(), p.status(), p.due(), p.dueDate(), p.source(),
                p.recordedAt());
    }

    private static String precision(PartialDate d) {
        return d == null ? null : d.precision().name();
    }

    private static LocalDate date(PartialDate d) {
        return d == null ? null : d.date();
    }
}
