package org.yjhub.common.indicator;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatesTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void miltonKeynesCustody2018To19() {
        // 5 custodial sentences; the published outturn 0.26 per 1,000 implies a 10-17 population near 19,230
        BigDecimal rate = Rates.rate(d("5"), d("19230"), d("1000"));
        assertThat(Rates.display(rate)).isEqualByComparingTo("0.26");
        assertThat(rate.toPlainString()).startsWith("0.260010400");
    }

    @Test
    void keepsFullPrecisionAndRoundsHalfUpForDisplay() {
        BigDecimal third = Rates.rate(d("1"), d("3"), d("100"));
        assertThat(third.precision()).isEqualTo(20);
        assertThat(Rates.display(third)).isEqualByComparingTo("33.33");
        assertThat(Rates.display(Rates.rate(d("1"), d("8"), d("1")))).isEqualByComparingTo("0.13"); // 0.125 → 0.13
        assertThat(Rates.display(d("2.675"))).isEqualByComparingTo("2.68");
    }

    @Test
    void agreementIsAtTwoDecimals() {
        BigDecimal computed = Rates.rate(d("2"), d("3"), d("100")); // 66.666…
        assertThat(Rates.agrees(d("66.67"), computed)).isTrue();
        assertThat(Rates.agrees(d("66.666"), computed)).isTrue();
        assertThat(Rates.agrees(d("66.66"), computed)).isFalse();
        assertThat(Rates.agrees(d("67"), computed)).isFalse();
    }

    @Test
    void zeroDenominatorIsAnError() {
        assertThatThrownBy(() -> Rates.rate(d("1"), d("0"), d("100"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void pooledIsNotTheMeanOfRates() {
        // team A 1/10 = 10%, team B 50/100 = 50%: the mean is 30%, the pooled rate 51/110 = 46.36%
        BigDecimal pooled = Rates.pooled(List.of(new BigDecimal[]{d("1"), d("10")},
                new BigDecimal[]{d("50"), d("100")}), d("100"));
        assertThat(Rates.display(pooled)).isEqualByComparingTo("46.36");
        assertThat(Rates.pooled(List.of(), d("100"))).isNull();
    }

    @Test
    void catalogueHasTheFourteenIndicators() {
        IndicatorCatalog catalog = IndicatorCatalog.load();
        assertThat(catalog.all()).hasSize(14);
        assertThat(catalog.find("custody-rate").orElseThrow().multiplier()).isEqualByComparingTo("1000");
        assertThat(catalog.find("fte-rate").orElseThrow().polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(catalog.find("kpi-ete").orElseThrow().polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(catalog.find("kpi-wider-services").orElseThrow().isRanked()).isFalse();
        assertThat(catalog.find("reoffending-rate").orElseThrow().isPercentage()).isTrue();
        assertThat(catalog.find("reoffending-frequency").orElseThrow().isPercentage()).isFalse();
        assertThat(catalog.all()).filteredOn(i -> i.id().startsWith("kpi-")).hasSize(10)
                .allSatisfy(i -> assertThat(i.definitionVersion()).isEqualTo("2023-04"));
    }
}
