package org.yjhub.inspection.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an improvement plan stands: being prepared (Merton, September 2011: due to HMIP on 3 October), a draft
 * (Milton Keynes' "DRAFT Youth Offending Team Action Plan") or agreed (Buckinghamshire: "agreed by the Youth
 * Offending Service Partnership Board and approved by HMIP").
 */
public enum PlanStatus {
    IN_PREPARATION, DRAFT, AGREED;

    public static final String ALLOWED = "IN_PREPARATION, DRAFT or AGREED";

    /** The status with exactly this name; empty for anything else. */
    public static Optional<PlanStatus> parse(String raw) {
        return Arrays.stream(values()).filter(s -> s.name().equals(raw)).findFirst();
    }
}
