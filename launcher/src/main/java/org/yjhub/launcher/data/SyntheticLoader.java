package org.yjhub.launcher.data;

import com.fasterxml.jackson.databind.JsonNode;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.Team;
import org.yjhub.common.reference.TeamCatalog;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads {@link SyntheticData} through the public API: the returns through the bulk CSV endpoint (one request per
 * financial year, all or nothing), then, team by team on a few threads, each inspection with its recommendations, plan
 * and actions, and a budget and a staffing return per year. A re-run, or a run over more years, adds only what is
 * missing: an inspection is posted only when the team has no synthetic one with the same fieldwork start, a
 * recommendation or action only when its inspection has none yet, and returns, budgets, staffing and plans with
 * identical content are answered "unchanged". Told how many years an earlier load of the same seed sent (the bench's
 * growth, one size on top of the last), it sends only the years and inspections beyond them.
 */
public final class SyntheticLoader {

    /** What a load sent (returns, budgets, staffing, plans) or added (inspections, recommendations, actions). */
    public record Summary(int returnRows, int inspections, int recommendations, int plans, int actions, int budgets,
                          int staffing, double returnSeconds, double seconds) {
    }

    /** Teams loaded at once: the services, not this client, are the bottleneck; more threads only queue there. */
    private static final int THREADS = 4;

    private final ApiClient api;
    private final SyntheticData data;
    /** What an earlier load sent, or null when nothing is assumed to be stored. */
    private final SyntheticData loaded;
    private final AtomicInteger inspections = new AtomicInteger();
    private final AtomicInteger recommendations = new AtomicInteger();
    private final AtomicInteger plans = new AtomicInteger();
    private final AtomicInteger actions = new AtomicInteger();
    private final AtomicInteger budgets = new AtomicInteger();
    private final AtomicInteger staffing = new AtomicInteger();

    private SyntheticLoader(ApiClient api, SyntheticData data, SyntheticData loaded) {
        this.api = api;
        this.data = data;
        this.loaded = loaded;
    }

    /** The last quarter that has ended on {@code today}. */
    public static Quarter latestCompleteQuarter(LocalDate today) {
        return Quarter.containing(today).previous();
    }

    public static Summary load(ApiClient api, long seed, int years, PrintStream out) {
        return load(api, seed, years, 0, out);
    }

    /**
     * Loads {@code years} on top of an earlier load of the same seed that sent {@code loadedYears} (0: none, send
     * everything), sending only what that load did not.
     */
    public static Summary load(ApiClient api, long seed, int years, int loadedYears, PrintStream out) {
        if (loadedYears < 0 || loadedYears > years) {
            throw new IllegalArgumentException("loaded years must be 0 to " + years + ": " + loadedYears);
        }
        long t0 = System.nanoTime();
        TeamCatalog teams = TeamCatalog.load();
        IndicatorCatalog indicators = IndicatorCatalog.load();
        LocalDate today = LocalDate.now();
        Quarter latest = latestCompleteQuarter(today);
        SyntheticData data = new SyntheticData(seed, years, latest, today, teams, indicators);
        SyntheticData loaded = loadedYears == 0 ? null : new SyntheticData(seed, loadedYears, latest, today, teams, indicators);
        SyntheticLoader loader = new SyntheticLoader(api, data, loaded);
        int rows = loader.returns(out);
        double returnSeconds = (System.nanoTime() - t0) / 1e9;
        loader.teams(teams.all());
        double seconds = (System.nanoTime() - t0) / 1e9;
        Summary s = new Summary(rows, loader.inspections.get(), loader.recommendations.get(), loader.plans.get(),
                loader.actions.get(), loader.budgets.get(), loader.staffing.get(), returnSeconds, seconds);
        out.printf("yj: synthetic data loaded in %.1f s (seed %d, %d years): %,d return values (%.1f s); %d new inspections "
                        + "with %d recommendations and %d actions, %d plans, %d budgets and %d staffing returns sent%n",
                seconds, seed, years, s.returnRows(), returnSeconds, s.inspections(), s.recommendations(), s.actions(),
                s.plans(), s.budgets(), s.staffing());
        return s;
    }

