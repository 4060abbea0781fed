package org.yjhub.gateway.domain;

import java.util.Set;

/**
 * A set of teams that a team's value can be compared with, and whose pooled figure is then the comparator's value.
 *
 * @param id    stable and unique: {@code england-and-wales}, {@code england}, {@code wales},
 *              {@code region:south-east}, {@code type:county}, {@code group:se-neighbours}
 * @param kind  which kind of comparator it is
 * @param name  for people: "England and Wales", "South East", "County", a group's name
 * @param teams the codes of every team the area holds (whether or not they reported): coverage is counted against
 *              these
 */
public record Area(String id, ComparatorChoice.Kind kind, String name, Set<String> teams) {

    public Area {
        teams = Set.copyOf(teams);
    }

    /** The id without its kind: {@code south-east}, {@code county}, {@code se-neighbours}, {@code england}. */
    public String code() {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(colon + 1);
    }

    public boolean holds(String team) {
        return teams.contains(team);
    }
}
