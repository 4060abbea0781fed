package org.yjhub.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.Rates;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.Team;
import org.yjhub.gateway.domain.Area;
import org.yjhub.gateway.domain.Comparisons.Row;
import org.yjhub.gateway.domain.StatisticsRules;
import org.yjhub.gateway.readmodel.Comparison;
import org.yjhub.gateway.readmodel.Snapshot;
import org.yjhub.gateway.service.AggregateModels.SeriesPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

/** GET /api/v1/indicators/{indicator}/series: one team's values for an indicator, oldest quarter first. */
@ApplicationScoped
public class SeriesQuery extends ReadQuery {

    @Inject
    StatisticsRules rules;

    public Served series(String indicatorId, String teamCode, String comparator) {
        Indicator indicator = parameters.indicator(indicatorId);
        Team team = parameters.requiredTeam(teamCode);
        Snapshot s = readModel.snapshot();
        ComparatorScope scope = parameters.comparator(s, comparator);
        return new Served(cache.get(s, "series|" + indicator.id() + '|' + team.code() + '|' + scope.key(),
                () -> bodies.json(points(s, indicator, team, scope))), s.dataAsOf());
    }

    private List<SeriesPoint> points(Snapshot s, Indicator indicator, Team team, ComparatorScope scope) {
        Area area = scope.forTeam(team.code());
        NavigableMap<Quarter, Row> series = s.series(indicator.id(), team.code());
        List<SeriesPoint> points = new ArrayList<>(series.size());
        series.forEach((quarter, row) -> {
            Comparison c = s.comparison(indicator.id(), quarter).orElseThrow();
            points.add(new SeriesPoint(quarter.toString(), Rates.display(row.entry().rate()),
                    Views.plain(row.entry().numerator()), Views.plain(row.entry().denominator()),
                    Rates.display(c.national().figure().value()), row.entry().synthetic(),
                    c.national().syntheticTeams(), Views.statistics(row, indicator, c.figure(area), false),
                    Views.trend(rules.trends(), indicator, q -> series.containsKey(q) ? series.get(q).entry() : null, quarter),
                    Views.plain(s.target(team.code(), quarter.year(), indicator.id()))));
        });
        return points;
    }
}
