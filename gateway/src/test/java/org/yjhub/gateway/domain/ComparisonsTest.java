package org.yjhub.gateway.domain;

import org.junit.jupiter.api.Test;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.indicator.Rates;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.common.statistics.IntervalMethod;
import org.yjhub.common.statistics.Ranks;
import org.yjhub.common.statistics.Significance;
import org.yjhub.gateway.domain.Comparisons.AreaFigure;
import org.yjhub.gateway.domain.Comparisons.Entry;
import org.yjhub.gateway.domain.Comparisons.Result;
import org.yjhub.gateway.domain.Comparisons.Row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The comparison of one indicator and quarter, as the read model precomputes it: no Quarkus, no database. */
class ComparisonsTest {

    private static final IndicatorCatalog INDICATORS = IndicatorCatalog.load();
    private static final Indicator CUSTODY = INDICATORS.find("custody-rate").orElseThrow();
    private static final Areas AREAS = new Areas(TeamCatalog.load().all());

    private static Entry e(String team, String region, long num, long den) {
        return e(team, region, num, den, false);
    }

    private static Entry e(String team, String region, long num, long den, boolean synthetic) {
        BigDecimal n = BigDecimal.valueOf(num);
        BigDecimal d = BigDecimal.valueOf(den);
        return new Entry(team, region, n, d, CUSTODY.rate(n, d), synthetic);
    }

    private static Result compare(Indicator indicator, List<Entry> entries) {
        return Comparisons.compare(indicator, entries, StatisticsRules.DEFAULT, AREAS.fixed());
    }

    private static AreaFigure figure(Result r, String area) {
        return r.figures().get(area);
    }

    @Test
    void ranksNationallyAndPoolsEveryFixedAreaOverTheTeamsItHolds() {
        Result r = compare(CUSTODY, List.of(
                e("medway", "South East", 12, 26000),
                e("milton-keynes", "South East", 5, 19230),
                e("merton", "London", 3, 18000),
                e("cardiff", "Wales", 1, 1000)));

        assertThat(r.rows()).extracting(row -> row.entry().team())
                .containsExactly("merton", "milton-keynes", "medway", "cardiff");
        assertThat(r.rows()).extracting(Row::rank).containsExactly(1, 2, 3, 4);

        AreaFigure national = figure(r, Areas.ENGLAND_AND_WALES);
        assertThat(national.figure().estimate().numerator()).isEqualByComparingTo("21");
        assertThat(national.figure().estimate().denominator()).isEqualByComparingTo("64230");
        assertThat(national.figure().teams()).isEqualTo(4);
        assertThat(national.figure().value()).isEqualByComparingTo(
                Rates.rate(BigDecimal.valueOf(21), BigDecimal.valueOf(64230), BigDecimal.valueOf(1000)));

        AreaFigure se = figure(r, "region:south-east");
        assertThat(se.figure().estimate().numerator()).isEqualByComparingTo("17");
        assertThat(se.figure().teams()).isEqualTo(2);
        assertThat(Rates.display(se.figure().value())).isEqualByComparingTo("0.38");
        assertThat(figure(r, "england").figure().teams()).isEqualTo(3);
        assertThat(figure(r, "wales").figure().teams()).isEqualTo(1);
        assertThat(figure(r, "type:london-borough").figure().teams()).isEqualTo(1);
        assertThat(figure(r, "type:unitary").figure().teams()).isEqualTo(2);
        assertThat(figure(r, "region:north-east").figure().teams()).isZero();
        assertThat(figure(r, "region:north-east").figure().value()).isNull();
    }

    @Test
    void coverageCountsTheTeamsThatReportedAgainstEveryTeamTheAreaHolds() {
        Result r = compare(CUSTODY, List.of(e("medway", "South East", 12, 26000), e("milton-keynes", "South East", 5, 19230)));
        AreaFigure national = figure(r, Areas.ENGLAND_AND_WALES);
        int all = AREAS.englandAndWales().teams().size();
        assertThat(national.figure().teamsInComparator()).isEqualTo(all);
        assertThat(national.figure().coverage().doubleValue()).isCloseTo(2.0 / all, within(1e-9));
        assertThat(national.figure().complete()).isFalse();
        assertThat(national.figure().meetsMinimumCoverage()).isFalse();
    }

    @Test
    void everyValueHasItsIntervalsAndALowCountBelowFive() {
        Result r = compare(CUSTODY, List.of(e("milton-keynes", "South East", 5, 19231), e("medway", "South East", 4, 26000),
                e("merton", "London", 12, 18000)));
        Row mk = r.rows().stream().filter(x -> x.entry().team().equals("milton-keynes")).findFirst().orElseThrow();
        // docs/statistics.md: 5 in 19,231, exact Poisson, 95% 0.0844 to 0.6067 per 1,000
        assertThat(mk.estimate().ci95().method()).isEqualTo(IntervalMethod.EXACT_POISSON);
        assertThat(mk.estimate().ci95().lower().doubleValue()).isCloseTo(0.0844, within(0.0001));
        assertThat(mk.estimate().ci95().upper().doubleValue()).isCloseTo(0.6067, within(0.0001));
        assertThat(mk.lowCount()).isFalse();
        assertThat(r.rows().stream().filter(x -> x.entry().team().equals("medway")).findFirst().orElseThrow().lowCount())
                .isTrue();
        assertThat(r.rows().stream().filter(x -> x.entry().team().equals("merton")).findFirst().orElseThrow()
                .estimate().ci95().method()).isEqualTo(IntervalMethod.BYAR);
    }

