package org.yjhub.gateway.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.indicator.Rates;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.Regions;
import org.yjhub.common.reference.Team;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.gateway.domain.Actions;
import org.yjhub.gateway.domain.Actions.Action;
import org.yjhub.gateway.domain.Actions.Status;
import org.yjhub.gateway.domain.Comparisons.Row;
import org.yjhub.gateway.domain.Pooled;
import org.yjhub.gateway.domain.Targets;
import org.yjhub.gateway.readmodel.Body;
import org.yjhub.gateway.readmodel.Comparison;
import org.yjhub.gateway.readmodel.ReadModel;
import org.yjhub.gateway.readmodel.Rows.BudgetRow;
import org.yjhub.gateway.readmodel.Rows.InspectionRow;
import org.yjhub.gateway.readmodel.Rows.PlanRow;
import org.yjhub.gateway.readmodel.Rows.StaffingRow;
import org.yjhub.gateway.readmodel.Snapshot;
import org.yjhub.gateway.rest.AggregateModels.ActionsSummary;
import org.yjhub.gateway.rest.AggregateModels.BudgetSummary;
import org.yjhub.gateway.rest.AggregateModels.ComparisonRow;
import org.yjhub.gateway.rest.AggregateModels.ComparisonView;
import org.yjhub.gateway.rest.AggregateModels.Contribution;
import org.yjhub.gateway.rest.AggregateModels.Dashboard;
import org.yjhub.gateway.rest.AggregateModels.DashboardBudget;
import org.yjhub.gateway.rest.AggregateModels.DashboardIndicator;
import org.yjhub.gateway.rest.AggregateModels.DashboardInspection;
import org.yjhub.gateway.rest.AggregateModels.DashboardTeam;
import org.yjhub.gateway.rest.AggregateModels.DashboardTeamIndicator;
import org.yjhub.gateway.rest.AggregateModels.Figures;
import org.yjhub.gateway.rest.AggregateModels.InspectionSummary;
import org.yjhub.gateway.rest.AggregateModels.OverdueAction;
import org.yjhub.gateway.rest.AggregateModels.PlanSummary;
import org.yjhub.gateway.rest.AggregateModels.PreviousQuarter;
import org.yjhub.gateway.rest.AggregateModels.Profile;
import org.yjhub.gateway.rest.AggregateModels.ProfileIndicator;
import org.yjhub.gateway.rest.AggregateModels.RegionFigures;
import org.yjhub.gateway.rest.AggregateModels.RegionRef;
import org.yjhub.gateway.rest.AggregateModels.SeriesPoint;
import org.yjhub.gateway.rest.AggregateModels.StaffingSummary;
import org.yjhub.gateway.rest.AggregateModels.StatusCounts;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.reference.Teams;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * The read side: checks the request, then serves the answer from the in-memory snapshot. Answers are serialized once
 * and kept with the data they were built from (a comparison's answers with the comparison, profiles, dashboards and
 * series with the snapshot), so a repeated request costs a map look-up: no SQL, no ranking, no serialization.
 */
@ApplicationScoped
public class AggregatesService {

    public static final String JSON = "application/json";
    public static final String CSV = "text/csv; charset=utf-8";
    public static final String CSV_HEADER = "team,name,region,rate,numerator,denominator,rank,quartile,synthetic";

    /** An answer and the time of the newest event behind it (null before the first event). */
    public record Served(Body body, Instant dataAsOf) {
    }

    @Inject
    ReadModel readModel;

    @Inject
    Teams teams;

    @Inject
    TeamCatalog teamCatalog;

    @Inject
    IndicatorCatalog indicators;

    @Inject
    ObjectMapper objectMapper;

    /** The kit's clock (yj.clock.zone, Europe/London): its date decides which actions are overdue. */
    @Inject
    Clock clock;

    private ObjectMapper json;

