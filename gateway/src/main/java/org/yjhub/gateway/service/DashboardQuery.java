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
import org.yjhub.gateway.service.AggregateModels.RegionRef;

import java.util.ArrayList;
import java.util.List;

/** GET /api/v1/regions/{region}/dashboard: every team of a region for one quarter. */
@ApplicationScoped
public class DashboardQuery extends ReadQuery {

    @Inject
    TeamCatalog teamCatalog;

    @Inject
    IndicatorCatalog indicators;

    public Served dashboard(String regionText, String quarterText, String comparator) {
        String region = parameters.region(regionText);
        Snapshot s = readModel.snapshot();
        ComparatorScope scope = parameters.comparator(s, comparator);
        Quarter quarter = quarterText == null || quarterText.isEmpty() ? s.newestQuarter() : Quarter.parse(quarterText);
        if (quarter != null && !s.hasQuarter(quarter)) {
            // a quarter without data: cheap to build, and not worth keeping
            return new Served(bodies.json(dashboard(s, region, quarter, scope)), s.dataAsOf());
        }
        return new Served(cache.get(s, "dashboard|" + region + '|' + quarter + '|' + scope.key(),
                () -> bodies.json(dashboard(s, region, quarter, scope))), s.dataAsOf());
    }

    private Dashboard dashboard(Snapshot s, String region, Quarter quarter, ComparatorScope scope) {
        List<Team> teams = teamCatalog.inRegion(region);
        List<Area> areas = scope.forTeams(teams.stream().map(Team::code).toList());
        List<DashboardIndicator> figures = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        if (quarter != null) {
            for (Indicator indicator : indicators.all()) {
                s.comparison(indicator.id(), quarter).ifPresent(c -> {
                    comparisons.add(c);
                    figures.add(new DashboardIndicator(indicator.id(), indicator.name(), indicator.polarity().name(),
                            Views.figures(c.figure(scope.areas().region(region)), false),
                            Views.figures(c.national(), false),
                            areas.stream().map(a -> Views.figures(c.figure(a), false)).toList()));
                });
            }
        }
        List<DashboardTeam> rows = new ArrayList<>();
        for (Team team : teams) {
            rows.add(team(s, team, comparisons, scope.forTeam(team.code())));
        }
        return new Dashboard(new RegionRef(Regions.slug(region), region), quarter == null ? null : quarter.toString(),
                figures, rows);
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
