package org.yjhub.launcher.data;

import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.Team;
import org.yjhub.common.reference.TeamCatalog;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Loads {@link SyntheticData} through the public API: returns through the bulk CSV endpoint (one request per
 * financial year, all or nothing), then an inspection per team (skipped when the team already has a synthetic one)
 * and a budget per team and year (identical content is answered "unchanged", so a re-run adds nothing).
 */
public final class SyntheticLoader {

    public record Summary(int returnRows, int inspections, int budgets, double seconds) {
    }

    private SyntheticLoader() {
    }

    /** The last quarter that has ended on {@code today}. */
    public static Quarter latestCompleteQuarter(LocalDate today) {
        return Quarter.containing(today).previous();
    }

    public static Summary load(ApiClient api, long seed, int years, PrintStream out) {
        long t0 = System.nanoTime();
        TeamCatalog teams = TeamCatalog.load();
        SyntheticData data = new SyntheticData(seed, years, latestCompleteQuarter(LocalDate.now()), teams, IndicatorCatalog.load());
        List<SyntheticData.Row> rows = data.returnRows();
        int loadedRows = 0;
        for (FinancialYear year : data.quarters().stream().map(Quarter::year).distinct().toList()) {
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
            loadedRows += n;
            out.printf("yj: synthetic returns for %s: %,d values%n", year, n);
        }
        int inspections = 0;
        int budgets = 0;
        for (Team team : teams.all()) {
            ApiClient.Reply existing = ApiClient.expectOk(api.get("/api/v1/inspections?team=" + team.code()), "list inspections");
            boolean hasSynthetic = false;
            for (var node : existing.body()) {
                hasSynthetic |= node.path("synthetic").asBoolean(false);
            }
            if (!hasSynthetic) {
                ApiClient.expectOk(api.post("/api/v1/inspections", data.inspection(team)), "inspection for " + team.code());
                inspections++;
            }
            for (FinancialYear year : data.quarters().stream().map(Quarter::year).distinct().toList()) {
                ApiClient.expectOk(api.put("/api/v1/teams/" + team.code() + "/budgets/" + year, data.budget(team, year)),
                        "budget for " + team.code() + " " + year);
                budgets++;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf("yj: synthetic data loaded: %,d return values, %d inspections, %d budgets in %.1f s (seed %d, %d years)%n",
                loadedRows, inspections, budgets, seconds, seed, years);
        return new Summary(loadedRows, inspections, budgets, seconds);
    }
}
