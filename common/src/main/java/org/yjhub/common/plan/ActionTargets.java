package org.yjhub.common.plan;

import java.time.LocalDate;

/**
 * The one rule for when an improvement-plan action is overdue, shared by the inspection-service (the action's view)
 * and the gateway (the team profile): it has a target date, it is not complete, and that date is before today (due
 * today is not overdue yet). A target written only as a meeting ("July Strategic Board") has no date and is never
 * overdue.
 */
public final class ActionTargets {

    private ActionTargets() {
    }

    public static boolean overdue(LocalDate dueDate, boolean complete, LocalDate today) {
        return dueDate != null && !complete && dueDate.isBefore(today);
    }
}
