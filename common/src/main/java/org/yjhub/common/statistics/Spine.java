package org.yjhub.common.statistics;

import org.yjhub.common.indicator.Rates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The spread of the teams' values for one indicator and period, as a Fingertips spine chart draws it: lowest, 25th
 * percentile, median, 75th percentile, highest.
 * <p>
 * Percentiles are Hyndman and Fan's type 7 (R's default {@code quantile()}, Excel's {@code PERCENTILE.INC}), the
 * definition Fingertips uses: for n sorted values x₁ … xₙ and a fraction p, h = (n − 1)p + 1 and the percentile is
 * x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋). Computed in {@link BigDecimal}, so exact up to {@link Rates#PRECISION}.
 * As in Fingertips, the percentiles need at least {@link #MINIMUM_FOR_PERCENTILES} values; with fewer, only the lowest
 * and highest are given (the percentiles are null).
 */
public record Spine(int teams, BigDecimal lowest, BigDecimal percentile25, BigDecimal median,
                    BigDecimal percentile75, BigDecimal highest) {

    public static final int MINIMUM_FOR_PERCENTILES = 4;

    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal THREE_QUARTERS = new BigDecimal("0.75");

    /** The spine of the values (nulls ignored), or empty when there are none. */
    public static Optional<Spine> of(Collection<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values.size());
        for (BigDecimal v : values) {
            if (v != null) {
                sorted.add(v);
            }
        }
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        sorted.sort(BigDecimal::compareTo);
        int n = sorted.size();
        BigDecimal lowest = sorted.get(0);
        BigDecimal highest = sorted.get(n - 1);
        if (n < MINIMUM_FOR_PERCENTILES) {
            return Optional.of(new Spine(n, lowest, null, null, null, highest));
        }
        return Optional.of(new Spine(n, lowest, percentile(sorted, QUARTER), percentile(sorted, HALF),
                percentile(sorted, THREE_QUARTERS), highest));
    }

    /**
     * The type 7 percentile of values already sorted ascending.
     *
     * @param fraction between 0 and 1 (0.25 for the 25th percentile)
     */
    public static BigDecimal percentile(List<BigDecimal> sorted, BigDecimal fraction) {
        Objects.requireNonNull(fraction, "fraction");
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("fraction " + fraction + " is not between 0 and 1");
        }
        // zero-based: h = (n − 1)p, value = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋])
        BigDecimal h = BigDecimal.valueOf(sorted.size() - 1L).multiply(fraction);
        int k = h.intValue();
        BigDecimal below = sorted.get(k);
        BigDecimal share = h.subtract(BigDecimal.valueOf(k));
        if (share.signum() == 0) {
            return below;
        }
        BigDecimal above = sorted.get(k + 1);
        return below.add(share.multiply(above.subtract(below)), Rates.PRECISION);
    }
}