    private int returns(PrintStream out) {
        List<SyntheticData.Row> rows = data.returnRows();
        int sent = 0;
        for (FinancialYear year : years()) {
            StringBuilder csv = new StringBuilder("team,quarter,indicator,numerator,denominator,source,synthetic\n");
            int n = 0;
            for (SyntheticData.Row r : rows) {
                if (Quarter.parse(r.quarter()).year().equals(year)) {
                    csv.append(r.team()).append(',').append(r.quarter()).append(',').append(r.indicator()).append(',')
                            .append(r.numerator()).append(',').append(r.denominator()).append(",\"")
                            .append(SyntheticData.SOURCE).append("\",true\n");
                    n++;
                }
            }
            ApiClient.expectOk(api.postCsv("/api/v1/returns/bulk", csv.toString()), "bulk load of " + year);
            sent += n;
            out.printf("yj: synthetic returns for %s: %,d values%n", year, n);
        }
        return sent;
    }

    /** The years to send: every one, or those beyond an earlier load's. */
    private List<FinancialYear> years() {
        return loaded == null ? data.years() : data.yearsBeyond(loaded);
    }

    private void teams(List<Team> teams) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Team team : teams) {
                done.add(pool.submit(() -> team(team)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    private void team(Team team) {
        JsonNode existing = ok(api.get("/api/v1/inspections?team=" + team.code()), "list inspections of " + team.code());
        for (SyntheticData.SyntheticInspection inspection
                : loaded == null ? data.inspections(team) : data.inspectionsBeyond(loaded, team)) {
            inspection(inspection, stored(existing, inspection.fieldworkStart()));
        }
        for (FinancialYear year : years()) {
            ApiClient.expectOk(api.put("/api/v1/teams/" + team.code() + "/budgets/" + year, data.budget(team, year)),
                    "budget for " + team.code() + " " + year);
            budgets.incrementAndGet();
            ApiClient.expectOk(api.put("/api/v1/teams/" + team.code() + "/staffing/" + year, data.staffing(team, year)),
                    "staffing for " + team.code() + " " + year);
            staffing.incrementAndGet();
        }
    }

    /** Posts what of an inspection is not yet stored ({@code stored} null when the inspection itself is not). */
    private void inspection(SyntheticData.SyntheticInspection inspection, JsonNode stored) {
        String what = inspection.request().get("team") + " " + inspection.year();
        if (stored == null) {
            stored = ok(api.post("/api/v1/inspections", inspection.request()), "inspection of " + what);
            inspections.incrementAndGet();
        }
        String id = stored.path("id").asText();
        ApiClient.expectOk(api.put("/api/v1/inspections/" + id + "/plan", inspection.plan()), "plan of " + what);
        plans.incrementAndGet();
        List<String> recommendationIds = new ArrayList<>();
        for (JsonNode r : stored.path("recommendations")) {
            recommendationIds.add(r.path("id").asText());
        }
        if (recommendationIds.isEmpty()) {
            for (Map<String, Object> r : inspection.recommendations()) {
                recommendationIds.add(ok(api.post("/api/v1/inspections/" + id + "/recommendations", r),
                        "recommendation of " + what).path("id").asText());
                recommendations.incrementAndGet();
            }
        }
        if (stored.path("actions").isEmpty()) {
            for (SyntheticData.PlannedAction a : inspection.actions()) {
                Map<String, Object> body = new LinkedHashMap<>(a.request());
                body.put("recommendation", recommendationIds.get(a.recommendation()));
                ok(api.post("/api/v1/inspections/" + id + "/actions", body), "action of " + what);
                actions.incrementAndGet();
            }
        }
    }

    private static JsonNode stored(JsonNode inspections, String fieldworkStart) {
        for (JsonNode i : inspections) {
            if (i.path("synthetic").asBoolean(false) && fieldworkStart.equals(i.path("fieldworkStart").asText())) {
                return i;
            }
        }
        return null;
    }

    private static JsonNode ok(ApiClient.Reply reply, String what) {
        return ApiClient.expectOk(reply, what).body();
    }
}
