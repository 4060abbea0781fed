package org.yjhub.gateway.domain;

import org.yjhub.common.reference.AuthorityType;
import org.yjhub.common.reference.Country;
import org.yjhub.common.reference.Regions;
import org.yjhub.common.reference.Team;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every comparator area the reference data defines (England and Wales, each nation, each region, each authority
 * type), and the area a choice of comparator gives for one team. Groups come from the read model
 * ({@link #group(ComparatorGroup)}), since analysts define them.
 */
public final class Areas {

    public static final String ENGLAND_AND_WALES = "england-and-wales";

    private final Map<String, Team> teams = new LinkedHashMap<>();
    private final Area englandAndWales;
    private final Map<Country, Area> countries = new LinkedHashMap<>();
    private final Map<String, Area> regions = new LinkedHashMap<>();
    private final Map<AuthorityType, Area> types = new LinkedHashMap<>();
    private final List<Area> fixed;

    public Areas(List<Team> all) {
        all.forEach(t -> teams.put(t.code(), t));
        englandAndWales = new Area(ENGLAND_AND_WALES, ComparatorChoice.Kind.ENGLAND_AND_WALES, "England and Wales",
                teams.keySet());
        for (Country c : Country.values()) {
            countries.put(c, new Area(c.slug(), c == Country.ENGLAND ? ComparatorChoice.Kind.ENGLAND
                    : ComparatorChoice.Kind.WALES, c.label(), codes(all, t -> t.country() == c)));
        }
        for (String region : Regions.NAMES) {
            regions.put(region, new Area("region:" + Regions.slug(region), ComparatorChoice.Kind.REGION, region,
                    codes(all, t -> region.equals(t.region()))));
        }
        for (AuthorityType type : AuthorityType.values()) {
            types.put(type, new Area("type:" + type.slug(), ComparatorChoice.Kind.TYPE, type.label(),
                    codes(all, t -> t.authorityType() == type)));
        }
        List<Area> list = new ArrayList<>();
        list.add(englandAndWales);
        list.addAll(countries.values());
        list.addAll(regions.values());
        list.addAll(types.values());
        fixed = List.copyOf(list);
    }

    private static Set<String> codes(List<Team> all, java.util.function.Predicate<Team> in) {
        return all.stream().filter(in).map(Team::code).collect(Collectors.toCollection(HashSet::new));
    }

    /** The areas that do not change while the gateway runs: pooled once per comparison, when its data changes. */
    public List<Area> fixed() {
        return fixed;
    }

    public Area englandAndWales() {
        return englandAndWales;
    }

    /** The region's area (by name, as teams.csv writes it), or null for a region the reference data does not know. */
    public Area region(String region) {
        return regions.get(region);
    }

    public static Area group(ComparatorGroup group) {
        return new Area("group:" + group.code(), ComparatorChoice.Kind.GROUP, group.name(), new HashSet<>(group.teams()));
    }

    /**
     * The area a team is compared with under a choice; null when the team is unknown to the reference data and the
     * choice depends on the team (its region or type).
     *
     * @param group the group named by a {@link ComparatorChoice.Kind#GROUP} choice (ignored otherwise)
     */
    public Area forTeam(ComparatorChoice choice, String teamCode, ComparatorGroup group) {
        Team team = teams.get(teamCode);
        return switch (choice.kind()) {
            case ENGLAND_AND_WALES -> englandAndWales;
            case ENGLAND -> countries.get(Country.ENGLAND);
            case WALES -> countries.get(Country.WALES);
            case REGION -> team == null ? null : regions.get(team.region());
            case TYPE -> team == null ? null : types.get(team.authorityType());
            case GROUP -> group(group);
        };
    }

    /**
     * The areas the given teams are compared with, each once, in the order of first use; a shared comparator (England
     * and Wales, a nation, a group) is its one area whatever the teams, none of them included.
     */
    public List<Area> forTeams(ComparatorChoice choice, List<String> teamCodes, ComparatorGroup group) {
        if (choice.isShared()) {
            return List.of(forTeam(choice, null, group));
        }
        Map<String, Area> used = new LinkedHashMap<>();
        for (String code : teamCodes) {
            Area area = forTeam(choice, code, group);
            if (area != null) {
                used.putIfAbsent(area.id(), area);
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(used.values()));
    }
}
