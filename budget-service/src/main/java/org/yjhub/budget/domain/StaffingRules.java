package org.yjhub.budget.domain;

import org.yjhub.common.bounds.Bounds;
import org.yjhub.common.text.PlainText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules staffing must meet before it is stored; every problem is reported at once.
 * <ul>
 *   <li>{@code fte}: 1 to {@value #MAX_FTE_LINES} lines; a role (text), a {@link ContractType} and FTE from 0 to
 *       {@link Amounts#MAX_FTE} with at most two decimals; a role and contract type at most once (role compared
 *       case-insensitively).</li>
 *   <li>{@code statedTotalFte}, when given, must equal the sum of the lines; the problem names both figures.</li>
 *   <li>{@code headcount}: optional, up to {@value #MAX_HEADCOUNT_LINES} lines; {@code dimension} a lower-case name
 *       ({@code gender}, {@code ethnicity}, {@code age-band}…), a category, an optional role and a whole number of
 *       people; a dimension, category and role at most once.</li>
 * </ul>
 */
public final class StaffingRules {

    public static final int MAX_FTE_LINES = 200;
    public static final int MAX_HEADCOUNT_LINES = 500;
    public static final int MAX_TEXT = Bounds.NAME_LENGTH;
    public static final Pattern DIMENSION = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public static final String STATED_TOTAL_FTE = "statedTotalFte";
    public static final String COMPUTED_TOTAL_FTE = "computedTotalFte";

    private StaffingRules() {
    }

    public static StaffingContent check(StaffingInput input) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        List<FteLine> fteLines = new ArrayList<>();
        boolean fteKnown = false;
        BigDecimal sum = BigDecimal.ZERO;
        List<FteInput> fte = input.fte();
        if (fte == null || fte.isEmpty()) {
            violations.add(new Violation("fte", "at least one FTE line is required"));
        } else if (fte.size() > MAX_FTE_LINES) {
            violations.add(new Violation("fte", "at most " + MAX_FTE_LINES + " lines are allowed; " + fte.size() + " were given"));
        } else {
            fteKnown = true;
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < fte.size(); i++) {
                String at = "fte[" + i + "]";
                FteInput line = fte.get(i);
                if (line == null) {
                    violations.add(new Violation(at, "must be an object with role, contractType and fte"));
                    fteKnown = false;
                    continue;
                }
                String role = text(at + ".role", line.role(), true, violations);
                ContractType type = contractType(at + ".contractType", line.contractType(), violations);
                RawNumber raw = RawNumber.orAbsent(line.fte());
                BigDecimal value = null;
                if (raw.absent()) {
                    violations.add(new Violation(at + ".fte", "is required (full-time equivalents, e.g. 0.8)"));
                } else {
                    value = Amounts.fte(at + ".fte", raw, violations);
                }
                if (value == null) {
                    fteKnown = false;
                    continue;
                }
                sum = sum.add(value);
                if (role != null && type != null) {
                    FteLine checked = new FteLine(role, type, value);
                    Integer earlier = first.putIfAbsent(checked.key(), i);
                    if (earlier != null) {
                        violations.add(new Violation(at + ".role", "\"" + role + "\" with " + type + " is already given in fte["
                                + earlier + "]; add the FTE together on one line"));
                    }
                    fteLines.add(checked);
                }
            }
        }

        BigDecimal stated = null;
        RawNumber statedRaw = RawNumber.orAbsent(input.statedTotalFte());
        if (!statedRaw.absent()) {
            stated = Amounts.fte(STATED_TOTAL_FTE, statedRaw, violations);
        }
        String headline = null;
        if (stated != null && fteKnown && stated.compareTo(sum) != 0) {
            BigDecimal computed = sum.setScale(Amounts.FTE_SCALE);
            headline = "stated total FTE " + Figures.fte(stated) + " differs from the computed total FTE "
                    + Figures.fte(computed) + " by " + Figures.fte(stated.subtract(computed).abs());
            violations.add(new Violation(STATED_TOTAL_FTE, headline));
            figures.put(STATED_TOTAL_FTE, stated);
            figures.put(COMPUTED_TOTAL_FTE, computed);
        }

        List<HeadcountLine> headcount = headcount(input.headcount(), violations);
        String source = BudgetRules.source(input.source(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidContentException(violations, figures, headline);
        }
        return new StaffingContent(fteLines, stated, headcount, source, Boolean.TRUE.equals(input.synthetic()));
    }

    private static List<HeadcountLine> headcount(List<HeadcountInput> lines, List<Violation> violations) {
        List<HeadcountLine> checked = new ArrayList<>();
        if (lines == null) {
            return checked;
        }
        if (lines.size() > MAX_HEADCOUNT_LINES) {
            violations.add(new Violation("headcount", "at most " + MAX_HEADCOUNT_LINES + " lines are allowed; "
                    + lines.size() + " were given"));
            return checked;
        }
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String at = "headcount[" + i + "]";
            HeadcountInput line = lines.get(i);
            if (line == null) {
                violations.add(new Violation(at, "must be an object with dimension, category and count"));
                continue;
            }
            String dimension = dimension(at + ".dimension", line.dimension(), violations);
            String category = text(at + ".category", line.category(), true, violations);
            String role = text(at + ".role", line.role(), false, violations);
            RawNumber raw = RawNumber.orAbsent(line.count());
            Integer count = null;
            if (raw.absent()) {
                violations.add(new Violation(at + ".count", "is required (a number of people)"));
            } else {
                count = Amounts.count(at + ".count", raw, violations);
            }
            if (dimension == null || category == null || count == null) {
                continue;
            }
            HeadcountLine ok = new HeadcountLine(dimension, category, role, count);
            Integer earlier = first.putIfAbsent(ok.key(), i);
            if (earlier != null) {
                violations.add(new Violation(at + ".category", dimension + " \"" + category + "\""
                        + (role == null ? "" : " for role \"" + role + "\"") + " is already given in headcount[" + earlier + "]"));
            }
            checked.add(ok);
        }
        return checked;
    }

    private static String dimension(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, "is required, e.g. gender or ethnicity"));
            return null;
        }
        if (!DIMENSION.matcher(text).matches()) {
            violations.add(new Violation(field, "\"" + PlainText.abbreviate(text)
                    + "\" is not a dimension name: use lower-case letters, digits and hyphens, e.g. gender, ethnicity, age-band"));
            return null;
        }
        return text;
    }

    private static String text(String field, String text, boolean required, List<Violation> violations) {
        String value = BudgetRules.trimToNull(text);
        if (value == null) {
            if (required) {
                violations.add(new Violation(field, "is required"));
            }
            return null;
        }
        if (text.length() > MAX_TEXT) {
            violations.add(new Violation(field, "must be at most " + MAX_TEXT + " characters; it has " + text.length()));
            return null;
        }
        Optional<String> notPlain = PlainText.problem(value);
        if (notPlain.isPresent()) {
            violations.add(new Violation(field, notPlain.get()));
            return null;
        }
        return value;
    }

    private static ContractType contractType(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, "is required; one of " + ContractType.allowed()));
            return null;
        }
        Optional<ContractType> type = ContractType.parse(text);
        if (type.isEmpty()) {
            violations.add(new Violation(field, "\"" + PlainText.abbreviate(text) + "\" is not a contract type; use one of "
                    + ContractType.allowed()));
            return null;
        }
        return type.get();
    }
}
