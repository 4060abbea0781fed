package org.yjhub.common.indicator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorTest {

    private final IndicatorCatalog catalog = IndicatorCatalog.load();

    @Test
    void aValueCountedOverTwelveMonthsEndingEachQuarterTrendsOneQuarterAYear() {
        assertThat(catalog.find("custody-rate").orElseThrow().trendStepQuarters()).isEqualTo(4);
        assertThat(catalog.find("fte-rate").orElseThrow().trendStepQuarters()).isEqualTo(4);
        assertThat(catalog.find("kpi-serious-violence").orElseThrow().trendStepQuarters()).isEqualTo(4);
    }

    @Test
    void aValueOfOneQuartersCasesTrendsQuarterByQuarter() {
        assertThat(catalog.find("kpi-ete").orElseThrow().trendStepQuarters()).isEqualTo(1);
        assertThat(catalog.find("reoffending-rate").orElseThrow().trendStepQuarters()).isEqualTo(1);
        assertThat(catalog.find("kpi-board-attendance").orElseThrow().trendStepQuarters()).isEqualTo(1);
    }
}
