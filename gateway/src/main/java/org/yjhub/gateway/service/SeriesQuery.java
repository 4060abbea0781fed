package org.yjhub.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.Rates;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.Team;
import org.yjhub.gateway.domain.Comparisons.Row;
import org.yjhub.gateway.readmodel.Comparison;
import org.yjhub.gateway.readmodel.ReadModel;
import org.yjhub.gateway.readmodel.Snapshot;
import org.yjhub.gateway.service.AggregateModels.SeriesPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** GET /api/v1/indicators/{indicator}/series: one team's values for an indicator, oldest quarter first. */
@ApplicationScoped
public class SeriesQuery {

    @Inject
    ReadModel readModel;

    @Inject
    ResponseCache cache;

    @Inject
    Bodies bodies;

    @Inject
    ViewParameters parameters;

    public Served series(String indicatorId, String teamCode) {
        Indicator indicator = parameters.indicator(indicatorId);
        Team team = parameters.requiredTeam(teamCode);
        Snapshot s = readModel.snapshot();
        return new Served(cache.get(s, "series|" + indicator.id() + '|' + team.code(),
                () -> bodies.json(points(s, indicator, team))), s.dataAsOf());
    }

    private static List<SeriesPoint> points(Snapshot s, Indicator indicator, Team team) {
        List<SeriesPoint> points = new ArrayList<>();
        for (Map.Entry<Quarter, Comparison> e : s.quarters(indicator.id()).entrySet()) {
            Row row = e.getValue().row(team.code());
            if (row != null) {
                points.add(new SeriesPoint(e.getKey().toString(), Rates.display(row.entry().rate()),
                        Views.plain(row.entry().numerator()), Views.plain(row.entry().denominator()),
                        Rates.display(e.getValue().national().rate()), row.entry().synthetic(),
                        e.getValue().national().syntheticTeams()));
            }
        }
        return points;
    }
}
