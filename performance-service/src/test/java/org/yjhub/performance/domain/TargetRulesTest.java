package org.yjhub.performance.domain;

import org.junit.jupiter.api.Test;
import org.yjhub.common.indicator.IndicatorCatalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TargetRulesTest {

    private final TargetRules rules = new TargetRules(IndicatorCatalog.load());

    private static TargetInput target(String indicator, String value) {
        return new TargetInput(indicator, value == null ? null : new BigDecimal(value));
    }

    private List<String> fields(TargetRules.Checked outcome) {
        return outcome.violations().stream().map(Violation::field).toList();
    }

    @Test
    void acceptsTargetsInTheIndicatorsUnitInCatalogueOrder() {
        TargetRules.Checked outcome = rules.check(List.of(target("custody-rate", "0.20"), target("reoffending-rate", "35"),
                target("kpi-ete", "100"), target("fte-rate", "0")));
        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.targets()).containsExactly(new TargetValue("fte-rate", BigDecimal.ZERO),
                new TargetValue("reoffending-rate", new BigDecimal("35")), new TargetValue("custody-rate", new BigDecimal("0.2")),
                new TargetValue("kpi-ete", new BigDecimal("100")));
    }

    @Test
    void anEmptyListWithdrawsEveryTargetButTheListIsRequired() {
        assertThat(rules.check(List.of()).valid()).isTrue();
        assertThat(fields(rules.check(null))).containsExactly("targets");
    }

    @Test
    void reportsEveryBrokenRule() {
        TargetRules.Checked outcome = rules.check(Arrays.asList(
                target("happiness", "1"),
                target("kpi-wider-services", "20"),
                target("custody-rate", "0.2"),
                target("custody-rate", "0.3"),
                target("kpi-ete", "100.000001"),
                target("fte-rate", "-1"),
                target("reoffending-frequency", "1.1234567"),
                target(null, null),
                null));
        assertThat(fields(outcome)).containsExactly("targets[0].indicator", "targets[1].indicator", "targets[3].indicator",
                "targets[4].value", "targets[5].value", "targets[6].value", "targets[7].indicator", "targets[7].value", "targets[8]");
        assertThat(outcome.violations().get(1).message()).contains("context indicator");
        assertThat(outcome.violations().get(2).message()).contains("more than once").contains("targets[2]");
        assertThat(outcome.violations().get(3).message()).contains("cannot exceed 100");
        assertThat(outcome.targets()).isEmpty();
    }

    @Test
    void sameTargetsIgnoresOrderAndScale() {
        List<TargetValue> a = List.of(new TargetValue("custody-rate", new BigDecimal("0.2")), new TargetValue("kpi-ete", new BigDecimal("80")));
        List<TargetValue> b = List.of(new TargetValue("kpi-ete", new BigDecimal("80.00")), new TargetValue("custody-rate", new BigDecimal("0.200")));
        List<TargetValue> c = List.of(new TargetValue("kpi-ete", new BigDecimal("80")));
        assertThat(TargetRules.sameTargets(a, b)).isTrue();
        assertThat(TargetRules.sameTargets(a, c)).isFalse();
        assertThat(TargetRules.sameTargets(List.of(), List.of())).isTrue();
    }
}
