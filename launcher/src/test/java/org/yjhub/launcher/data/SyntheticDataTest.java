package org.yjhub.launcher.data;

import org.junit.jupiter.api.Test;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.period.Quarter;
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
        assertThat(data(7, 2).inspection(TEAMS.find("medway").orElseThrow()))
                .isEqualTo(data(7, 2).inspection(TEAMS.find("medway").orElseThrow()));
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
