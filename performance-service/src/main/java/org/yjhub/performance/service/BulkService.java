package org.yjhub.performance.service;

import org.yjhub.common.text.PlainText;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.period.PeriodFormatException;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.kit.problem.FieldError;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.revision.HeadLocks;
import org.yjhub.performance.domain.KpiReturn;
import org.yjhub.performance.domain.KpiValue;
import org.yjhub.performance.domain.PeriodRules;
import org.yjhub.performance.domain.Place;
import org.yjhub.performance.domain.Provenance;
import org.yjhub.performance.domain.RateDisagreement;
import org.yjhub.performance.domain.ReturnRules;
import org.yjhub.performance.domain.SubmittedValue;
import org.yjhub.performance.domain.Violation;
import org.yjhub.performance.events.PerformanceEvents;
import org.yjhub.performance.repository.ReturnRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Bulk loads of KPI values from CSV: every row is checked before anything is written, rows are grouped into one return
 * per (team, quarter), and each return becomes a new revision of that return (or stays as it is when identical) — all
 * in one transaction, with the same head locks, revisions and events as a single PUT.
 */
@ApplicationScoped
public class BulkService {

    private static final Logger LOG = Logger.getLogger(BulkService.class);

    /** A row's errors are listed in column order. */
    private static final List<String> COLUMN_ORDER = List.of("row", "team", "quarter", "indicator", "numerator", "denominator",
            "rate", "source", "synthetic");

    @Inject
    TeamCatalog teams;

    @Inject
    IndicatorCatalog catalog;

    @Inject
    Clock clock;

    @Inject
    HeadLocks heads;

    @Inject
    ReturnRepository returns;

    @Inject
    PerformanceEvents events;

    private ReturnRules rules;

    @PostConstruct
    void init() {
        rules = new ReturnRules(catalog);
    }

    /**
     * @param returns   new revisions stored
     * @param values    values in those revisions
     * @param unchanged returns in the file identical to their latest revision (nothing stored for them)
     */
    public record Result(int returns, int values, int unchanged) {
    }

    /** A return being assembled from the rows of one (team, quarter). */
    private static final class Group {
        final HeadLocks.Key key;
        final int firstRow;
        final String source;
        final boolean synthetic;
        final List<KpiValue> values = new ArrayList<>();

        Group(HeadLocks.Key key, int firstRow, String source, boolean synthetic) {
            this.key = key;
            this.firstRow = firstRow;
            this.source = source;
            this.synthetic = synthetic;
        }
    }

    /**
     * Loads a file in one transaction, allowed to run longer than the default minute (a 20 MB file holds ~400,000 rows).
     *
     * @param onlyTeam the one team the caller may load (an authority), or null for any team (admin)
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public Result load(String csv, String onlyTeam, String by) {
        long started = System.nanoTime();
        BulkCsv.Parsed parsed;
        try {
            parsed = BulkCsv.read(csv);
        } catch (BulkCsv.MalformedCsvException e) {
            String where = e.row() == 0 ? "the header row" : "data row " + e.row();
            throw new ProblemException(400, "bad-request", "Malformed request", "the body is not readable CSV at " + where
                    + ": " + e.getMessage() + ". Nothing was stored.",
                    List.of(e.row() == 0 ? FieldError.of(BulkCsv.HEADER, e.getMessage()) : FieldError.atRow(e.row(), "csv", e.getMessage())));
        }
        if (onlyTeam != null) {
            for (BulkCsv.Row row : parsed.rows()) {
                if (row.team() != null && !row.team().equals(onlyTeam)) {
                    throw ProblemException.forbidden("row " + row.number() + " is for team '" + abbreviate(row.team())
                            + "'; an authority token for '" + onlyTeam + "' may only load its own team's rows. Nothing was stored.")
                            .with("row", row.number()).with("team", abbreviate(row.team()));
                }
            }
        }
        List<Violation> violations = new ArrayList<>(parsed.violations());
        List<RateDisagreement> disagreements = new ArrayList<>();
        Map<HeadLocks.Key, Group> groups = group(parsed.rows(), violations, disagreements);
        if (!violations.isEmpty()) {
            violations.sort(Comparator.<Violation>comparingInt(v -> v.row() == null ? 0 : v.row())
                    .thenComparingInt(v -> COLUMN_ORDER.indexOf(v.field())));
            throw Problems.invalid("the file", violations, List.of());
        }
        Result result = store(groups, by);
        LOG.infof("bulk load by %s: %d rows, %d new revisions, %d unchanged in %d ms", by, parsed.rows().size(),
                result.returns(), result.unchanged(), (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    /** The checks of a cell that repeats throughout a file (a quarter, a source), made once per distinct text. */
    private record QuarterCell(Quarter quarter, String problem) {
    }

