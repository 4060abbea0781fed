package org.yjhub.budget.rest;

import org.yjhub.budget.domain.BudgetInput;
import org.yjhub.budget.domain.BudgetSnapshot;
import org.yjhub.budget.domain.Change;
import org.yjhub.budget.domain.Contribution;
import org.yjhub.budget.domain.ContributionInput;
import org.yjhub.budget.domain.FteInput;
import org.yjhub.budget.domain.HeadcountInput;
import org.yjhub.budget.domain.StaffingContent;
import org.yjhub.budget.domain.StaffingInput;
import org.yjhub.budget.domain.StaffingSnapshot;
import org.yjhub.budget.domain.YearOnYear;
import org.yjhub.budget.rest.BudgetApi.BudgetRequest;
import org.yjhub.budget.rest.BudgetApi.BudgetView;
import org.yjhub.budget.rest.BudgetApi.ContributionView;
import org.yjhub.budget.rest.BudgetApi.LineChangeView;
import org.yjhub.budget.rest.BudgetApi.PreviousYearView;
import org.yjhub.budget.rest.StaffingApi.FteView;
import org.yjhub.budget.rest.StaffingApi.HeadcountView;
import org.yjhub.budget.rest.StaffingApi.StaffingRequest;
import org.yjhub.budget.rest.StaffingApi.StaffingView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Between the API records and the domain values. */
final class ApiMapper {

    private ApiMapper() {
    }

    static BudgetInput input(BudgetRequest body) {
        List<ContributionInput> lines = body.contributions() == null ? null : body.contributions().stream()
                .map(c -> c == null ? null : new ContributionInput(c.partner(), c.description(), JsonNumbers.raw(c.staff()),
                        JsonNumbers.raw(c.delegated()), JsonNumbers.raw(c.total())))
                .toList();
        return new BudgetInput(lines, JsonNumbers.raw(body.statedTotal()), body.source(), body.synthetic());
    }

    static BudgetView view(BudgetSnapshot budget) {
        YearOnYear yoy = budget.yearOnYear();
        List<Contribution> lines = budget.content().contributions();
        List<ContributionView> views = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Contribution c = lines.get(i);
            Change change = yoy == null ? null : yoy.line(i);
            views.add(new ContributionView(c.partner().name(), c.description(), c.staff(), c.delegated(), c.total(),
                    budget.content().share(c),
                    change == null ? null : new LineChangeView(change.previous(), change.change(), change.changePercent())));
        }
        PreviousYearView previous = yoy == null ? null : new PreviousYearView(budget.previousYear().toString(),
                yoy.overall().previous(), yoy.overall().change(), yoy.overall().changePercent());
        return new BudgetView(budget.team(), budget.year().toString(), budget.revision(), views,
                budget.content().staffTotal(), budget.content().delegatedTotal(), budget.content().total(),
                budget.content().statedTotal(), previous, budget.submittedAt(), budget.submittedBy(),
                budget.content().source(), budget.content().synthetic());
    }

    static StaffingInput input(StaffingRequest body) {
        List<FteInput> fte = body.fte() == null ? null : body.fte().stream()
                .map(f -> f == null ? null : new FteInput(f.role(), f.contractType(), JsonNumbers.raw(f.fte())))
                .toList();
        List<HeadcountInput> headcount = body.headcount() == null ? null : body.headcount().stream()
                .map(h -> h == null ? null : new HeadcountInput(h.dimension(), h.category(), h.role(), JsonNumbers.raw(h.count())))
                .toList();
        return new StaffingInput(fte, JsonNumbers.raw(body.statedTotalFte()), headcount, body.source(), body.synthetic());
    }

    static StaffingView view(StaffingSnapshot staffing) {
        StaffingContent content = staffing.content();
        Map<String, BigDecimal> byType = new LinkedHashMap<>();
        content.fteByContractType().forEach((type, fte) -> byType.put(type.name(), fte));
        return new StaffingView(staffing.team(), staffing.year().toString(), staffing.revision(),
                content.fte().stream().map(f -> new FteView(f.role(), f.contractType().name(), f.fte())).toList(),
                content.totalFte(), content.statedTotalFte(), byType,
                content.headcount().stream().map(h -> new HeadcountView(h.dimension(), h.category(), h.role(), h.count())).toList(),
                content.headcountTotals(), staffing.submittedAt(), staffing.submittedBy(), content.source(),
                content.synthetic());
    }
}
