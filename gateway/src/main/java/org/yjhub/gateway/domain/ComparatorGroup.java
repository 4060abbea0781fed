package org.yjhub.gateway.domain;

import org.yjhub.common.events.performance.GroupDefined;

import java.util.List;

/**
 * A named comparator group as the performance-service defines it (statistical neighbours, a YOT family, a
 * consortium): usable as {@code ?comparator=group:{code}}.
 */
public record ComparatorGroup(String code, long revision, String name, String description, List<String> teams) {

    public ComparatorGroup {
        teams = List.copyOf(teams);
    }

    /** The group an event defines (its full state). */
    public static ComparatorGroup of(GroupDefined event) {
        return new ComparatorGroup(event.code(), event.revision(), event.name(), event.description(), event.teams());
    }
}
