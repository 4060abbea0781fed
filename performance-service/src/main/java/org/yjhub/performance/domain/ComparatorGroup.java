package org.yjhub.performance.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One revision of a named comparator group: its members are team codes, distinct and sorted. */
public record ComparatorGroup(String code, long revision, String name, String description, List<String> teams, String source,
                              Instant definedAt, String definedBy) {

    public ComparatorGroup {
        teams = List.copyOf(teams);
    }

    /** The same definition: name, description, members and source (members are kept sorted, so order never matters). */
    public boolean sameContent(GroupRules.Definition d) {
        return name.equals(d.name()) && Objects.equals(description, d.description()) && teams.equals(d.teams())
                && Objects.equals(source, d.source());
    }
}
