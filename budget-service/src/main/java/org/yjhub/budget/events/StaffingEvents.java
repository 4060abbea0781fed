package org.yjhub.budget.events;

import org.yjhub.budget.domain.StaffingSnapshot;
import org.yjhub.common.events.budget.StaffingSubmitted;

/** Maps staffing to its {@link StaffingSubmitted} event (the aggregate's full state). */
public final class StaffingEvents {

    private StaffingEvents() {
    }

    public static String aggregateId(StaffingSnapshot staffing) {
        return StaffingSubmitted.aggregateId(staffing.team(), staffing.year().toString());
    }

    public static StaffingSubmitted submitted(StaffingSnapshot staffing) {
        var content = staffing.content();
        return new StaffingSubmitted(staffing.team(), staffing.year().toString(), staffing.revision(),
                content.fte().stream().map(l -> new StaffingSubmitted.Fte(l.role(), l.contractType().name(), l.fte())).toList(),
                content.totalFte(),
                content.headcount().stream()
                        .map(h -> new StaffingSubmitted.Headcount(h.dimension(), h.category(), h.role(), h.count())).toList(),
                staffing.submittedAt(), staffing.submittedBy(), content.source(), content.synthetic());
    }
}
