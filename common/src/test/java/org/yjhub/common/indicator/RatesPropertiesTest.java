package org.yjhub.common.indicator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the one place where rates are computed. */
class RatesPropertiesTest {

    private static final List<BigDecimal> MULTIPLIERS = IndicatorCatalog.load().all().stream()
            .map(Indicator::multiplier).distinct().toList();

    /** A numerator and denominator as a return may carry them: 0 ≤ n, 0 < d ≤ 10^12, up to 6 decimals. */
    record Pair(BigDecimal numerator, BigDecimal denominator) {
        BigDecimal[] asArray() {
            return new BigDecimal[]{numerator, denominator};
        }
    }

    @Property
    void aRateOfAPartIsBetweenZeroAndTheMultiplier(@ForAll("pairs") Pair p, @ForAll("multipliers") BigDecimal multiplier) {
        BigDecimal numerator = p.numerator().min(p.denominator());

        BigDecimal rate = Rates.rate(numerator, p.denominator(), multiplier);

        assertThat(rate).isBetween(BigDecimal.ZERO, multiplier);
        assertThat(rate.precision()).isLessThanOrEqualTo(Rates.PRECISION.getPrecision());
        assertThat(rate.signum() == 0).isEqualTo(numerator.signum() == 0);
    }

    @Property
    void aRateTimesItsDenominatorGivesBackTheNumeratorToTwentyDigits(@ForAll("pairs") Pair p,
                                                                      @ForAll("multipliers") BigDecimal multiplier) {
        BigDecimal rate = Rates.rate(p.numerator(), p.denominator(), multiplier);
        BigDecimal exact = p.numerator().multiply(multiplier);
        BigDecimal back = rate.multiply(p.denominator());
        // relative error of a 20-significant-digit rounding is at most 5 × 10^-20
        assertThat(back.subtract(exact).abs()).isLessThanOrEqualTo(exact.abs().multiply(new BigDecimal("1E-19")));
    }

    @Property
    void aRateDependsOnlyOnTheRatio(@ForAll("pairs") Pair p, @ForAll @IntRange(min = 1, max = 1_000_000) int k,
                                    @ForAll("multipliers") BigDecimal multiplier) {
        BigDecimal factor = BigDecimal.valueOf(k);
        assertThat(Rates.rate(p.numerator().multiply(factor), p.denominator().multiply(factor), multiplier))
                .isEqualByComparingTo(Rates.rate(p.numerator(), p.denominator(), multiplier));
    }

    @Property
    void aRateGrowsWithItsNumerator(@ForAll("pairs") Pair p, @ForAll("multipliers") BigDecimal multiplier) {
        BigDecimal more = p.numerator().add(BigDecimal.ONE);
        assertThat(Rates.rate(more, p.denominator(), multiplier))
                .isGreaterThanOrEqualTo(Rates.rate(p.numerator(), p.denominator(), multiplier));
    }

    @Property
    void thePooledRateLiesBetweenTheSmallestAndLargestRate(@ForAll @Size(min = 1, max = 30) List<@net.jqwik.api.From("pairs") Pair> pairs,
                                                          @ForAll("multipliers") BigDecimal multiplier) {
        BigDecimal pooled = Rates.pooled(pairs.stream().map(Pair::asArray).toList(), multiplier);

        List<BigDecimal> rates = pairs.stream().map(p -> Rates.rate(p.numerator(), p.denominator(), multiplier)).toList();
        assertThat(pooled).isBetween(Collections.min(rates), Collections.max(rates));
    }

    @Property
    void poolingIgnoresOrderAndPoolingOneIsItsRate(@ForAll @Size(min = 1, max = 30) List<@net.jqwik.api.From("pairs") Pair> pairs,
                                                 @ForAll("multipliers") BigDecimal multiplier) {
        List<BigDecimal[]> forwards = pairs.stream().map(Pair::asArray).toList();
        List<BigDecimal[]> backwards = new ArrayList<>(forwards);
        Collections.reverse(backwards);

        assertThat(Rates.pooled(backwards, multiplier)).isEqualByComparingTo(Rates.pooled(forwards, multiplier));
        Pair first = pairs.get(0);
        assertThat(Rates.pooled(List.<BigDecimal[]>of(first.asArray()), multiplier))
                .isEqualByComparingTo(Rates.rate(first.numerator(), first.denominator(), multiplier));
    }

    @Property
    void pooledOverNoDenominatorIsNoRate(@ForAll @Size(max = 5) List<@net.jqwik.api.From("pairs") Pair> pairs) {
        List<BigDecimal[]> zeros = pairs.stream().map(p -> new BigDecimal[]{p.numerator(), BigDecimal.ZERO}).toList();
        assertThat(Rates.pooled(zeros, Rates.HUNDRED)).isNull();
    }

    @Property
    void displayRoundsHalfUpToTwoDecimalsAndAgreesWithItself(@ForAll("pairs") Pair p, @ForAll("multipliers") BigDecimal multiplier) {
        BigDecimal rate = Rates.rate(p.numerator(), p.denominator(), multiplier);

        BigDecimal shown = Rates.display(rate);

        assertThat(shown.scale()).isEqualTo(Rates.DISPLAY_SCALE);
        assertThat(shown.subtract(rate).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        assertThat(shown).isEqualByComparingTo(rate.setScale(2, RoundingMode.HALF_UP));
        assertThat(Rates.agrees(shown, rate)).isTrue();
        assertThat(Rates.agrees(rate, rate)).isTrue();
        assertThat(Rates.agrees(shown.add(new BigDecimal("0.01")), rate)).isFalse();
        assertThat(Rates.agrees(shown.subtract(new BigDecimal("0.01")), rate)).isFalse();
    }

    @Provide
    Arbitrary<BigDecimal> multipliers() {
        return Arbitraries.oneOf(Arbitraries.of(MULTIPLIERS),
                Arbitraries.bigDecimals().between(new BigDecimal("0.000001"), new BigDecimal("1000000")).ofScale(6));
    }

    @Provide
    Arbitrary<Pair> pairs() {
        Arbitrary<BigDecimal> denominators = Arbitraries.oneOf(
                Arbitraries.longs().between(1, 1_000_000_000_000L).map(BigDecimal::valueOf),
                Arbitraries.bigDecimals().between(new BigDecimal("0.000001"), new BigDecimal("1000000000000")).ofScale(6));
        Arbitrary<BigDecimal> numerators = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 1_000_000_000_000L).map(BigDecimal::valueOf),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000000")).ofScale(6));
        return Combinators.combine(numerators, denominators).as(Pair::new);
    }
}
