package org.yjhub.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.Rates;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.Team;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.gateway.domain.Comparisons.Row;
import org.yjhub.gateway.domain.Pooled;
import org.yjhub.gateway.readmodel.Comparison;
import org.yjhub.gateway.readmodel.ReadModel;
import org.yjhub.gateway.readmodel.Snapshot;
import org.yjhub.gateway.service.AggregateModels.ComparisonRow;
import org.yjhub.gateway.service.AggregateModels.ComparisonView;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** GET /api/v1/comparisons/{indicator}: every team's value for an indicator and quarter, as JSON or CSV. */
@ApplicationScoped
public class ComparisonQuery {

    @Inject
    ReadModel readModel;

    @Inject
    ResponseCache cache;

    @Inject
    Bodies bodies;

    @Inject
    ViewParameters parameters;

    @Inject
    TeamCatalog teamCatalog;

    public Served comparison(String indicatorId, String quarterText, String regionText, boolean csv) {
        Indicator indicator = parameters.indicator(indicatorId);
        Quarter quarter = parameters.requiredQuarter(quarterText);
        String region = parameters.optionalRegion(regionText);
        Snapshot s = readModel.snapshot();
        Optional<Comparison> comparison = s.comparison(indicator.id(), quarter);
        Body body;
        if (comparison.isPresent()) {
            Comparison c = comparison.get();
            String key = "comparison|" + indicator.id() + '|' + quarter + '|' + (csv ? "csv" : "json") + '|'
                    + (region == null ? "" : region);
            body = cache.get(s, key, () -> body(indicator, quarter, c.rows(), c.national(),
                    region == null ? null : c.region(region), region, csv));
        } else {
            // a quarter without data: cheap to build, and not worth keeping
            body = body(indicator, quarter, List.of(), Pooled.EMPTY, region == null ? null : Pooled.EMPTY, region, csv);
        }
        return new Served(body, s.dataAsOf());
    }

    private Body body(Indicator indicator, Quarter quarter, List<Row> all, Pooled national, Pooled regional,
                      String region, boolean csv) {
        List<ComparisonRow> rows = new ArrayList<>(all.size());
        int synthetic = 0;
        for (Row row : all) {
            if (region == null || region.equals(row.entry().region())) {
                rows.add(row(row));
                if (row.entry().synthetic()) {
                    synthetic++;
                }
            }
        }
        if (csv) {
            return bodies.csv(new ComparisonCsv(rows));
        }
        return bodies.json(new ComparisonView(indicator.id(), indicator.name(), indicator.polarity().name(),
                indicator.unit(), quarter.toString(), Views.figures(national),
                region == null ? null : Views.regionFigures(region, regional), synthetic, rows));
    }

    private ComparisonRow row(Row row) {
        Team team = teamCatalog.find(row.entry().team()).orElse(null);
        return new ComparisonRow(row.entry().team(), team == null ? null : team.name(), row.entry().region(),
                Rates.display(row.entry().rate()), Views.plain(row.entry().numerator()),
                Views.plain(row.entry().denominator()), row.rank(), row.quartile(), row.entry().synthetic());
    }
}
