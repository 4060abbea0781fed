package org.yjhub.performance.domain;

import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.indicator.Polarity;
import org.yjhub.common.indicator.Rates;
import org.yjhub.common.text.PlainText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules for a team's targets: a known indicator that has a better direction (a context indicator, polarity
 * {@code NONE}, has no target), each indicator once, a value that is an acceptable {@link Amounts amount} and, for a
 * percentage, no more than 100. An empty list is allowed: it withdraws every target of the year.
 */
public final class TargetRules {

    public static final String TARGETS = "targets";
    /** The most targets a year may list: each indicator at most once, with room for the catalogue to grow. */
    public static final int MAX_TARGETS = ReturnRules.MAX_VALUES;

    private final IndicatorCatalog catalog;
    private final Map<String, Integer> catalogueOrder = new HashMap<>();

    public TargetRules(IndicatorCatalog catalog) {
        this.catalog = catalog;
        List<Indicator> all = catalog.all();
        for (int i = 0; i < all.size(); i++) {
            catalogueOrder.put(all.get(i).id(), i);
        }
    }

    public record Checked(List<TargetValue> targets, List<Violation> violations) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    public Checked check(List<TargetInput> targets) {
        List<Violation> violations = new ArrayList<>();
        if (targets == null) {
            violations.add(Violation.of(TARGETS, "is required: one entry per indicator with its target value (an empty list withdraws every target)"));
            return new Checked(List.of(), violations);
        }
        List<TargetValue> accepted = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetInput target = targets.get(i);
            if (target == null) {
                violations.add(Violation.of(TARGETS + "[" + i + "]", "must be an object with indicator and value"));
                continue;
            }
            Place place = Place.element(TARGETS, i);
            int before = violations.size();
            Indicator indicator = null;
            if (target.indicator() == null || target.indicator().isBlank()) {
                violations.add(place.violation("indicator", "is required"));
            } else {
                indicator = catalog.find(target.indicator()).orElse(null);
                if (indicator == null) {
                    violations.add(place.violation("indicator", "'" + PlainText.abbreviate(target.indicator())
                            + "' is not a known indicator; GET /api/v1/indicators lists them"));
                } else if (indicator.polarity() == Polarity.NONE) {
                    violations.add(place.violation("indicator", indicator.id()
                            + " is a context indicator (polarity NONE, no better direction), so it cannot have a target"));
                } else {
                    Integer first = firstIndex.putIfAbsent(indicator.id(), i);
                    if (first != null) {
                        violations.add(place.violation("indicator", "'" + indicator.id() + "' appears more than once (first at "
                                + TARGETS + "[" + first + "]); send one target per indicator"));
                    }
                }
            }
            String valueProblem = Amounts.problem(target.value(), true);
            if (valueProblem != null) {
                violations.add(place.violation("value", valueProblem));
            } else if (indicator != null && indicator.isPercentage() && target.value().compareTo(Rates.HUNDRED) > 0) {
                violations.add(place.violation("value", indicator.id() + " is a percentage, so its target cannot exceed 100"));
            }
            if (violations.size() == before) {
                accepted.add(new TargetValue(indicator.id(), target.value()));
            }
        }
        if (!violations.isEmpty()) {
            return new Checked(List.of(), violations);
        }
        accepted.sort(Comparator.comparingInt(t -> catalogueOrder.getOrDefault(t.indicator(), Integer.MAX_VALUE)));
        return new Checked(accepted, violations);
    }

    /** Same targets in any order, whatever the scale of the numbers. */
    public static boolean sameTargets(Collection<TargetValue> a, Collection<TargetValue> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Set<TargetValue> left = new HashSet<>(a);
        return left.equals(new HashSet<>(b));
    }
}
