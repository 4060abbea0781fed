package org.yjhub.common.events;

import java.util.List;

/** Kafka topic names, one per owning service; used by the code and the tests alike. */
public final class Topics {

    public static final String INSPECTION = "yjhub.inspection.events";
    public static final String PERFORMANCE = "yjhub.performance.events";
    public static final String BUDGET = "yjhub.budget.events";

    public static final List<String> ALL = List.of(INSPECTION, PERFORMANCE, BUDGET);

    private Topics() {
    }
}
