package org.yjhub.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.indicator.Rates;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.Team;
import org.yjhub.gateway.domain.Actions;
import org.yjhub.gateway.domain.Actions.Action;
import org.yjhub.gateway.domain.Actions.Status;
import org.yjhub.gateway.domain.Area;
import org.yjhub.gateway.domain.Comparisons.AreaFigure;
import org.yjhub.gateway.domain.Comparisons.Row;
import org.yjhub.gateway.domain.StatisticsRules;
import org.yjhub.gateway.domain.Targets;
import org.yjhub.gateway.readmodel.Comparison;
import org.yjhub.gateway.readmodel.Snapshot;
import org.yjhub.gateway.repository.Rows.BudgetRow;
import org.yjhub.gateway.repository.Rows.InspectionRow;
import org.yjhub.gateway.repository.Rows.PlanRow;
import org.yjhub.gateway.repository.Rows.StaffingRow;
import org.yjhub.gateway.service.AggregateModels.ActionsSummary;
import org.yjhub.gateway.service.AggregateModels.BudgetSummary;
import org.yjhub.gateway.service.AggregateModels.Contribution;
import org.yjhub.gateway.service.AggregateModels.InspectionSummary;
import org.yjhub.gateway.service.AggregateModels.OverdueAction;
import org.yjhub.gateway.service.AggregateModels.PlanSummary;
import org.yjhub.gateway.service.AggregateModels.PreviousQuarter;
import org.yjhub.gateway.service.AggregateModels.Profile;
import org.yjhub.gateway.service.AggregateModels.ProfileIndicator;
import org.yjhub.gateway.service.AggregateModels.StaffingSummary;
import org.yjhub.gateway.service.AggregateModels.StatusCounts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/** GET /api/v1/teams/{team}/profile: a team at a glance. */
@ApplicationScoped
public class ProfileQuery extends ReadQuery {

    @Inject
    IndicatorCatalog indicators;

    @Inject
    StatisticsRules rules;

    /** The kit's clock (yj.clock.zone, Europe/London): its date decides which actions are overdue. */
    @Inject
    Clock clock;

    /**
     * The profile as of today in the gateway's time zone: which actions are overdue, and by how many days, changes
     * with the date, so the date is part of the kept answer's key (and so of its bytes and ETag).
     */
    public Served profile(String teamCode, String comparator) {
        Team team = parameters.team(teamCode);
        Snapshot s = readModel.snapshot();
        ComparatorScope scope = parameters.comparator(s, comparator);
        LocalDate today = LocalDate.now(clock);
        return new Served(cache.get(s, "profile|" + team.code() + '|' + today + '|' + scope.key(),
                () -> bodies.json(profile(s, team, today, scope))), s.dataAsOf());
    }

    private Profile profile(Snapshot s, Team team, LocalDate today, ComparatorScope scope) {
        List<InspectionRow> inspections = s.inspections(team.code());
        InspectionRow newest = inspections.isEmpty() ? null : inspections.get(0);
        PlanRow plan = newest == null ? null : newest.plan();
        InspectionSummary inspection = newest == null ? null : new InspectionSummary(newest.id(), newest.framework(),
                newest.fieldworkStart(), newest.fieldworkEnd(), newest.fieldworkPrecision(), newest.publishedOn(),
                newest.publishedPrecision(), newest.overall(), newest.score(), newest.ratings(), newest.synthetic(),
                plan == null ? null : new PlanSummary(plan.title(), plan.status(), plan.due(), plan.dueDate()));

        BudgetRow b = s.newestBudget(team.code());
        BudgetSummary budget = b == null ? null : new BudgetSummary(b.year().toString(), b.total(), b.staffTotal(),
                b.delegatedTotal(), b.previousYearTotal(), b.contributions().stream()
                .map(c -> new Contribution(c.partner(), c.description(), c.staff(), c.delegated(), c.total())).toList(),
                b.synthetic());
        StaffingRow st = s.newestStaffing(team.code());
        StaffingSummary staffing = st == null ? null : new StaffingSummary(st.year().toString(),
                st.totalFte() == null ? null : Views.plain(st.totalFte()), st.synthetic());
        return new Profile(team, inspection, indicators(s, team, scope), budget, staffing, Views.openActions(inspections),
                actions(inspections, today));
    }

    /** Per indicator, the newest quarter the team has a value for. */
    private List<ProfileIndicator> indicators(Snapshot s, Team team, ComparatorScope scope) {
        Area area = scope.forTeam(team.code());
        List<ProfileIndicator> values = new ArrayList<>();
        for (Indicator indicator : indicators.all()) {
            NavigableMap<Quarter, Comparison> quarters = s.quarters(indicator.id());
            for (Comparison c : quarters.descendingMap().values()) {
                Row row = c.row(team.code());
                if (row == null) {
                    continue;
                }
                Quarter quarter = c.quarter();
                Comparison before = quarters.get(quarter.previous());
                Row previous = before == null ? null : before.row(team.code());
                BigDecimal target = s.target(team.code(), quarter.year(), indicator.id());
                AreaFigure comparator = c.figure(area);
                values.add(new ProfileIndicator(indicator.id(), quarter.toString(), Rates.display(row.entry().rate()),
                        Views.plain(row.entry().numerator()), Views.plain(row.entry().denominator()),
                        previous == null ? null : new PreviousQuarter(quarter.previous().toString(),
                                Rates.display(previous.entry().rate()), previous.entry().synthetic()),
                        target == null ? null : Views.plain(target),
                        Targets.met(indicator.polarity(), row.entry().rate(), target),
                        Rates.display(c.national().figure().value()), row.rank(), row.quartile(),
                        row.entry().synthetic(), c.national().syntheticTeams(), row.noQuartile(),
                        Views.statistics(row, indicator, comparator, false), Views.figures(comparator, false),
                        Views.trend(rules.trends(), indicator, q -> s.entry(indicator.id(), q, team.code()), quarter)));
                break;
            }
        }
        return values;
    }

    private static ActionsSummary actions(List<InspectionRow> inspections, LocalDate today) {
        List<Action> all = new ArrayList<>();
        for (InspectionRow i : inspections) {
            all.addAll(i.planActions());
        }
        Actions.Summary summary = Actions.summarise(all, today);
        Map<Status, Integer> n = summary.byStatus();
        return new ActionsSummary(summary.open(), new StatusCounts(n.get(Status.GREEN), n.get(Status.AMBER),
                n.get(Status.RED), n.get(Status.COMPLETE), n.get(Status.NOT_RATED)),
                summary.overdue().stream().map(o -> {
                    Action a = o.action();
                    Status status = a.rated();
                    return new OverdueAction(a.id(), a.inspection(), a.reference(), a.text(), a.owners(), a.due(),
                            a.dueDate(), status == Status.NOT_RATED ? null : status.name(), o.daysOverdue());
                }).toList());
    }
}
