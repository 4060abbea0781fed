package org.yjhub.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.indicator.Rates;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.Regions;
import org.yjhub.common.reference.Team;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.gateway.domain.Area;
import org.yjhub.gateway.domain.Areas;
import org.yjhub.gateway.domain.ComparatorGroup;
import org.yjhub.gateway.domain.Comparisons.Row;
import org.yjhub.gateway.readmodel.Comparison;
import org.yjhub.gateway.readmodel.Snapshot;
import org.yjhub.gateway.repository.Rows.BudgetRow;
import org.yjhub.gateway.repository.Rows.InspectionRow;
import org.yjhub.gateway.service.AggregateModels.Dashboard;
import org.yjhub.gateway.service.AggregateModels.DashboardBudget;
import org.yjhub.gateway.service.AggregateModels.DashboardIndicator;
import org.yjhub.gateway.service.AggregateModels.DashboardInspection;
import org.yjhub.gateway.service.AggregateModels.DashboardTeam;
import org.yjhub.gateway.service.AggregateModels.DashboardTeamIndicator;
import org.yjhub.gateway.service.AggregateModels.GroupRef;
import org.yjhub.gateway.service.AggregateModels.RegionRef;
import org.yjhub.gateway.service.StatisticsModels.Figures;

import java.util.ArrayList;
import java.util.List;

/**
 * GET /api/v1/regions/{region}/dashboard and /api/v1/dashboards/groups/{code}: every team of a region, or of a
 * comparator group, for one quarter.
 */
@ApplicationScoped
public class DashboardQuery extends ReadQuery {

    @Inject
    TeamCatalog teamCatalog;

    @Inject
    IndicatorCatalog indicators;

    @Inject
    Areas areas;

    /** Whose dashboard it is: a region or a group, its own area (for its pooled figure) and its teams by name. */
    private record Shown(String key, RegionRef region, GroupRef group, Area area, List<Team> teams) {
    }

    public Served regionDashboard(String regionText, String quarterText, String comparator) {
        String region = parameters.region(regionText);
        Snapshot s = readModel.snapshot();
        return dashboard(s, new Shown("region:" + region, new RegionRef(Regions.slug(region), region), null,
                areas.region(region), teamCatalog.inRegion(region)), quarterText, comparator);
    }

    public Served groupDashboard(String code, String quarterText, String comparator) {
        Snapshot s = readModel.snapshot();
        ComparatorGroup group = parameters.group(s, code);
        List<Team> teams = group.teams().stream().map(t -> teamCatalog.find(t).orElse(null))
                .filter(java.util.Objects::nonNull).sorted(java.util.Comparator.comparing(Team::name)).toList();
        return dashboard(s, new Shown("group:" + group.code() + '@' + group.revision(), null,
                new GroupRef(group.code(), group.name()), Areas.group(group), teams), quarterText, comparator);
    }

    private Served dashboard(Snapshot s, Shown shown, String quarterText, String comparator) {
        ComparatorScope scope = parameters.comparator(s, comparator);
        Quarter quarter = quarterText == null || quarterText.isEmpty() ? s.newestQuarter() : Quarter.parse(quarterText);
        if (quarter != null && !s.hasQuarter(quarter)) {
            // a quarter without data: cheap to build, and not worth keeping
            return new Served(bodies.json(dashboard(s, shown, quarter, scope)), s.dataAsOf());
        }
        return new Served(cache.get(s, "dashboard|" + shown.key() + '|' + quarter + '|' + scope.key(),
                () -> bodies.json(dashboard(s, shown, quarter, scope))), s.dataAsOf());
    }

    private Dashboard dashboard(Snapshot s, Shown shown, Quarter quarter, ComparatorScope scope) {
        List<Team> teams = shown.teams();
        List<Area> areas = scope.forTeams(teams.stream().map(Team::code).toList());
        List<DashboardIndicator> figures = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        if (quarter != null) {
            for (Indicator indicator : indicators.all()) {
                s.comparison(indicator.id(), quarter).ifPresent(c -> {
                    comparisons.add(c);
                    Figures own = Views.figures(c.figure(shown.area()), false);
                    figures.add(new DashboardIndicator(indicator.id(), indicator.name(), indicator.polarity().name(),
                            shown.region() == null ? null : own, Views.figures(c.national(), false),
                            areas.stream().map(a -> Views.figures(c.figure(a), false)).toList(),
                            shown.group() == null ? null : own));
                });
            }
        }
        List<DashboardTeam> rows = new ArrayList<>();
        for (Team team : teams) {
            rows.add(team(s, team, comparisons, scope.forTeam(team.code())));
        }
        return new Dashboard(shown.region(), quarter == null ? null : quarter.toString(), figures, rows, shown.group());
    }

    private static DashboardTeam team(Snapshot s, Team team, List<Comparison> comparisons, Area area) {
        List<InspectionRow> inspections = s.inspections(team.code());
        InspectionRow i = inspections.isEmpty() ? null : inspections.get(0);
        List<DashboardTeamIndicator> values = new ArrayList<>();
        for (Comparison c : comparisons) {
            Row row = c.row(team.code());
            if (row != null) {
                values.add(new DashboardTeamIndicator(c.indicator().id(), Rates.display(row.entry().rate()),
                        Views.plain(row.entry().numerator()), Views.plain(row.entry().denominator()), row.rank(),
                        row.quartile(), row.entry().synthetic(), row.noQuartile(),
                        Views.statistics(row, c.indicator(), c.figure(area), false)));
            }
        }
        BudgetRow b = s.newestBudget(team.code());
        return new DashboardTeam(team.code(), team.name(),
                i == null ? null : new DashboardInspection(i.id(), i.framework(), i.publishedOn(),
                        i.publishedPrecision(), i.overall(), i.synthetic()),
                values, b == null ? null : new DashboardBudget(b.year().toString(), b.total(), b.synthetic()),
                Views.openActions(inspections));
    }
}
