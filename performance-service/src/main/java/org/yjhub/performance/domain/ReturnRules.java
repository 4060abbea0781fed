package org.yjhub.performance.domain;

import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.indicator.Rates;
import org.yjhub.common.text.PlainText;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for a KPI return's values: a known indicator, each indicator at most once, numerator and denominator
 * acceptable {@link Amounts} with a denominator above zero, a numerator no larger than the denominator for a
 * percentage, and a stated rate (if any) that agrees with the computed one after rounding to two decimals.
 * Every failing field is reported, not just the first.
 */
public final class ReturnRules {

    public static final String VALUES = "values";
    /** The most values a return may list: each indicator at most once, with room for the catalogue to grow. */
    public static final int MAX_VALUES = 100;

    private final IndicatorCatalog catalog;
    private final Map<String, Integer> catalogueOrder = new HashMap<>();

    public ReturnRules(IndicatorCatalog catalog) {
        this.catalog = catalog;
        List<Indicator> all = catalog.all();
        for (int i = 0; i < all.size(); i++) {
            catalogueOrder.put(all.get(i).id(), i);
        }
    }

    /** The result of checking a whole set of values: the computed values when valid, else what is wrong. */
    public record Checked(List<KpiValue> values, List<Violation> violations, List<RateDisagreement> disagreements) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    /** Checks the {@code values} array of a return submitted as JSON (fields named {@code values[i].…}). */
    public Checked checkReturn(List<ValueInput> values) {
        List<Violation> violations = new ArrayList<>();
        List<RateDisagreement> disagreements = new ArrayList<>();
        List<KpiValue> computed = new ArrayList<>();
        if (values == null) {
            violations.add(Violation.of(VALUES, "is required: one entry per indicator with numerator and denominator"));
            return new Checked(List.of(), violations, disagreements);
        }
        if (values.isEmpty()) {
            violations.add(Violation.of(VALUES, "must hold at least one value"));
            return new Checked(List.of(), violations, disagreements);
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            ValueInput value = values.get(i);
            if (value == null) {
                violations.add(Violation.of(VALUES + "[" + i + "]", "must be an object with indicator, numerator and denominator"));
                continue;
            }
            Place place = Place.element(VALUES, i);
            Optional<KpiValue> checked = check(value, place, violations, disagreements);
            if (value.indicator() != null && catalog.find(value.indicator()).isPresent()) {
                Integer first = firstIndex.putIfAbsent(value.indicator(), i);
                if (first != null) {
                    violations.add(place.violation("indicator", "'" + value.indicator()
                            + "' appears more than once (first at " + VALUES + "[" + first + "]); send one value per indicator"));
                    continue;
                }
            }
            checked.ifPresent(computed::add);
        }
        return new Checked(violations.isEmpty() ? sorted(computed) : List.of(), violations, disagreements);
    }

    /**
     * Checks one value, adding what is wrong to {@code violations} (named through {@code place}) and a stated rate that
     * disagrees to {@code disagreements} as well.
     *
     * @return the computed value when indicator, numerator and denominator are acceptable (duplicates are the
     * caller's concern), even if the stated rate disagrees
     */
    public Optional<KpiValue> check(ValueInput value, Place place, List<Violation> violations,
                                    List<RateDisagreement> disagreements) {
        Indicator indicator = null;
        if (value.indicator() == null || value.indicator().isBlank()) {
            violations.add(place.violation("indicator", "is required"));
        } else {
            indicator = catalog.find(value.indicator()).orElse(null);
            if (indicator == null) {
                violations.add(place.violation("indicator", "'" + PlainText.abbreviate(value.indicator())
                        + "' is not a known indicator; GET /api/v1/indicators lists them"));
            }
        }
        String numeratorProblem = Amounts.problem(value.numerator(), true);
        if (numeratorProblem != null) {
            violations.add(place.violation("numerator", numeratorProblem));
        }
        String denominatorProblem = Amounts.problem(value.denominator(), false);
        if (denominatorProblem != null) {
            violations.add(place.violation("denominator", denominatorProblem));
        }
        if (indicator == null || numeratorProblem != null || denominatorProblem != null) {
            return Optional.empty();
        }
        if (indicator.isPercentage() && value.numerator().compareTo(value.denominator()) > 0) {
            violations.add(place.violation("numerator", plain(value.numerator()) + " is above the denominator "
                    + plain(value.denominator()) + "; " + indicator.id()
                    + " is a percentage, so the numerator cannot exceed the denominator"));
            return Optional.empty();
        }
        KpiValue computed = KpiValue.compute(indicator, value.numerator(), value.denominator());
        if (value.rate() != null && !(reasonable(value.rate()) && Rates.agrees(value.rate(), computed.rate()))) {
            Violation v = place.violation("rate", "stated rate " + plain(value.rate()) + " disagrees with the computed rate "
                    + plain(computed.displayRate()) + " (" + plain(computed.numerator()) + " × "
                    + plain(indicator.multiplier()) + " ÷ " + plain(computed.denominator())
                    + ", rounded to 2 decimals); send the numerator and denominator alone, or the matching rate");
            violations.add(v);
            disagreements.add(new RateDisagreement(v.field(), value.rate(), computed.displayRate()));
        }
        return Optional.of(computed);
    }

    /** Values in catalogue order (the order of GET /api/v1/indicators). */
    public List<KpiValue> sorted(Collection<KpiValue> values) {
        List<KpiValue> list = new ArrayList<>(values);
        list.sort(Comparator.comparingInt(v -> catalogueOrder.getOrDefault(v.indicator(), Integer.MAX_VALUE)));
        return list;
    }

    /**
     * True when both sets hold the same (indicator, numerator, denominator) triples, in any order and whatever the
     * scale of the numbers ({@code 5} equals {@code 5.0}).
     */
    public static boolean sameValues(Collection<KpiValue> a, Collection<KpiValue> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Set<KpiValue.ContentKey> left = new HashSet<>();
        a.forEach(v -> left.add(v.contentKey()));
        Set<KpiValue.ContentKey> right = new HashSet<>();
        b.forEach(v -> right.add(v.contentKey()));
        return left.equals(right);
    }

    /** A stated rate small enough in digits to round cheaply; anything else cannot agree with a computed rate. */
    static boolean reasonable(BigDecimal n) {
        return n.scale() <= 60 && n.precision() - n.scale() <= 30;
    }

    /** A number for a message: plain digits, or scientific notation when plain would be absurdly long. */
    static String plain(BigDecimal n) {
        return reasonable(n) ? n.toPlainString() : n.round(new MathContext(12)).toString();
    }
}
