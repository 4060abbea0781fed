package org.yjhub.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The arithmetic every measurement reports with. */
final class Stats {

    private Stats() {
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Three decimals, as every figure is reported. */
    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
