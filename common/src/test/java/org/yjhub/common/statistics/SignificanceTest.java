package org.yjhub.common.statistics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.indicator.Polarity;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yjhub.common.statistics.Significance.BETTER;
import static org.yjhub.common.statistics.Significance.HIGHER;
import static org.yjhub.common.statistics.Significance.LOWER;
import static org.yjhub.common.statistics.Significance.NOT_COMPARED;
import static org.yjhub.common.statistics.Significance.SIMILAR;
import static org.yjhub.common.statistics.Significance.WORSE;

class SignificanceTest {

    private static final IndicatorCatalog CATALOG = IndicatorCatalog.load();

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static final ConfidenceInterval TEN_TO_TWENTY =
            new ConfidenceInterval(d("10"), d("20"), ConfidenceLevel.NINETY_FIVE, IntervalMethod.BYAR);

    @ParameterizedTest(name = "comparator {0}, {1}: {2}")
    @CsvSource({
            // comparator below the interval: the team is significantly higher
            "9.99, LOWER_IS_BETTER, WORSE",
            "9.99, HIGHER_IS_BETTER, BETTER",
            "9.99, NONE, HIGHER",
            // comparator above the interval: the team is significantly lower
            "20.01, LOWER_IS_BETTER, BETTER",
            "20.01, HIGHER_IS_BETTER, WORSE",
            "20.01, NONE, LOWER",
            // inside, and on either bound (a bound is inside, as Fingertips compares)
            "15, LOWER_IS_BETTER, SIMILAR",
            "10, HIGHER_IS_BETTER, SIMILAR",
            "20.000, NONE, SIMILAR"
    })
    void theComparatorOutsideTheIntervalIsSignificantAndPolarityNamesTheDirection(String comparator, Polarity polarity,
                                                                                 Significance expected) {
        assertThat(Significance.of(TEN_TO_TWENTY, d(comparator), polarity)).isEqualTo(expected);
    }

    @Test
    void noIntervalOrNoComparatorIsNotCompared() {
        assertThat(Significance.of(null, d("15"), Polarity.LOWER_IS_BETTER)).isEqualTo(NOT_COMPARED);
        assertThat(Significance.of(TEN_TO_TWENTY, null, Polarity.LOWER_IS_BETTER)).isEqualTo(NOT_COMPARED);
        Indicator custody = CATALOG.find("custody-rate").orElseThrow();
        Estimate noDenominator = Estimate.of(custody, d("5"), null);
        assertThat(ComparatorSignificance.of(noDenominator, d("0.5"), custody.polarity()))
                .isEqualTo(ComparatorSignificance.NOT_COMPARED);
    }

    @Test
    void aDifferenceCanBeSignificantAtNinetyFiveButNotAtNinetyNinePointEight() {
        // custody 30 in 20,000 (1.5 per 1,000) against 0.9 per 1,000:
        // Byar's 95% 1.012–2.141 excludes 0.9; 99.8% 0.792–2.556 does not
        Indicator custody = CATALOG.find("custody-rate").orElseThrow();
        Estimate team = Estimate.of(custody, d("30"), d("20000"));
        assertThat(team.ci95().displayLower()).isEqualByComparingTo("1.01");
        assertThat(team.ci998().displayLower()).isEqualByComparingTo("0.79");

        ComparatorSignificance s = ComparatorSignificance.of(team, d("0.9"), custody.polarity());

        assertThat(s.at95()).isEqualTo(WORSE);
        assertThat(s.at998()).isEqualTo(SIMILAR);
    }

    @Test
    void miltonKeynesCustodyIsSimilarToAComparatorTwiceItsRate() {
        // 5 in 19,231 = 0.26 per 1,000; exact 95% 0.084–0.607 contains 0.52: small counts rarely differ significantly
        Indicator custody = CATALOG.find("custody-rate").orElseThrow();
        Estimate mk = Estimate.of(custody, d("5"), d("19231"));
        assertThat(ComparatorSignificance.of(mk, d("0.52"), custody.polarity()))
                .isEqualTo(new ComparatorSignificance(SIMILAR, SIMILAR));
        assertThat(ComparatorSignificance.of(mk, d("0.7"), custody.polarity()))
                .isEqualTo(new ComparatorSignificance(BETTER, SIMILAR));
    }

    @Test
    void aContextIndicatorIsHigherOrLowerNeverBetterOrWorse() {
        Indicator wider = CATALOG.find("kpi-wider-services").orElseThrow();
        Estimate team = Estimate.of(wider, d("40"), d("50")); // 80%, Wilson 95% 66.9%–88.8%
        assertThat(ComparatorSignificance.of(team, d("50"), wider.polarity()).at95()).isEqualTo(HIGHER);
        assertThat(ComparatorSignificance.of(team, d("95"), wider.polarity()).at95()).isEqualTo(LOWER);
        assertThat(ComparatorSignificance.of(team, d("80"), wider.polarity()).at95()).isEqualTo(SIMILAR);
    }
}
