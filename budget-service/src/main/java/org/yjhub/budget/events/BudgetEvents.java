package org.yjhub.budget.events;

import org.yjhub.budget.domain.BudgetSnapshot;
import org.yjhub.budget.domain.Change;
import org.yjhub.budget.domain.Contribution;
import org.yjhub.budget.domain.YearOnYear;
import org.yjhub.common.events.budget.BudgetSubmitted;

import java.util.ArrayList;
import java.util.List;

/** Maps a budget to its {@link BudgetSubmitted} event (the aggregate's full state). */
public final class BudgetEvents {

    private BudgetEvents() {
    }

    public static String aggregateId(BudgetSnapshot budget) {
        return BudgetSubmitted.aggregateId(budget.team(), budget.year().toString());
    }

    public static BudgetSubmitted submitted(BudgetSnapshot budget) {
        YearOnYear yoy = budget.yearOnYear();
        List<Contribution> lines = budget.content().contributions();
        List<BudgetSubmitted.Contribution> contributions = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Contribution c = lines.get(i);
            Change change = yoy == null ? null : yoy.line(i);
            contributions.add(new BudgetSubmitted.Contribution(c.partner().name(), c.description(), c.staff(),
                    c.delegated(), c.total(), change == null ? null : change.previous()));
        }
        return new BudgetSubmitted(budget.team(), budget.year().toString(), budget.revision(), List.copyOf(contributions),
                budget.content().staffTotal(), budget.content().delegatedTotal(), budget.content().total(),
                yoy == null ? null : yoy.overall().previous(), budget.submittedAt(), budget.submittedBy(),
                budget.content().source(), budget.content().synthetic());
    }
}
