package org.yjhub.common.statistics;

import org.yjhub.common.indicator.Polarity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Ranks and quartiles that do not overstate a small field.
 * <ul>
 *     <li>Competition ranking ("1, 2, 2, 4") over the teams that have a value; 1 is best by the indicator's
 *     polarity; equal full-precision values ({@link BigDecimal#compareTo}) share a rank.</li>
 *     <li>A quartile (1 = best) only when at least {@code minimumForQuartiles} teams have a value, assigned from the
 *     rank by the OHID method for quantiles (PHEindicatormethods {@code phe_quantile}):
 *     quartile = 5 − ⌈(n + 1 − rank) ÷ (n ÷ 4)⌉, at least 1. Teams that share a rank share a quartile.</li>
 *     <li>A context indicator ({@link Polarity#NONE}) has no better direction: no rank, no quartile.</li>
 * </ul>
 * A rank is a position, not a finding: two teams whose intervals overlap are not shown to differ by their ranks.
 * Read ranks with {@link Significance}.
 */
public final class Ranks {

    /** Quartiles need at least this many teams with a value unless configured otherwise. */
    public static final int DEFAULT_MINIMUM_FOR_QUARTILES = 8;
    public static final Ranks DEFAULT = new Ranks(DEFAULT_MINIMUM_FOR_QUARTILES);

    /** Why an item has no quartile (null when it has one). */
    public enum NoQuartile {
        /** Fewer teams have a value than the minimum for quartiles. */
        TOO_FEW_TEAMS,
        /** The indicator has no better direction ({@link Polarity#NONE}); nobody is ranked. */
        CONTEXT_INDICATOR,
        /** This item has no value, so it is neither ranked nor counted. */
        NO_VALUE
    }

    /**
     * One item with its rank among {@code ranked} items and its quartile; {@code noQuartile} says why the quartile
     * is null. {@code rank} is null for an item with no value and for a context indicator.
     */
    public record Ranked<T>(T item, Integer rank, int ranked, Integer quartile, NoQuartile noQuartile) {
    }

    private final int minimumForQuartiles;

    public Ranks(int minimumForQuartiles) {
        if (minimumForQuartiles < 4) {
            throw new IllegalArgumentException("quartiles need at least 4 teams, not " + minimumForQuartiles);
        }
        this.minimumForQuartiles = minimumForQuartiles;
    }

    public int minimumForQuartiles() {
        return minimumForQuartiles;
    }

    /**
     * Ranks the items that have a value. The result holds every item: the ranked ones best first (ties in
     * {@code tieBreak} order), then those with no value in {@code tieBreak} order. For {@link Polarity#NONE} it is
     * in {@code tieBreak} order with no ranks.
     *
     * @param value    an item's full-precision value, or null when it has none
     * @param tieBreak the order of items that share a rank (for example by team code), so the output is stable
     */
    public <T> List<Ranked<T>> rank(List<T> items, Function<T, BigDecimal> value, Polarity polarity,
                                    Comparator<T> tieBreak) {
        Objects.requireNonNull(polarity, "polarity");
        List<T> valued = new ArrayList<>();
        List<T> missing = new ArrayList<>();
        for (T item : items) {
            (value.apply(item) == null ? missing : valued).add(item);
        }
        valued.sort(tieBreak);
        missing.sort(tieBreak);
        int n = valued.size();
        List<Ranked<T>> result = new ArrayList<>(items.size());
        if (polarity == Polarity.NONE) {
            List<T> all = new ArrayList<>(items);
            all.sort(tieBreak);
            for (T item : all) {
                result.add(new Ranked<>(item, null, 0, null, NoQuartile.CONTEXT_INDICATOR));
            }
            return List.copyOf(result);
        }
        Comparator<T> byValue = Comparator.comparing(value, Comparator.naturalOrder());
        if (polarity == Polarity.HIGHER_IS_BETTER) {
            byValue = byValue.reversed();
        }
        valued.sort(byValue.thenComparing(tieBreak));
        boolean quartiles = n >= minimumForQuartiles;
        int rank = 0;
        BigDecimal previous = null;
        for (int position = 1; position <= n; position++) {
            T item = valued.get(position - 1);
            BigDecimal v = value.apply(item);
            if (previous == null || v.compareTo(previous) != 0) {
                rank = position;
                previous = v;
            }
            result.add(quartiles
                    ? new Ranked<>(item, rank, n, quartile(rank, n), null)
                    : new Ranked<>(item, rank, n, null, NoQuartile.TOO_FEW_TEAMS));
        }
        for (T item : missing) {
            result.add(new Ranked<>(item, null, n, null, NoQuartile.NO_VALUE));
        }
        return List.copyOf(result);
    }

    /**
     * The quartile (1 = best) of a rank among n, by PHEindicatormethods' {@code phe_quantile}:
     * 5 − ⌈4(n + 1 − rank) ÷ n⌉, and 1 where that gives 0. The worst-ranked team is always in quartile 4, the best
     * in quartile 1; when n is not a multiple of 4 the extra teams go to quartiles 1 and 3 (n = 10: 3, 2, 3, 2).
     */
    public static int quartile(int rank, int n) {
        if (n < 4 || rank < 1 || rank > n) {
            throw new IllegalArgumentException("rank " + rank + " of " + n + " has no quartile");
        }
        int fromWorst = n + 1 - rank;                      // 1 for the worst-ranked team
        int ceiling = (4 * fromWorst + n - 1) / n;         // ⌈4 · fromWorst ÷ n⌉, in integers
        return Math.max(1, 5 - ceiling);
    }
}
