package org.yjhub.performance.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yjhub.common.indicator.IndicatorCatalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnRulesTest {

    private static final IndicatorCatalog CATALOG = IndicatorCatalog.load();
    private final ReturnRules rules = new ReturnRules(CATALOG);

    private static ValueInput value(String indicator, String numerator, String denominator, String rate) {
        return new ValueInput(indicator, numerator == null ? null : new BigDecimal(numerator),
                denominator == null ? null : new BigDecimal(denominator), rate == null ? null : new BigDecimal(rate));
    }

    private static ValueInput value(String indicator, String numerator, String denominator) {
        return value(indicator, numerator, denominator, null);
    }

    private List<String> fields(ReturnRules.Checked outcome) {
        return outcome.violations().stream().map(Violation::field).toList();
    }

    @Test
    void computesEachRateAtFullPrecisionWithItsMultiplier() {
        ReturnRules.Checked outcome = rules.checkReturn(List.of(
                value("custody-rate", "5", "19230"),            // per 1,000: Milton Keynes 2018/19
                value("fte-rate", "42", "19230"),               // per 100,000
                value("reoffending-rate", "61", "170"),         // %
                value("reoffending-frequency", "112.5", "61"),  // per reoffender
                value("kpi-serious-violence", "3", "26500")));  // per 10,000
        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.values()).extracting(KpiValue::indicator)
                .containsExactly("fte-rate", "reoffending-rate", "reoffending-frequency", "custody-rate", "kpi-serious-violence");
        assertThat(rate(outcome, "custody-rate")).isEqualByComparingTo("0.26001040041601664067");
        assertThat(display(outcome, "custody-rate")).isEqualTo("0.26");
        assertThat(rate(outcome, "fte-rate")).isEqualByComparingTo("218.40873634945397816");
        assertThat(display(outcome, "fte-rate")).isEqualTo("218.41");
        assertThat(display(outcome, "reoffending-rate")).isEqualTo("35.88");
        assertThat(display(outcome, "reoffending-frequency")).isEqualTo("1.84");
        assertThat(display(outcome, "kpi-serious-violence")).isEqualTo("1.13");
    }

    private static BigDecimal rate(ReturnRules.Checked outcome, String indicator) {
        return outcome.values().stream().filter(v -> v.indicator().equals(indicator)).findFirst().orElseThrow().rate();
    }

    private static String display(ReturnRules.Checked outcome, String indicator) {
        return outcome.values().stream().filter(v -> v.indicator().equals(indicator)).findFirst().orElseThrow()
                .displayRate().toPlainString();
    }

    @Test
    void wholeRatesArePlainAndDisplayedWithTwoDecimals() {
        ReturnRules.Checked outcome = rules.checkReturn(List.of(value("kpi-ete", "19", "19"), value("kpi-victims", "0", "9")));
        assertThat(rate(outcome, "kpi-ete").toString()).isEqualTo("100");
        assertThat(display(outcome, "kpi-ete")).isEqualTo("100.00");
        assertThat(rate(outcome, "kpi-victims").toString()).isEqualTo("0");
        assertThat(display(outcome, "kpi-victims")).isEqualTo("0.00");
    }

    @ParameterizedTest(name = "{0}: stated {1} → agrees {2}")
    @CsvSource({
            "computed 0.26001…, 0.26, true",
            "rounds half up, 0.255, true",
            "just below the half, 0.2649999, true",
            "the next half, 0.265, false",
            "below, 0.254999, false",
            "full precision, 0.26001040041601664067, true",
            "whole, 0, false",
            "absurd, 1E+999999999, false",
            "absurdly fine, 1E-999999999, false"
    })
    void aStatedRateMustAgreeOnceRoundedToTwoDecimals(String why, String stated, boolean agrees) {
        ReturnRules.Checked outcome = rules.checkReturn(List.of(value("custody-rate", "5", "19230", stated)));
        assertThat(outcome.valid()).as(why).isEqualTo(agrees);
        if (!agrees) {
            assertThat(outcome.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("values[0].rate");
                assertThat(v.message()).contains("computed rate 0.26").contains("5 × 1000 ÷ 19230");
            });
            assertThat(outcome.disagreements()).singleElement()
                    .satisfies(d -> assertThat(d.computed()).isEqualByComparingTo("0.26"));
        }
    }

    @Test
    void aPercentageNumeratorMayEqualButNotExceedTheDenominator() {
        assertThat(rules.checkReturn(List.of(value("kpi-ete", "40", "40"))).valid()).isTrue();
        assertThat(rules.checkReturn(List.of(value("kpi-ete", "40.000001", "40"))).violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("values[0].numerator");
                    assertThat(v.message()).contains("cannot exceed the denominator");
                });
        // not a percentage: reoffences per reoffender may exceed one
        assertThat(rules.checkReturn(List.of(value("reoffending-frequency", "183", "61"))).valid()).isTrue();
    }

    @Test
    void zeroNumeratorsAreFineZeroDenominatorsAreNot() {
        assertThat(rules.checkReturn(List.of(value("custody-rate", "0", "19230"))).valid()).isTrue();
        assertThat(fields(rules.checkReturn(List.of(value("custody-rate", "0", "0"))))).containsExactly("values[0].denominator");
    }

    @Test
    void unknownMissingAndDuplicateIndicators() {
        ReturnRules.Checked outcome = rules.checkReturn(List.of(
                value("custody-rate", "5", "19230"),
                value("happiness", "1", "2"),
                value(null, "1", "2"),
                value("custody-rate", "6", "19230"),
                value("happiness", "1", "2")));
        assertThat(fields(outcome)).containsExactly("values[1].indicator", "values[2].indicator", "values[3].indicator",
                "values[4].indicator");
        assertThat(outcome.violations().get(2).message()).contains("more than once").contains("values[0]");
        assertThat(outcome.violations().get(0).message()).contains("not a known indicator");
        assertThat(outcome.values()).isEmpty();
    }

    @Test
    void everyFailingFieldOfEveryValueIsReported() {
        ReturnRules.Checked outcome = rules.checkReturn(Arrays.asList(
                value("nope", "-1", "0"),
                null,
                value("fte-rate", null, null),
                value("kpi-ete", "1.1234567", "1000000000001")));
        assertThat(fields(outcome)).containsExactly("values[0].indicator", "values[0].numerator", "values[0].denominator",
                "values[1]", "values[2].numerator", "values[2].denominator", "values[3].numerator", "values[3].denominator");
    }

    @Test
    void theValuesListIsRequiredAndNotEmpty() {
        assertThat(fields(rules.checkReturn(null))).containsExactly("values");
        assertThat(fields(rules.checkReturn(List.of()))).containsExactly("values");
    }

    @Test
    void checkNamesFieldsThroughItsPlace() {
        List<Violation> violations = new ArrayList<>();
        rules.check(value("fte-rate", "-3", "10"), Place.row(7), violations, new ArrayList<>());
        assertThat(violations).containsExactly(Violation.atRow(7, "numerator", "must not be negative"));
    }

    @Test
    void sameValuesIgnoresOrderAndScale() {
        List<KpiValue> a = rules.checkReturn(List.of(value("custody-rate", "5", "19230"), value("reoffending-frequency", "112.5", "61"))).values();
        List<KpiValue> b = rules.checkReturn(List.of(value("reoffending-frequency", "112.50", "61.0"), value("custody-rate", "5.000", "19230"))).values();
        List<KpiValue> c = rules.checkReturn(List.of(value("custody-rate", "5", "19231"), value("reoffending-frequency", "112.5", "61"))).values();
        List<KpiValue> d = rules.checkReturn(List.of(value("custody-rate", "5", "19230"))).values();
        assertThat(ReturnRules.sameValues(a, b)).isTrue();
        assertThat(ReturnRules.sameValues(a, c)).isFalse();
        assertThat(ReturnRules.sameValues(a, d)).isFalse();
        assertThat(ReturnRules.sameValues(d, a)).isFalse();
    }

    @Test
    void aReturnsContentIncludesItsProvenance() {
        List<KpiValue> values = rules.checkReturn(List.of(value("custody-rate", "5", "19230"))).values();
        KpiReturn r = new KpiReturn("medway", "2019-20-Q4", 1, values, java.time.Instant.EPOCH, "someone", "plan", false);
        assertThat(r.sameContent(values, "plan", false)).isTrue();
        assertThat(r.sameContent(values, "other plan", false)).isFalse();
        assertThat(r.sameContent(values, "plan", true)).isFalse();
        assertThat(r.sameContent(values, null, false)).isFalse();
    }
}
