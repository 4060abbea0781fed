package org.yjhub.common.statistics;

import org.junit.jupiter.api.Test;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.indicator.Rates;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked example in docs/statistics.md: Milton Keynes' custody rate, 5 custodial sentences in a 10–17
 * population of 19,231. Asserts the figures and that the doc prints exactly them, so the two cannot drift.
 */
class MiltonKeynesWorkedExampleTest {

    private static final Indicator CUSTODY = IndicatorCatalog.load().find("custody-rate").orElseThrow();
    private static final BigDecimal SENTENCES = new BigDecimal("5");
    private static final BigDecimal POPULATION = new BigDecimal("19231");
    private static final Path DOC = Path.of(System.getProperty("basedir", "."), "..", "docs", "statistics.md");

    private static String four(BigDecimal v) {
        return v.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    private static ConfidenceInterval countInterval(ConfidenceLevel level) {
        return ConfidenceIntervals.poisson(SENTENCES, BigDecimal.ONE, BigDecimal.ONE, level).orElseThrow();
    }

    private static String row(ConfidenceInterval rate) {
        ConfidenceInterval count = countInterval(rate.level());
        return "| " + rate.level().label() + " | exact Poisson | " + four(count.lower()) + " to " + four(count.upper())
                + " | " + four(rate.lower()) + " to " + four(rate.upper())
                + " | " + rate.displayLower() + " to " + rate.displayUpper() + " |";
    }

    @Test
    void theFiguresAreTheOnesTheDocPrints() {
        Estimate mk = Estimate.of(CUSTODY, SENTENCES, POPULATION);

        assertThat(Rates.display(mk.value())).isEqualByComparingTo("0.26");
        assertThat(four(mk.value())).isEqualTo("0.2600");
        assertThat(mk.ci95().method()).isEqualTo(IntervalMethod.EXACT_POISSON);
        assertThat(mk.ci998().method()).isEqualTo(IntervalMethod.EXACT_POISSON);

        assertThat(row(mk.ci95())).isEqualTo("| 95% | exact Poisson | 1.6235 to 11.6683 | 0.0844 to 0.6067 | 0.08 to 0.61 |");
        assertThat(row(mk.ci998()))
                .isEqualTo("| 99.8% | exact Poisson | 0.7394 to 16.4547 | 0.0384 to 0.8556 | 0.04 to 0.86 |");
    }

    @Test
    void theDocPrintsTheComputedTable() throws IOException {
        Estimate mk = Estimate.of(CUSTODY, SENTENCES, POPULATION);
        String doc = Files.readString(DOC);

        assertThat(doc).contains("| value | - | 5 | " + four(mk.value()) + " | " + Rates.display(mk.value()) + " |");
        assertThat(doc).contains(row(mk.ci95()));
        assertThat(doc).contains(row(mk.ci998()));
        assertThat(doc).contains("χ²(0.975; 12) ÷ 2 = " + four(countInterval(ConfidenceLevel.NINETY_FIVE).upper()));
    }
}
