package org.yjhub.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.Rates;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.Team;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.gateway.domain.Area;
import org.yjhub.gateway.domain.Comparisons.AreaFigure;
import org.yjhub.gateway.domain.Comparisons.Row;
import org.yjhub.gateway.readmodel.Comparison;
import org.yjhub.gateway.readmodel.Snapshot;
import org.yjhub.gateway.service.AggregateModels.ComparisonRow;
import org.yjhub.gateway.service.AggregateModels.ComparisonView;
import org.yjhub.gateway.service.StatisticsModels.ComparatorView;
import org.yjhub.gateway.service.StatisticsModels.Figures;
import org.yjhub.kit.http.Body;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /api/v1/comparisons/{indicator}: every team's value for an indicator and quarter, with its intervals and
 * significance against the chosen comparator, as JSON or CSV; for publication, low counts suppressed.
 */
@ApplicationScoped
public class ComparisonQuery extends ReadQuery {

    /** Why a publication answer leaves a value out. */
    static final String SUPPRESSION = "low count: the numerator is below %d, suppressed for publication as the YJB's "
            + "statistics are (still counted in the pooled figures)";

    @Inject
    TeamCatalog teamCatalog;

    /** One request's choices. */
    public record Request(String indicator, String quarter, String region, String comparator, String disclosure,
                          boolean csv) {
    }

    public Served comparison(Request request) {
        Indicator indicator = parameters.indicator(request.indicator());
        Quarter quarter = parameters.requiredQuarter(request.quarter());
        String region = parameters.optionalRegion(request.region());
        boolean publication = parameters.forPublication(request.disclosure());
        Snapshot s = readModel.snapshot();
        ComparatorScope scope = parameters.comparator(s, request.comparator());
        Comparison c = s.comparison(indicator.id(), quarter).orElse(null);
        if (c == null) {
            // a quarter without data: cheap to build, and not worth keeping
            return new Served(body(readModel.empty(indicator, quarter), region, scope, publication, request.csv()),
                    s.dataAsOf());
        }
        String key = String.join("|", "comparison", indicator.id(), quarter.toString(), request.csv() ? "csv" : "json",
                region == null ? "" : region, scope.key(), publication ? "publication" : "full");
        return new Served(cache.get(s, key, () -> body(c, region, scope, publication, request.csv())), s.dataAsOf());
    }

    private Body body(Comparison c, String region, ComparatorScope scope, boolean publication, boolean csv) {
        List<Row> shown = new ArrayList<>();
        List<String> teams = new ArrayList<>();
        int synthetic = 0;
        for (Row row : c.rows()) {
            if (region == null || region.equals(row.entry().region())) {
                shown.add(row);
                teams.add(row.entry().team());
                synthetic += row.entry().synthetic() ? 1 : 0;
            }
        }
        Map<String, AreaFigure> comparators = new LinkedHashMap<>();
        for (Area area : scope.forTeams(teams)) {
            comparators.put(area.id(), c.figure(area));
        }
        List<ComparisonRow> rows = new ArrayList<>(shown.size());
        for (Row row : shown) {
            Area area = scope.forTeam(row.entry().team());
            rows.add(row(c, row, area == null ? null : comparators.get(area.id()), publication));
        }
        if (csv) {
            return bodies.csv(new ComparisonCsv(rows));
        }
        List<Figures> figures = comparators.values().stream().map(f -> Views.figures(f, publication)).toList();
        Indicator indicator = c.indicator();
        return bodies.json(new ComparisonView(indicator.id(), indicator.name(), indicator.polarity().name(),
                indicator.unit(), c.quarter().toString(), Views.figures(c.national(), publication),
                region == null ? null : Views.figures(c.figure(scope.areas().region(region)), publication), synthetic,
                rows, new ComparatorView(scope.choice().text(), figures), publication ? "publication" : "full"));
    }

    private ComparisonRow row(Comparison c, Row row, AreaFigure comparator, boolean publication) {
        Team team = teamCatalog.find(row.entry().team()).orElse(null);
        boolean suppressed = publication && row.lowCount();
        return new ComparisonRow(row.entry().team(), team == null ? null : team.name(), row.entry().region(),
                suppressed ? null : Rates.display(row.entry().rate()),
                suppressed ? null : Views.plain(row.entry().numerator()), Views.plain(row.entry().denominator()),
                suppressed ? null : row.rank(), suppressed ? null : row.quartile(), row.entry().synthetic(),
                suppressed ? null : row.noQuartile(), Views.statistics(row, c.indicator(), comparator, suppressed),
                suppressed, suppressed ? SUPPRESSION.formatted(parameters.lowCountThreshold()) : null);
    }
}
