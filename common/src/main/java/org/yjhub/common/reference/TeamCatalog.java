package org.yjhub.common.reference;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every youth offending team in England and Wales, read from the reference CSVs in this jar:
 * {@code reference/teams.csv} (code, name, region, GSS codes) and the mySociety local-authority list for the
 * authorities' names. Immutable once loaded; the same list in every service.
 */
public final class TeamCatalog {

    private static final String TEAMS = "/reference/teams.csv";
    private static final String AUTHORITIES = "/reference/local-authorities-england-wales.csv";

    private final List<Team> teams;
    private final Map<String, Team> byCode;

    public TeamCatalog(List<Team> teams) {
        List<Team> sorted = new ArrayList<>(teams);
        sorted.sort(Comparator.comparing(Team::name));
        this.teams = Collections.unmodifiableList(sorted);
        Map<String, Team> map = new LinkedHashMap<>();
        for (Team t : sorted) {
            if (map.put(t.code(), t) != null) {
                throw new IllegalStateException("team code used twice: " + t.code());
            }
            if (Regions.find(t.region()).isEmpty()) {
                throw new IllegalStateException("team " + t.code() + " has an unknown region: " + t.region());
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    /** Loads the catalogue shipped with this jar. */
    public static TeamCatalog load() {
        Map<String, Map<String, String>> authorities = readAuthorities();
        List<Team> teams = new ArrayList<>();
        for (Map<String, String> row : readCsv(TEAMS)) {
            List<LocalAuthority> las = new ArrayList<>();
            List<String> types = new ArrayList<>();
            Set<String> nations = new HashSet<>();
            for (String code : row.get("localAuthorities").split("\\|")) {
                Map<String, String> authority = authorities.get(code.trim());
                if (authority == null) {
                    throw new IllegalStateException("team " + row.get("code") + " cites unknown GSS code " + code);
                }
                las.add(new LocalAuthority(authority.get("nice-name"), code.trim()));
                types.add(authority.get("local-authority-type"));
                nations.add(authority.get("nation"));
            }
            Country country = nations.size() == 1 ? Country.find(nations.iterator().next()).orElse(null) : null;
            if (country == null) {
                throw new IllegalStateException("team " + row.get("code") + " is not in one nation: " + nations);
            }
            teams.add(new Team(row.get("code"), row.get("name"), row.get("region"), country,
                    AuthorityType.ofOnsTypes(types), las));
        }
        return new TeamCatalog(teams);
    }

    public List<Team> all() {
        return teams;
    }

    public Optional<Team> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    public boolean exists(String code) {
        return code != null && byCode.containsKey(code);
    }

    public List<Team> inCountry(Country country) {
        return teams.stream().filter(t -> t.country() == country).toList();
    }

    public List<Team> ofType(AuthorityType type) {
        return teams.stream().filter(t -> t.authorityType() == type).toList();
    }

    public List<Team> inRegion(String region) {
        return teams.stream().filter(t -> t.region().equals(region)).toList();
    }

    /** The reference list's rows by GSS code (the first row of a code that appears twice). */
    private static Map<String, Map<String, String>> readAuthorities() {
        Map<String, Map<String, String>> byCode = new HashMap<>();
        for (Map<String, String> row : readCsv(AUTHORITIES)) {
            byCode.putIfAbsent(row.get("gss-code"), row);
        }
        return byCode;
    }

    private static List<Map<String, String>> readCsv(String resource) {
        try (InputStream in = TeamCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing reference resource " + resource);
            }
            CsvMapper mapper = new CsvMapper();
            MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader())
                    .readValues(in);
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
