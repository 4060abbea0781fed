package org.yjhub.inspection.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.common.events.inspection.InspectionChanged;
import org.yjhub.inspection.service.InspectionState;
import org.yjhub.kit.outbox.Outbox;

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

    public static InspectionChanged payload(InspectionState s) {
        InspectionState.Record r = s.record();
        return new InspectionChanged(s.id(), s.team(), r.framework(), r.correction(), r.fieldworkStart(),
                r.fieldworkEnd(), r.publishedOn(), r.ratings(), r.scores(), r.score(), r.overall(),
                r.pointsToNextBand(),
                s.recommendations().stream()
                        .map(x -> new InspectionChanged.Recommendation(x.id(), x.addressee(), x.text())).toList(),
                s.actions().stream()
                        .map(a -> new InspectionChanged.Action(a.id(), a.recommendation(), a.text(), a.owner(), a.due(),
                                a.status(), a.progress(), a.updatedAt())).toList(),
                s.updatedAt(), r.source(), r.synthetic());
    }
}
