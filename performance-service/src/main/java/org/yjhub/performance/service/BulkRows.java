package org.yjhub.performance.service;

import org.yjhub.common.period.PeriodFormatException;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.common.text.PlainText;
import org.yjhub.kit.revision.HeadLocks;
import org.yjhub.performance.domain.KpiValue;
import org.yjhub.performance.domain.PeriodRules;
import org.yjhub.performance.domain.Place;
import org.yjhub.performance.domain.Provenance;
import org.yjhub.performance.domain.RateDisagreement;
import org.yjhub.performance.domain.ReturnRules;
import org.yjhub.performance.domain.ValueInput;
import org.yjhub.performance.domain.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rows of one bulk file, checked and grouped into returns: each row's cells as the single PUT checks its values
 * (a team, a quarter that has begun, a value the return rules accept, the provenance), and the rows of one (team,
 * quarter) into one return, which may hold an indicator once and carries one source and one synthetic flag.
 */
record BulkRows(TeamCatalog teams, ReturnRules rules, LocalDate today) {

    /** A return being assembled from the rows of one (team, quarter). */
    static final class ReturnRows {
        final HeadLocks.Key key;
        final int firstRow;
        final String source;
        final boolean synthetic;
        final List<KpiValue> values = new ArrayList<>();

        ReturnRows(HeadLocks.Key key, int firstRow, String source, boolean synthetic) {
            this.key = key;
            this.firstRow = firstRow;
            this.source = source;
            this.synthetic = synthetic;
        }
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

    /**
     * Checks every row and groups the valid ones into one return per (team, quarter); what is wrong is added to
     * {@code violations} (and a stated rate that disagrees also to {@code disagreements}), in row order.
     */
    Map<HeadLocks.Key, ReturnRows> group(List<BulkCsv.Row> rows, List<Violation> violations,
                                         List<RateDisagreement> disagreements) {
        Map<HeadLocks.Key, ReturnRows> groups = new LinkedHashMap<>();
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
                    violations.add(place.violation("team", "'" + PlainText.abbreviate(row.team()) + "' is not a known team code; GET /api/v1/teams lists them"));
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
            KpiValue value = rules.check(new ValueInput(row.indicator(), numerator, denominator, rate), place,
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
                        + PlainText.abbreviate(row.synthetic()) + "'"));
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
                            + "quarter and indicator (" + row.team() + ", " + quarter + ", " + PlainText.abbreviate(row.indicator()) + ")"));
                }
            }
            ReturnRows group = groups.get(key);
            if (group == null) {
                group = new ReturnRows(key, row.number(), source.normalised(), Boolean.TRUE.equals(synthetic));
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
            violations.add(place.violation(field, "'" + PlainText.abbreviate(cell) + "' is not a number (write digits with a '.' for decimals, no thousands separators)"));
            return null;
        }
    }
}