    private record SourceCell(String normalised, String problem) {
    }

    private record ReturnCell(String team, Quarter quarter) {
    }

    /** One value of one return: what a row may not repeat. */
    private record ValueKey(HeadLocks.Key key, String indicator) {
    }

    private Map<HeadLocks.Key, Group> group(List<BulkCsv.Row> rows, List<Violation> violations,
                                            List<RateDisagreement> disagreements) {
        LocalDate today = LocalDate.now(clock);
        Map<HeadLocks.Key, Group> groups = new LinkedHashMap<>();
        Map<ValueKey, Integer> seen = new HashMap<>(rows.size() * 4 / 3 + 1);
        // A national file repeats a few hundred teams, a few quarters and usually one source and flag thousands of
        // times: each distinct text is parsed and checked once.
        Map<String, Boolean> knownTeams = new HashMap<>();
        Map<String, QuarterCell> quarters = new HashMap<>();
        Map<String, SourceCell> sources = new HashMap<>();
        Map<String, Boolean> flags = new HashMap<>();
        Map<ReturnCell, HeadLocks.Key> keys = new HashMap<>();
        List<Violation> valueViolations = new ArrayList<>();
        for (BulkCsv.Row row : rows) {
            Place place = Place.row(row.number());
            int before = violations.size();
            boolean knownTeam = false;
            if (row.team() == null) {
                violations.add(place.violation("team", "is required"));
            } else {
                knownTeam = knownTeams.computeIfAbsent(row.team(), team -> teams.find(team).isPresent());
                if (!knownTeam) {
                    violations.add(place.violation("team", "'" + abbreviate(row.team()) + "' is not a known team code; GET /api/v1/teams lists them"));
                }
            }
            Quarter quarter = null;
            if (row.quarter() == null) {
                violations.add(place.violation("quarter", "is required"));
            } else {
                QuarterCell cell = quarters.computeIfAbsent(row.quarter(), text -> quarterCell(text, today));
                quarter = cell.quarter();
                if (cell.problem() != null) {
                    violations.add(place.violation("quarter", cell.problem()));
                }
            }
            String numeratorCell = row.numerator();
            String denominatorCell = row.denominator();
            BigDecimal numerator = number(numeratorCell, "numerator", place, violations);
            BigDecimal denominator = number(denominatorCell, "denominator", place, violations);
            BigDecimal rate = number(row.rate(), "rate", place, violations);
            valueViolations.clear();
            KpiValue value = rules.check(new SubmittedValue(row.indicator(), numerator, denominator, rate), place,
                    valueViolations, disagreements).orElse(null);
            for (Violation v : valueViolations) {
                // an unreadable number was reported once, above; the rules would only add "is required"
                if (!unreadable(v.field(), numeratorCell, numerator, denominatorCell, denominator, row.rate(), rate)) {
                    violations.add(v);
                }
            }
            SourceCell source = sources.computeIfAbsent(row.source(),
                    text -> new SourceCell(Provenance.normaliseSource(text), Provenance.sourceProblem(text).orElse(null)));
            if (source.problem() != null) {
                violations.add(place.violation("source", source.problem()));
            }
            Boolean synthetic = flags.computeIfAbsent(row.synthetic(), Provenance::parseSynthetic);
            if (synthetic == null) {
                violations.add(place.violation("synthetic", "must be true or false (or empty for false), not '"
                        + abbreviate(row.synthetic()) + "'"));
            }
            if (!knownTeam || quarter == null) {
                continue;
            }
            HeadLocks.Key key = keys.computeIfAbsent(new ReturnCell(row.team(), quarter),
                    c -> HeadLocks.Key.of(c.team(), c.quarter().toString()));
            if (row.indicator() != null) {
                Integer first = seen.putIfAbsent(new ValueKey(key, row.indicator()), row.number());
                if (first != null) {
                    violations.add(place.violation("indicator", "duplicate of row " + first + ": the file may hold one row per team, "
                            + "quarter and indicator (" + row.team() + ", " + quarter + ", " + abbreviate(row.indicator()) + ")"));
                }
            }
            Group group = groups.get(key);
            if (group == null) {
                group = new Group(key, row.number(), source.normalised(), Boolean.TRUE.equals(synthetic));
                groups.put(key, group);
            } else {
                if (!Objects.equals(group.source, source.normalised())) {
                    violations.add(place.violation("source", "differs from row " + group.firstRow + "; every row of one return ("
                            + row.team() + ", " + quarter + ") must carry the same source"));
                }
                if (synthetic != null && group.synthetic != synthetic) {
                    violations.add(place.violation("synthetic", "differs from row " + group.firstRow + "; every row of one return ("
                            + row.team() + ", " + quarter + ") must carry the same synthetic flag"));
                }
            }
            if (violations.size() == before && value != null) {
                group.values.add(value);
            }
        }
        return groups;
    }

