package org.yjhub.performance.domain;

import org.yjhub.common.bounds.Bounds;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.common.text.PlainText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for a comparator group: a code that is a lower-case slug like a team's (at most 60 characters), a name (at
 * most 200 characters), an optional description (at most 2,000) and source (at most 500), all plain text, and 2 to 200
 * distinct known teams. Members are stored sorted by code: a group is a set, so two requests that differ only in
 * the order of their teams define the same group.
 */
public final class GroupRules {

    public static final int MAX_CODE_LENGTH = Bounds.CODE_LENGTH;
    public static final int MAX_NAME_LENGTH = Bounds.NAME_LENGTH;
    public static final int MAX_DESCRIPTION_LENGTH = 2_000;
    public static final int MIN_TEAMS = 2;
    public static final int MAX_TEAMS = 200;
    public static final String TEAMS = "teams";

    private static final Pattern SLUG = Pattern.compile(Bounds.SLUG);

    private final TeamCatalog catalog;

    public GroupRules(TeamCatalog catalog) {
        this.catalog = catalog;
    }

    /** A valid group, normalised: trimmed text (blank optional text is none), members sorted. */
    public record Definition(String name, String description, List<String> teams, String source) {
    }

    public record Checked(Definition definition, List<Violation> violations) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    /** Why a code cannot name a group, or empty when it can. */
    public static Optional<String> codeProblem(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of("a group code is required");
        }
        if (code.length() > MAX_CODE_LENGTH) {
            return Optional.of("a group code has at most " + MAX_CODE_LENGTH + " characters (this one has " + code.length() + ")");
        }
        if (!SLUG.matcher(code).matches()) {
            return Optional.of("group code '" + PlainText.abbreviate(code) + "' is not a slug: lower-case letters and digits "
                    + "in words joined by single hyphens, as in thames-valley");
        }
        return Optional.empty();
    }

    public Checked check(GroupInput s) {
        List<Violation> violations = new ArrayList<>();
        String name = s.name() == null ? null : s.name().strip();
        if (name == null || name.isEmpty()) {
            violations.add(Violation.of("name", "is required"));
        } else {
            textProblem(s.name(), MAX_NAME_LENGTH).ifPresent(m -> violations.add(Violation.of("name", m)));
        }
        String description = blankToNull(s.description());
        if (description != null) {
            textProblem(s.description(), MAX_DESCRIPTION_LENGTH).ifPresent(m -> violations.add(Violation.of("description", m)));
        }
        Provenance.sourceProblem(s.source()).ifPresent(m -> violations.add(Violation.of("source", m)));
        List<String> members = checkTeams(s.teams(), violations);
        if (!violations.isEmpty()) {
            return new Checked(null, violations);
        }
        return new Checked(new Definition(name, description, members, Provenance.normaliseSource(s.source())), violations);
    }

    private List<String> checkTeams(List<String> teams, List<Violation> violations) {
        if (teams == null) {
            violations.add(Violation.of(TEAMS, "is required: the codes of " + MIN_TEAMS + " to " + MAX_TEAMS
                    + " teams; GET /api/v1/teams lists them"));
            return List.of();
        }
        if (teams.size() > MAX_TEAMS) {
            violations.add(Violation.of(TEAMS, "has " + teams.size() + " entries; a group has at most " + MAX_TEAMS + " teams"));
            return List.of();
        }
        if (teams.size() < MIN_TEAMS) {
            violations.add(Violation.of(TEAMS, "has " + teams.size() + (teams.size() == 1 ? " team" : " teams")
                    + "; a group has at least " + MIN_TEAMS));
        }
        List<String> members = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < teams.size(); i++) {
            String field = TEAMS + "[" + i + "]";
            String team = teams.get(i);
            if (team == null || team.isBlank()) {
                violations.add(Violation.of(field, "must be a team code"));
            } else if (!catalog.exists(team)) {
                violations.add(Violation.of(field, "'" + PlainText.abbreviate(team) + "' is not a known team code; GET "
                        + "/api/v1/teams lists them"));
            } else {
                Integer first = firstIndex.putIfAbsent(team, i);
                if (first != null) {
                    violations.add(Violation.of(field, "'" + team + "' appears more than once (first at " + TEAMS + "["
                            + first + "]); list each team once"));
                } else {
                    members.add(team);
                }
            }
        }
        members.sort(null);
        return members;
    }

    /** The text as sent (its length spaces included: the bound the API documents). */
    private static Optional<String> textProblem(String text, int max) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > max) {
            return Optional.of("must be at most " + max + " characters (it has " + text.length() + ")");
        }
        return PlainText.problem(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
