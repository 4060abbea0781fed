package org.yjhub.performance.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.common.events.performance.GroupDefined;
import org.yjhub.common.events.performance.ReturnSubmitted;
import org.yjhub.common.events.performance.TargetsSet;
import org.yjhub.outbox.Outbox;
import org.yjhub.outbox.OutboxMessage;
import org.yjhub.performance.domain.ComparatorGroup;
import org.yjhub.performance.domain.KpiReturn;
import org.yjhub.performance.domain.KpiTargets;

import java.util.List;

/**
 * Maps the service's changes to the event contracts and records them in the outbox (same transaction as the change).
 * Every event carries the aggregate's full new state; the event version is the revision.
 */
@ApplicationScoped
public class PerformanceEvents {

    @Inject
    Outbox outbox;

    public void returnSubmitted(KpiReturn r) {
        ReturnSubmitted event = toEvent(r);
        outbox.publish(ReturnSubmitted.AGGREGATE, ReturnSubmitted.aggregateId(r.team(), r.quarter()), ReturnSubmitted.TYPE,
                r.revision(), event);
    }

    /** One event per revision, written to the outbox together (a bulk load). */
    public void returnsSubmitted(List<KpiReturn> returns) {
        outbox.publishAll(returns.stream().map(r -> new OutboxMessage(ReturnSubmitted.AGGREGATE,
                ReturnSubmitted.aggregateId(r.team(), r.quarter()), ReturnSubmitted.TYPE, r.revision(), toEvent(r))).toList());
    }

    public void targetsSet(KpiTargets t) {
        TargetsSet event = toEvent(t);
        outbox.publish(TargetsSet.AGGREGATE, TargetsSet.aggregateId(t.team(), t.year()), TargetsSet.TYPE, t.revision(), event);
    }

    public void groupDefined(ComparatorGroup g) {
        outbox.publish(GroupDefined.AGGREGATE, GroupDefined.aggregateId(g.code()), GroupDefined.TYPE, g.revision(), toEvent(g));
    }

    /** The full-precision rate travels in the event; rounding is for display only. */
    public static ReturnSubmitted toEvent(KpiReturn r) {
        return new ReturnSubmitted(r.team(), r.quarter(), r.revision(),
                r.values().stream().map(v -> new ReturnSubmitted.Value(v.indicator(), v.numerator(), v.denominator(), v.rate())).toList(),
                r.submittedAt(), r.submittedBy(), r.source(), r.synthetic());
    }

    public static TargetsSet toEvent(KpiTargets t) {
        return new TargetsSet(t.team(), t.year(), t.revision(),
                t.targets().stream().map(v -> new TargetsSet.Target(v.indicator(), v.value())).toList(), t.setAt(), t.setBy());
    }

    public static GroupDefined toEvent(ComparatorGroup g) {
        return new GroupDefined(g.code(), g.revision(), g.name(), g.description(), g.teams(), g.source(), g.definedAt(),
                g.definedBy());
    }
}