    @PostConstruct
    void init() {
        json = objectMapper.copy().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    // ---------------------------------------------------------------- comparisons

    public Served comparison(String indicatorId, String quarterText, String regionText, boolean csv) {
        Indicator indicator = indicator(indicatorId);
        Quarter quarter = requiredQuarter(quarterText);
        String region = regionText == null || regionText.isEmpty() ? null : region(regionText);
        Snapshot s = readModel.snapshot();
        Optional<Comparison> comparison = s.comparison(indicator.id(), quarter);
        Body body;
        if (comparison.isPresent()) {
            String key = (csv ? "csv|" : "json|") + (region == null ? "" : region);
            body = comparison.get().body(key, c -> comparisonBody(indicator, quarter, c.rows(), c.national(),
                    region == null ? null : c.region(region), region, csv));
        } else {
            body = comparisonBody(indicator, quarter, List.of(), Pooled.EMPTY, region == null ? null : Pooled.EMPTY,
                    region, csv);
        }
        return new Served(body, s.dataAsOf());
    }

    private Body comparisonBody(Indicator indicator, Quarter quarter, List<Row> all, Pooled national, Pooled regional,
                                String region, boolean csv) {
        List<ComparisonRow> rows = new ArrayList<>(all.size());
        int synthetic = 0;
        for (Row row : all) {
            if (region == null || region.equals(row.entry().region())) {
                rows.add(comparisonRow(row));
                if (row.entry().synthetic()) {
                    synthetic++;
                }
            }
        }
        if (csv) {
            StringBuilder out = new StringBuilder(64 + rows.size() * 96).append(CSV_HEADER).append('\n');
            for (ComparisonRow r : rows) {
                out.append(csvField(r.team())).append(',').append(csvField(r.name())).append(',')
                        .append(csvField(r.region())).append(',').append(r.rate().toPlainString()).append(',')
                        .append(r.numerator().toPlainString()).append(',').append(r.denominator().toPlainString())
                        .append(',').append(r.rank() == null ? "" : r.rank().toString()).append(',')
                        .append(r.quartile() == null ? "" : r.quartile().toString()).append(',')
                        .append(r.synthetic()).append('\n');
            }
            return Body.of(out.toString().getBytes(StandardCharsets.UTF_8), CSV);
        }
        return json(new ComparisonView(indicator.id(), indicator.name(), indicator.polarity().name(), indicator.unit(),
                quarter.toString(), figures(national),
                region == null ? null : regionFigures(region, regional), synthetic, rows));
    }

    private ComparisonRow comparisonRow(Row row) {
        Team team = teamCatalog.find(row.entry().team()).orElse(null);
        return new ComparisonRow(row.entry().team(), team == null ? null : team.name(), row.entry().region(),
                Rates.display(row.entry().rate()), plain(row.entry().numerator()), plain(row.entry().denominator()),
                row.rank(), row.quartile(), row.entry().synthetic());
    }

    // ---------------------------------------------------------------- profile

    /**
     * The profile as of today in the gateway's time zone: which actions are overdue, and by how many days, changes
     * with the date, so the date is part of the kept answer's key (and so of its bytes and ETag).
     */
    public Served profile(String teamCode) {
        Team team = teams.require(teamCode);
        Snapshot s = readModel.snapshot();
        LocalDate today = LocalDate.now(clock);
        return new Served(s.body("profile|" + team.code() + "|" + today, () -> json(profile(s, team, today))),
                s.dataAsOf());
    }

    private Profile profile(Snapshot s, Team team, LocalDate today) {
        List<InspectionRow> inspections = s.inspections(team.code());
        InspectionRow newest = inspections.isEmpty() ? null : inspections.get(0);
        PlanRow plan = newest == null ? null : newest.plan();
        InspectionSummary inspection = newest == null ? null : new InspectionSummary(newest.id(), newest.framework(),
                newest.fieldworkStart(), newest.fieldworkEnd(), newest.fieldworkPrecision(), newest.publishedOn(),
                newest.publishedPrecision(), newest.overall(), newest.score(), newest.ratings(), newest.synthetic(),
                plan == null ? null : new PlanSummary(plan.title(), plan.status(), plan.due(), plan.dueDate()));

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
                values.add(new ProfileIndicator(indicator.id(), quarter.toString(), Rates.display(row.entry().rate()),
                        plain(row.entry().numerator()), plain(row.entry().denominator()),
                        previous == null ? null : new PreviousQuarter(quarter.previous().toString(),
                                Rates.display(previous.entry().rate()), previous.entry().synthetic()),
                        target == null ? null : plain(target),
                        Targets.met(indicator.polarity(), row.entry().rate(), target),
                        Rates.display(c.national().rate()), row.rank(), row.quartile(), row.entry().synthetic(),
                        c.national().syntheticTeams()));
                break;
            }
        }

        BudgetRow b = s.newestBudget(team.code());
        BudgetSummary budget = b == null ? null : new BudgetSummary(b.year().toString(), b.total(), b.staffTotal(),
                b.delegatedTotal(), b.previousYearTotal(), b.contributions().stream()
                .map(c -> new Contribution(c.partner(), c.description(), c.staff(), c.delegated(), c.total())).toList(),
                b.synthetic());
        StaffingRow st = s.newestStaffing(team.code());
        StaffingSummary staffing = st == null ? null : new StaffingSummary(st.year().toString(),
                st.totalFte() == null ? null : plain(st.totalFte()), st.synthetic());
        return new Profile(team, inspection, values, budget, staffing, openActions(inspections),
                actions(inspections, today));
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

    private static int openActions(List<InspectionRow> inspections) {
        int open = 0;
        for (InspectionRow i : inspections) {
            open += i.openActions();
        }
        return open;
    }

    // ---------------------------------------------------------------- dashboard

