package org.yjhub.gateway.service;

import org.yjhub.gateway.domain.Area;
import org.yjhub.gateway.domain.Areas;
import org.yjhub.gateway.domain.ComparatorChoice;
import org.yjhub.gateway.domain.ComparatorGroup;

import java.util.List;

/**
 * A request's comparator, resolved against the read model: the choice, the group it names (null unless
 * {@code group:{code}}), and the areas that give each team its comparator.
 */
public record ComparatorScope(ComparatorChoice choice, ComparatorGroup group, Areas areas) {

    /** The area this team is compared with; null for a team the reference data does not know (region or type). */
    public Area forTeam(String team) {
        return areas.forTeam(choice, team, group);
    }

    /** The areas these teams are compared with, each once. */
    public List<Area> forTeams(List<String> teams) {
        return areas.forTeams(choice, teams, group);
    }

    /** Part of a kept answer's key: the choice and, for a group, its revision (a redefined group is a new answer). */
    public String key() {
        return group == null ? choice.text() : choice.text() + '@' + group.revision();
    }
}