    private static QuarterCell quarterCell(String text, LocalDate today) {
        try {
            Quarter quarter = Quarter.parse(text);
            return new QuarterCell(quarter, PeriodRules.returnQuarterProblem(quarter, today).orElse(null));
        } catch (PeriodFormatException e) {
            return new QuarterCell(null, e.getMessage());
        }
    }

    /** True when {@code field} is a number column whose cell was there but could not be read. */
    private static boolean unreadable(String field, String numeratorCell, BigDecimal numerator, String denominatorCell,
                                      BigDecimal denominator, String rateCell, BigDecimal rate) {
        return switch (field) {
            case "numerator" -> numeratorCell != null && numerator == null;
            case "denominator" -> denominatorCell != null && denominator == null;
            case "rate" -> rateCell != null && rate == null;
            default -> false;
        };
    }

    private Result store(Map<HeadLocks.Key, Group> groups, String by) {
        Map<HeadLocks.Key, HeadLocks.Head> locked = heads.lock(ReturnRepository.HEADS, groups.keySet());
        Map<HeadLocks.Key, KpiReturn> current = returns.current(locked.values());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<KpiReturn> next = new ArrayList<>();
        Map<HeadLocks.Key, Long> revisions = new HashMap<>();
        int unchanged = 0;
        int values = 0;
        for (Group group : groups.values()) {
            HeadLocks.Head head = locked.get(group.key);
            List<KpiValue> sorted = rules.sorted(group.values);
            if (head.exists() && current.get(group.key).sameContent(sorted, group.source, group.synthetic)) {
                unchanged++;
                continue;
            }
            KpiReturn r = new KpiReturn(group.key.get(0), group.key.get(1), head.revision() + 1, sorted, now, by,
                    group.source, group.synthetic);
            next.add(r);
            revisions.put(group.key, r.revision());
            values += sorted.size();
        }
        returns.store(next);
        heads.advance(ReturnRepository.HEADS, revisions);
        events.returnsSubmitted(next);
        return new Result(next.size(), values, unchanged);
    }

    /** ASCII digits only: BigDecimal alone would also read other scripts' digits ("١٢" as 12, "５" as 5). */
    private static final java.util.regex.Pattern PLAIN_NUMBER =
            java.util.regex.Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    /** A numeric cell; null when empty (the rules then say "is required") or unreadable (said here, once). */
    private static BigDecimal number(String cell, String field, Place place, List<Violation> violations) {
        if (cell == null) {
            return null;
        }
        try {
            if (cell.length() > 60 || !PLAIN_NUMBER.matcher(cell).matches()) {
                throw new NumberFormatException();
            }
            return new BigDecimal(cell);
        } catch (NumberFormatException e) {
            violations.add(place.violation(field, "'" + abbreviate(cell) + "' is not a number (write digits with a '.' for decimals, no thousands separators)"));
            return null;
        }
    }

    private static String abbreviate(String s) {
        return PlainText.abbreviate(s, 40);
    }
}
