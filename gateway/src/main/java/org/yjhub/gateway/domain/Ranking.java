package org.yjhub.gateway.domain;

import org.yjhub.common.indicator.Polarity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * National ranking of the teams that have a value for one indicator and quarter.
 * <ul>
 *     <li>Competition ranking ("1, 2, 2, 4"): teams whose full-precision rates are equal share a rank, and the next
 *     rank skips as many places as teams shared the previous one.</li>
 *     <li>1 is best: the lowest rate for {@link Polarity#LOWER_IS_BETTER}, the highest for
 *     {@link Polarity#HIGHER_IS_BETTER}.</li>
 *     <li>Quartile = ceil(4 × rank ÷ n), 1 = best, where n is the number of teams ranked. By that rule a small field
 *     spreads thinly: with n = 1 the single team is in quartile 4, with n = 2 the teams are in quartiles 2 and 4.</li>
 *     <li>A context indicator ({@link Polarity#NONE}) has no better direction: nobody gets a rank or a quartile.</li>
 * </ul>
 * Rates are compared with {@link BigDecimal#compareTo}, so {@code 2.50} and {@code 2.5} tie.
 */
public final class Ranking {

    private Ranking() {
    }

    /** One item with its rank and quartile (both null for a context indicator). */
    public record Ranked<T>(T item, Integer rank, Integer quartile) {
    }

    /**
     * Ranks the items. The result is ordered best first (ties in {@code tieBreak} order); for {@link Polarity#NONE}
     * it is in {@code tieBreak} order with no ranks.
     *
     * @param rate     the full-precision rate of an item (never null)
     * @param tieBreak the order of items that share a rank (for example by team code), so the output is stable
     */
    public static <T> List<Ranked<T>> rank(List<T> items, Function<T, BigDecimal> rate, Polarity polarity,
                                           Comparator<T> tieBreak) {
        Objects.requireNonNull(polarity, "polarity");
        List<T> sorted = new ArrayList<>(items);
        if (polarity == Polarity.NONE) {
            sorted.sort(tieBreak);
            return sorted.stream().map(item -> new Ranked<>(item, (Integer) null, (Integer) null)).toList();
        }
        Comparator<T> byRate = Comparator.comparing(rate, Comparator.naturalOrder());
        if (polarity == Polarity.HIGHER_IS_BETTER) {
            byRate = byRate.reversed();
        }
        sorted.sort(byRate.thenComparing(tieBreak));
        int n = sorted.size();
        List<Ranked<T>> ranked = new ArrayList<>(n);
        int rank = 0;
        BigDecimal previous = null;
        for (int position = 1; position <= n; position++) {
            T item = sorted.get(position - 1);
            BigDecimal value = rate.apply(item);
            if (previous == null || value.compareTo(previous) != 0) {
                rank = position;
                previous = value;
            }
            ranked.add(new Ranked<>(item, rank, quartile(rank, n)));
        }
        return List.copyOf(ranked);
    }

    /** ceil(4 × rank ÷ n), in integers. */
    public static int quartile(int rank, int n) {
        if (n < 1 || rank < 1 || rank > n) {
            throw new IllegalArgumentException("rank " + rank + " is not within 1.." + n);
        }
        return (4 * rank + n - 1) / n;
    }
}
