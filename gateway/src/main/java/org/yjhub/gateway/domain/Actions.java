package org.yjhub.gateway.domain;

import org.yjhub.common.plan.ActionTargets;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Improvement-plan actions at a glance: how many are open, how many have each status, and which are overdue on a given
 * day. An action is open unless COMPLETE; it is overdue when it has a target date, is open, and that date is before
 * today (due today is not overdue yet). An action without a status, or with one the gateway does not know, counts as
 * NOT_RATED.
 */
public final class Actions {

    private Actions() {
    }

    /** The statuses the profile counts; NOT_RATED is an action without a status yet. */
    public enum Status {
        GREEN, AMBER, RED, COMPLETE, NOT_RATED;

        /** The status an action's text stands for: YELLOW is AMBER (Milton Keynes' word); null, blank or unknown: NOT_RATED. */
        public static Status of(String status) {
            if (status == null) {
                return NOT_RATED;
            }
            return switch (status.trim().toUpperCase(Locale.ROOT)) {
                case "GREEN" -> GREEN;
                case "AMBER", "YELLOW" -> AMBER;
                case "RED" -> RED;
                case "COMPLETE" -> COMPLETE;
                default -> NOT_RATED;
            };
        }
    }

    /**
     * One action of an inspection's improvement plan, as the read model keeps it. {@code status} is as the event gave
     * it (see {@link Status#of}); {@code dueDate} is null when the target is not a date ("July Strategic Board").
     */
    public record Action(String id, String inspection, String reference, String text, List<String> owners, String due,
                         LocalDate dueDate, String status) {

        public Action {
            owners = owners == null ? List.of() : List.copyOf(owners);
        }

        public Status rated() {
            return Status.of(status);
        }
    }

    /** An overdue action and by how many days (at least 1). */
    public record Overdue(Action action, int daysOverdue) {
    }

    /**
     * @param open     actions not COMPLETE
     * @param byStatus every status, each with its count (0 when none)
     * @param overdue  oldest target date first; actions due on the same day keep the order they were given in
     */
    public record Summary(int open, Map<Status, Integer> byStatus, List<Overdue> overdue) {
    }

    public static boolean isOverdue(Action action, LocalDate today) {
        return ActionTargets.overdue(action.dueDate(), action.rated() == Status.COMPLETE, today);
    }

    /** The summary of the actions on {@code today} (the date in the gateway's time zone). */
    public static Summary summarise(List<Action> actions, LocalDate today) {
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            byStatus.put(s, 0);
        }
        List<Overdue> overdue = new ArrayList<>();
        int open = 0;
        for (Action action : actions) {
            Status status = action.rated();
            byStatus.merge(status, 1, Integer::sum);
            if (status != Status.COMPLETE) {
                open++;
            }
            if (isOverdue(action, today)) {
                overdue.add(new Overdue(action, (int) ChronoUnit.DAYS.between(action.dueDate(), today)));
            }
        }
        // List.sort is stable: ties keep the given order
        overdue.sort(Comparator.comparing(o -> o.action().dueDate()));
        return new Summary(open, Collections.unmodifiableMap(byStatus), List.copyOf(overdue));
    }
}
