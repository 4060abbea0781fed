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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        Map<String, String> authorityNames = readAuthorityNames();
        List<Team> teams = new ArrayList<>();
        for (Map<String, String> row : readCsv(TEAMS)) {
            List<LocalAuthority> las = new ArrayList<>();
            for (String code : row.get("localAuthorities").split("\\|")) {
                String name = authorityNames.get(code.trim());
                if (name == null) {
                    throw new IllegalStateException("team " + row.get("code") + " cites unknown GSS code " + code);
                }
                las.add(new LocalAuthority(name, code.trim()));
            }
            teams.add(new Team(row.get("code"), row.get("name"), row.get("region"), las));
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

    public List<Team> inRegion(String region) {
        return teams.stream().filter(t -> t.region().equals(region)).toList();
    }

    private static Map<String, String> readAuthorityNames() {
        Map<String, String> names = new HashMap<>();
        for (Map<String, String> row : readCsv(AUTHORITIES)) {
            names.putIfAbsent(row.get("gss-code"), row.get("nice-name"));
        }
        return names;
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
