package org.yjhub.budget.domain;

/** One FTE line as sent: a role, how it is filled and the full-time equivalents. */
public record FteInput(String role, String contractType, RawNumber fte) {
}
