package org.yjhub.common.statistics;

import org.junit.jupiter.api.Test;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.indicator.Rates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PoolingRuleTest {

    private static final IndicatorCatalog CATALOG = IndicatorCatalog.load();
    private static final Indicator CUSTODY = CATALOG.find("custody-rate").orElseThrow();
    private static final Indicator REOFFENDING = CATALOG.find("reoffending-rate").orElseThrow();
    private static final PoolingRule THREE_QUARTERS = new PoolingRule(new BigDecimal("0.75"));

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void thePooledValueIsTheSumOfNumeratorsOverTheSumOfDenominatorsAsRatesPoolsIt() {
        // team A 1/10 = 10%, team B 50/100 = 50%: pooled 51/110 = 46.36% (not the 30% mean)
        List<Observation> teams = List.of(Observation.of(1, 10), Observation.of(50, 100));

        PooledFigure figure = THREE_QUARTERS.pool(REOFFENDING, teams, 2);

        assertThat(figure.value()).isEqualByComparingTo(Rates.pooled(
                List.of(new BigDecimal[]{d("1"), d("10")}, new BigDecimal[]{d("50"), d("100")}), d("100")));
        assertThat(Rates.display(figure.value())).isEqualByComparingTo("46.36");
        assertThat(figure.estimate().numerator()).isEqualByComparingTo("51");
        assertThat(figure.estimate().denominator()).isEqualByComparingTo("110");
    }

    @Test
    void thePooledFigureHasTheIntervalOfItsSummedCounts() {
        // 3 + 4 custodial sentences over 10,000 + 15,000 children: 7 in 25,000, exact Poisson (under 10)
        PooledFigure figure = THREE_QUARTERS.pool(CUSTODY, List.of(Observation.of(3, 10_000), Observation.of(4, 15_000)), 2);

        assertThat(figure.estimate().ci95())
                .isEqualTo(ConfidenceIntervals.of(CUSTODY, d("7"), d("25000"), ConfidenceLevel.NINETY_FIVE).orElseThrow());
        assertThat(figure.estimate().ci95().method()).isEqualTo(IntervalMethod.EXACT_POISSON);
        assertThat(figure.estimate().ci998().encloses(figure.estimate().ci95())).isTrue();
    }

    @Test
    void coverageCountsTheTeamsPooledAgainstTheTeamsInTheComparator() {
        List<Observation> teams = new ArrayList<>();
        for (int i = 0; i < 116; i++) {
            teams.add(Observation.of(5, 20_000));
        }
        teams.add(new Observation(d("4"), null));       // no denominator: not pooled, not counted
        teams.add(new Observation(null, d("20000")));   // no numerator: likewise
        teams.add(Observation.of(0, 0));                 // zero denominator: likewise

        PooledFigure figure = THREE_QUARTERS.pool(CUSTODY, teams, 154);

        assertThat(figure.teams()).isEqualTo(116);
        assertThat(figure.teamsInComparator()).isEqualTo(154);
        assertThat(figure.coverage()).isEqualByComparingTo(d("116").divide(d("154"), Rates.PRECISION)); // 0.7532…
        assertThat(figure.complete()).isFalse();
        assertThat(figure.meetsMinimumCoverage()).isTrue();
        assertThat(figure.estimate().denominator()).isEqualByComparingTo("2320000");
    }

    @Test
    void belowTheMinimumShareTheFigureMustNotBeCalledNational() {
        List<Observation> teams = new ArrayList<>();
        for (int i = 0; i < 115; i++) {
            teams.add(Observation.of(5, 20_000));
        }
        PooledFigure figure = THREE_QUARTERS.pool(CUSTODY, teams, 154); // 115/154 = 0.7468 < 0.75

        assertThat(figure.meetsMinimumCoverage()).isFalse();
        assertThat(figure.value()).isNotNull();

        // the minimum is a parameter: the same figure passes a lower one, and exactly at the minimum passes
        assertThat(new PoolingRule(d("0.7")).pool(CUSTODY, teams, 154).meetsMinimumCoverage()).isTrue();
        assertThat(new PoolingRule(d("0.5")).pool(CUSTODY, teams.subList(0, 77), 154).meetsMinimumCoverage()).isTrue();
    }

    @Test
    void everyTeamMakesItComplete() {
        PooledFigure figure = new PoolingRule(BigDecimal.ONE).pool(REOFFENDING,
                List.of(Observation.of(3, 10), Observation.of(0, 4)), 2);

        assertThat(figure.complete()).isTrue();
        assertThat(figure.coverage()).isEqualByComparingTo("1");
        assertThat(figure.meetsMinimumCoverage()).isTrue();
    }

    @Test
    void noTeamIsNoFigure() {
        PooledFigure figure = new PoolingRule(BigDecimal.ZERO).pool(CUSTODY, List.of(new Observation(d("1"), null)), 10);

        assertThat(figure.value()).isNull();
        assertThat(figure.estimate().ci95()).isNull();
        assertThat(figure.teams()).isZero();
        assertThat(figure.coverage()).isEqualByComparingTo("0");
        assertThat(figure.meetsMinimumCoverage()).isFalse();
    }

    @Test
    void impossibleCoverageIsAnError() {
        assertThatThrownBy(() -> THREE_QUARTERS.pool(CUSTODY, List.of(Observation.of(1, 10), Observation.of(1, 10)), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> THREE_QUARTERS.pool(CUSTODY, List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PoolingRule(d("1.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PoolingRule(d("-0.1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTeamIsComparedWithThePooledFigure() {
        List<Observation> teams = List.of(Observation.of(5, 19_231), Observation.of(60, 40_000), Observation.of(90, 60_000));
        PooledFigure national = THREE_QUARTERS.pool(CUSTODY, teams, 3); // 155 / 119,231 = 1.30 per 1,000

        Estimate mk = Estimate.of(CUSTODY, teams.get(0));

        assertThat(Rates.display(national.value())).isEqualByComparingTo("1.30");
        assertThat(ComparatorSignificance.of(mk, national.value(), CUSTODY.polarity()))
                .isEqualTo(new ComparatorSignificance(Significance.BETTER, Significance.BETTER));
    }
}
