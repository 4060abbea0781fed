package org.yjhub.launcher.data;

import org.junit.jupiter.api.Test;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.Team;
import org.yjhub.common.reference.TeamCatalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticDataTest {

    private static final TeamCatalog TEAMS = TeamCatalog.load();
    private static final IndicatorCatalog INDICATORS = IndicatorCatalog.load();
    private static final Quarter LATEST = Quarter.parse("2025-26-Q4");

    private SyntheticData data(long seed, int years) {
        return new SyntheticData(seed, years, LATEST, TEAMS, INDICATORS);
    }

    @Test
    void sameSeedSameData() {
        assertThat(data(7, 2).returnsCsv()).isEqualTo(data(7, 2).returnsCsv());
        assertThat(data(7, 2).budget(TEAMS.find("medway").orElseThrow(), LATEST.year()))
                .isEqualTo(data(7, 2).budget(TEAMS.find("medway").orElseThrow(), LATEST.year()));
        assertThat(data(7, 2).inspections(TEAMS.find("medway").orElseThrow()))
                .isEqualTo(data(7, 2).inspections(TEAMS.find("medway").orElseThrow()));
        assertThat(data(7, 2).staffing(TEAMS.find("medway").orElseThrow(), LATEST.year()))
                .isEqualTo(data(7, 2).staffing(TEAMS.find("medway").orElseThrow(), LATEST.year()));
    }

    @Test
    void moreYearsOnlyAddOlderRecords() {
        SyntheticData one = data(1, 1);
        SyntheticData ten = data(1, 10);
        // a set: a list's containsAll compares every pair (8,680 × 77,500 rows, a minute and a half)
        java.util.Set<SyntheticData.Row> tenRows = new java.util.HashSet<>(ten.returnRows());
        assertThat(one.returnRows()).isNotEmpty().allMatch(tenRows::contains, "a row of the ten years");
        assertThat(ten.years()).hasSize(10).endsWith(LATEST.year());
        for (Team team : TEAMS.all()) {
            assertThat(ten.inspections(team)).as(team.code()).containsAll(one.inspections(team));
            assertThat(ten.staffing(team, LATEST.year())).isEqualTo(one.staffing(team, LATEST.year()));
        }
    }

    @Test
    void whatALargerDatasetHoldsBeyondASmallerOneIsItsOlderYearsAndTheirInspections() {
        SyntheticData five = data(1, 5);
        SyntheticData ten = data(1, 10);
        List<FinancialYear> older = ten.yearsBeyond(five);
        assertThat(older).hasSize(5).doesNotContainAnyElementsOf(five.years());
        assertThat(older.get(older.size() - 1).next()).isEqualTo(five.years().get(0));
        assertThat(ten.yearsBeyond(ten)).isEmpty();
        for (Team team : TEAMS.all()) {
            List<SyntheticData.SyntheticInspection> added = ten.inspectionsBeyond(five, team);
            assertThat(added).as(team.code()).doesNotContainAnyElementsOf(five.inspections(team));
            assertThat(java.util.stream.Stream.concat(five.inspections(team).stream(), added.stream()))
                    .as(team.code()).containsExactlyInAnyOrderElementsOf(ten.inspections(team));
        }
    }

    @Test
    void everyTeamIsInspectedOnceInEachThreeYearCycleAndHasOneInspectionEvenInOneYear() {
        for (Team team : TEAMS.all()) {
            assertThat(data(1, 1).inspections(team)).as(team.code()).hasSize(1);
            List<SyntheticData.SyntheticInspection> ten = data(1, 10).inspections(team);
            assertThat(ten).as(team.code()).hasSizeBetween(3, 4);
            for (int i = 1; i < ten.size(); i++) {
                assertThat(ten.get(i).year().startYear() - ten.get(i - 1).year().startYear())
                        .isEqualTo(SyntheticData.INSPECTION_CYCLE_YEARS);
            }
        }
        Map<FinancialYear, Long> perYear = TEAMS.all().stream().flatMap(t -> data(1, 10).inspections(t).stream())
                .collect(Collectors.groupingBy(SyntheticData.SyntheticInspection::year, Collectors.counting()));
        assertThat(perYear).hasSize(10);
    }

    @Test
    void anInspectionIsPublishedBeforeTodayWithAPlanWhoseActionsAnswerItsRecommendations() {
        LocalDate today = LATEST.next().firstDay();
        for (Team team : TEAMS.all()) {
            for (SyntheticData.SyntheticInspection i : data(1, 10).inspections(team)) {
                LocalDate start = LocalDate.parse(i.fieldworkStart());
                LocalDate published = LocalDate.parse((String) i.request().get("publishedOn"));
                assertThat(published).isBefore(today).isAfter(start);
                assertThat(i.request()).containsEntry("synthetic", true).containsEntry("team", team.code());
                assertThat((Map<?, ?>) i.request().get("ratings")).hasSize(12);
                assertThat(i.recommendations()).hasSizeBetween(2, 4);
                assertThat(i.plan().get("status")).isIn("DRAFT", "AGREED");
                assertThat(i.actions()).hasSizeBetween(3, 6).allSatisfy(a -> {
                    assertThat(a.recommendation()).isBetween(0, i.recommendations().size() - 1);
                    assertThat(a.request().get("status")).isIn("GREEN", "AMBER", "RED", "COMPLETE");
                });
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffingGrowsWithTheTeamInWholeHundredthsOfAPost() {
        SyntheticData d = data(1, 1);
        Team kent = TEAMS.find("kent").orElseThrow();
        Team merton = TEAMS.find("merton").orElseThrow();
        assertThat(totalFte(d.staffing(kent, LATEST.year()))).isGreaterThan(totalFte(d.staffing(merton, LATEST.year())));
        for (Team team : TEAMS.all()) {
            Map<String, Object> staffing = d.staffing(team, LATEST.year());
            assertThat(staffing).containsEntry("synthetic", true);
            assertThat((List<Map<String, Object>>) staffing.get("fte")).allSatisfy(line ->
                    assertThat(((BigDecimal) line.get("fte")).scale()).isEqualTo(2));
        }
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal totalFte(Map<String, Object> staffing) {
        return ((List<Map<String, Object>>) staffing.get("fte")).stream().map(l -> (BigDecimal) l.get("fte"))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void otherSeedOtherData() {
        assertThat(data(7, 2).returnsCsv()).isNotEqualTo(data(8, 2).returnsCsv());
    }

    @Test
    void everyTeamQuarterAndIndicatorInForce() {
        SyntheticData d = data(1, 3);
        assertThat(d.quarters()).hasSize(12).first().hasToString("2023-24-Q1");
        assertThat(d.returnRows()).hasSize(TEAMS.all().size() * 12 * INDICATORS.all().size());
        SyntheticData older = new SyntheticData(1, 2, Quarter.parse("2022-23-Q4"), TEAMS, INDICATORS);
        assertThat(older.returnRows()).extracting(SyntheticData.Row::indicator).noneMatch(id -> id.startsWith("kpi-"));
        assertThat(older.returnRows()).hasSize(TEAMS.all().size() * 8 * 4);
    }

    @Test
    void ratesAreInRealisticRangesAndValid() {
        Map<String, List<SyntheticData.Row>> byIndicator = data(1, 3).returnRows().stream()
                .collect(Collectors.groupingBy(SyntheticData.Row::indicator));
        for (Indicator ind : INDICATORS.all()) {
            List<SyntheticData.Row> rows = byIndicator.get(ind.id());
            for (SyntheticData.Row r : rows) {
                assertThat(r.denominator()).isPositive();
                assertThat(r.numerator()).isNotNegative();
                if (ind.isPercentage()) {
                    assertThat(r.numerator()).isLessThanOrEqualTo(r.denominator());
                }
            }
            BigDecimal pooled = ind.rate(BigDecimal.valueOf(rows.stream().mapToLong(SyntheticData.Row::numerator).sum()),
                    BigDecimal.valueOf(rows.stream().mapToLong(SyntheticData.Row::denominator).sum()));
            switch (ind.id()) {
                case "fte-rate" -> assertThat(pooled.doubleValue()).isBetween(100.0, 300.0);
                case "custody-rate" -> assertThat(pooled.doubleValue()).isBetween(0.05, 0.5);
                case "reoffending-rate" -> assertThat(pooled.doubleValue()).isBetween(25.0, 45.0);
                case "kpi-accommodation" -> assertThat(pooled.doubleValue()).isBetween(80.0, 99.0);
                default -> assertThat(pooled.signum()).isPositive();
            }
        }
    }

    @Test
    void populationsFollowTheAuthoritiesServed() {
        SyntheticData d = data(1, 1);
        long kent = d.population(TEAMS.find("kent").orElseThrow());
        long rutlandAndLeics = d.population(TEAMS.find("leicestershire-and-rutland").orElseThrow());
        long merton = d.population(TEAMS.find("merton").orElseThrow());
        assertThat(kent).isGreaterThan(merton);
        assertThat(rutlandAndLeics).isGreaterThan(merton);
        assertThat(TEAMS.all()).allSatisfy(t -> assertThat(d.population(t)).isBetween(400L, 400_000L));
    }

    @Test
    void latestCompleteQuarterIsTheOneBeforeToday() {
        assertThat(SyntheticLoader.latestCompleteQuarter(LocalDate.of(2026, 11, 23))).hasToString("2026-27-Q2");
        assertThat(SyntheticLoader.latestCompleteQuarter(LocalDate.of(2026, 4, 1))).hasToString("2025-26-Q4");
    }

    @Test
    void csvIsMarkedSynthetic() {
        String csv = data(1, 1).returnsCsv();
        assertThat(csv.lines().findFirst()).contains("team,quarter,indicator,numerator,denominator,source,synthetic");
        assertThat(csv.lines().skip(1)).allSatisfy(l -> assertThat(l).endsWith(",true").contains("SYNTHETIC"));
    }
}