    public Served dashboard(String regionText, String quarterText) {
        String region = region(regionText);
        Snapshot s = readModel.snapshot();
        Quarter quarter = quarterText == null || quarterText.isEmpty() ? s.newestQuarter() : Quarter.parse(quarterText);
        if (quarter != null && !s.hasQuarter(quarter)) {
            // a quarter without data: cheap to build, and not worth keeping
            return new Served(json(dashboard(s, region, quarter)), s.dataAsOf());
        }
        Quarter q = quarter;
        return new Served(s.body("dashboard|" + region + "|" + q, () -> json(dashboard(s, region, q))), s.dataAsOf());
    }

    private Dashboard dashboard(Snapshot s, String region, Quarter quarter) {
        List<DashboardIndicator> figures = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        if (quarter != null) {
            for (Indicator indicator : indicators.all()) {
                s.comparison(indicator.id(), quarter).ifPresent(c -> {
                    comparisons.add(c);
                    figures.add(new DashboardIndicator(indicator.id(), indicator.name(), indicator.polarity().name(),
                            figures(c.region(region)), figures(c.national())));
                });
            }
        }
        List<DashboardTeam> rows = new ArrayList<>();
        for (Team team : teamCatalog.inRegion(region)) {
            List<InspectionRow> inspections = s.inspections(team.code());
            InspectionRow i = inspections.isEmpty() ? null : inspections.get(0);
            List<DashboardTeamIndicator> values = new ArrayList<>();
            for (Comparison c : comparisons) {
                Row row = c.row(team.code());
                if (row != null) {
                    values.add(new DashboardTeamIndicator(c.indicator().id(), Rates.display(row.entry().rate()),
                            plain(row.entry().numerator()), plain(row.entry().denominator()), row.rank(), row.quartile(),
                            row.entry().synthetic()));
                }
            }
            BudgetRow b = s.newestBudget(team.code());
            rows.add(new DashboardTeam(team.code(), team.name(),
                    i == null ? null : new DashboardInspection(i.id(), i.framework(), i.publishedOn(),
                            i.publishedPrecision(), i.overall(), i.synthetic()),
                    values, b == null ? null : new DashboardBudget(b.year().toString(), b.total(), b.synthetic()),
                    openActions(inspections)));
        }
        return new Dashboard(new RegionRef(Regions.slug(region), region), quarter == null ? null : quarter.toString(),
                figures, rows);
    }

    // ---------------------------------------------------------------- series

    public Served series(String indicatorId, String teamCode) {
        Indicator indicator = indicator(indicatorId);
        if (teamCode == null || teamCode.isBlank()) {
            throw ProblemException.badRequest("the query parameter team is required, e.g. ?team=milton-keynes");
        }
        Team team = teams.require(teamCode);
        Snapshot s = readModel.snapshot();
        return new Served(s.body("series|" + indicator.id() + "|" + team.code(), () -> {
            List<SeriesPoint> points = new ArrayList<>();
            for (Map.Entry<Quarter, Comparison> e : s.quarters(indicator.id()).entrySet()) {
                Row row = e.getValue().row(team.code());
                if (row != null) {
                    points.add(new SeriesPoint(e.getKey().toString(), Rates.display(row.entry().rate()),
                            plain(row.entry().numerator()), plain(row.entry().denominator()),
                            Rates.display(e.getValue().national().rate()), row.entry().synthetic(),
                            e.getValue().national().syntheticTeams()));
                }
            }
            return json(points);
        }), s.dataAsOf());
    }

    // ---------------------------------------------------------------- parameters

    public Indicator indicator(String id) {
        return indicators.find(id).orElseThrow(() -> ProblemException.notFound("no indicator with id '"
                + abbreviate(id) + "'; GET /api/v1/indicators lists them"));
    }

    public String region(String slugOrName) {
        return Regions.find(slugOrName).orElseThrow(() -> ProblemException.notFound("no region '"
                + abbreviate(slugOrName) + "'; GET /api/v1/regions lists them (slug or name, e.g. south-east)"));
    }

    private static Quarter requiredQuarter(String text) {
        if (text == null || text.isEmpty()) {
            throw ProblemException.badRequest("the query parameter quarter is required, e.g. ?quarter=2019-20-Q4");
        }
        return Quarter.parse(text);
    }

    // ---------------------------------------------------------------- formatting

    private static Figures figures(Pooled p) {
        return new Figures(Rates.display(p.rate()), plain(p.numerator()), plain(p.denominator()), p.teams(),
                p.syntheticTeams());
    }

    private static RegionFigures regionFigures(String region, Pooled p) {
        return new RegionFigures(Regions.slug(region), region, Rates.display(p.rate()), plain(p.numerator()),
                plain(p.denominator()), p.teams(), p.syntheticTeams());
    }

    /** A count or amount as written: no trailing zeros, no exponent ({@code 19230}, {@code 0.8}). */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String csvField(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private Body json(Object view) {
        try {
            return Body.of(json.writeValueAsBytes(view), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + view.getClass().getSimpleName(), e);
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