    @Test
    void quartilesNeedEightTeamsAndSayWhyWhenAbsent() {
        Result few = compare(CUSTODY, List.of(e("medway", "South East", 12, 26000), e("merton", "London", 3, 18000)));
        assertThat(few.rows()).extracting(Row::quartile).containsOnlyNulls();
        assertThat(few.rows()).extracting(Row::noQuartile).containsOnly(Ranks.NoQuartile.TOO_FEW_TEAMS);

        List<Entry> eight = new ArrayList<>();
        String[] teams = {"medway", "milton-keynes", "merton", "lambeth", "wandsworth", "kent", "surrey", "brighton-and-hove"};
        for (int i = 0; i < teams.length; i++) {
            eight.add(e(teams[i], "South East", i + 1, 10000));
        }
        Result r = compare(CUSTODY, eight);
        assertThat(r.rows()).extracting(Row::quartile).containsExactly(1, 1, 2, 2, 3, 3, 4, 4);
        assertThat(r.rows()).extracting(Row::noQuartile).containsOnlyNulls();
    }

    @Test
    void aTeamIsSignificantlyBetterOrWorseOnlyWhenTheComparatorIsOutsideItsInterval() {
        Result r = compare(CUSTODY, List.of(e("merton", "London", 10, 100000), e("medway", "South East", 90, 100000),
                e("kent", "South East", 50, 100000)));
        AreaFigure national = figure(r, Areas.ENGLAND_AND_WALES); // 150 ÷ 300,000 = 0.5 per 1,000
        assertThat(row(r, "merton").against(national, CUSTODY).at95()).isEqualTo(Significance.BETTER);
        assertThat(row(r, "medway").against(national, CUSTODY).at95()).isEqualTo(Significance.WORSE);
        assertThat(row(r, "kent").against(national, CUSTODY).at95()).isEqualTo(Significance.SIMILAR);
        assertThat(row(r, "kent").against(null, CUSTODY).at95()).isEqualTo(Significance.NOT_COMPARED);
    }

    @Test
    void aGroupIsPooledOverItsMembersOnly() {
        Result r = compare(CUSTODY, List.of(e("merton", "London", 3, 18000), e("medway", "South East", 12, 26000),
                e("kent", "South East", 50, 100000)));
        Area group = Areas.group(new ComparatorGroup("neighbours", 1, "Neighbours", null,
                List.of("merton", "medway", "lambeth")));
        AreaFigure f = Comparisons.figure(CUSTODY, r.rows(), group, StatisticsRules.DEFAULT);
        assertThat(f.figure().teams()).isEqualTo(2);
        assertThat(f.figure().teamsInComparator()).isEqualTo(3);
        assertThat(f.figure().estimate().numerator()).isEqualByComparingTo("15");
        assertThat(f.distribution().lowest()).isEqualByComparingTo(row(r, "merton").entry().rate());
        assertThat(f.distribution().highest()).isEqualByComparingTo(row(r, "medway").entry().rate());
    }

    @Test
    void syntheticValuesAreCountedInEachFigure() {
        Result r = compare(CUSTODY, List.of(e("medway", "South East", 12, 26000, true), e("milton-keynes", "South East", 5, 19230),
                e("merton", "London", 3, 18000, true)));
        assertThat(figure(r, Areas.ENGLAND_AND_WALES).syntheticTeams()).isEqualTo(2);
        assertThat(figure(r, "region:south-east").syntheticTeams()).isEqualTo(1);
        assertThat(figure(r, "region:wales").syntheticTeams()).isZero();
    }

    @Test
    void aContextIndicatorIsPooledButNotRanked() {
        Indicator context = INDICATORS.all().stream().filter(i -> i.polarity() == org.yjhub.common.indicator.Polarity.NONE)
                .findFirst().orElseThrow();
        BigDecimal n = BigDecimal.ONE;
        BigDecimal d = BigDecimal.TEN;
        Result r = compare(context, List.of(new Entry("merton", "London", n, d, context.rate(n, d), false)));
        assertThat(r.rows()).extracting(Row::rank).containsOnlyNulls();
        assertThat(r.rows()).extracting(Row::noQuartile).containsOnly(Ranks.NoQuartile.CONTEXT_INDICATOR);
        assertThat(figure(r, Areas.ENGLAND_AND_WALES).figure().teams()).isEqualTo(1);
    }

    @Test
    void noEntries() {
        Result r = compare(CUSTODY, List.of());
        assertThat(r.rows()).isEmpty();
        assertThat(figure(r, Areas.ENGLAND_AND_WALES).figure().value()).isNull();
        assertThat(figure(r, Areas.ENGLAND_AND_WALES).distribution()).isNull();
    }

    private static Row row(Result r, String team) {
        return r.rows().stream().filter(x -> x.entry().team().equals(team)).findFirst().orElseThrow();
    }
}
