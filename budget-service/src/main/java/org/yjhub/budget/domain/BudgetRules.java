package org.yjhub.budget.domain;

import org.yjhub.common.bounds.Bounds;
import org.yjhub.common.text.PlainText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a budget must meet before it is stored. Every problem is reported at once.
 * <ul>
 *   <li>At least one and at most {@value #MAX_LINES} contribution lines.</li>
 *   <li>{@code partner} is one of {@link Partner}; each partner at most once, except {@code OTHER}, which needs a
 *       description and may repeat with different descriptions (compared trimmed and case-insensitively).</li>
 *   <li>{@code staff} and {@code delegated} are whole pounds from 0 to {@link Amounts#MAX_POUNDS}; either may be
 *       omitted (0) but not both. A line {@code total}, when given, must equal staff + delegated.</li>
 *   <li>{@code statedTotal}, when given, must equal the computed total; the problem names both figures.</li>
 * </ul>
 * Descriptions and source are trimmed; a blank one counts as absent; they must be {@link PlainText plain text}.
 */
public final class BudgetRules {

    public static final int MAX_LINES = 100;
    public static final int MAX_DESCRIPTION = 300;
    public static final int MAX_SOURCE = Bounds.SOURCE_LENGTH;
    /** The largest total a budget can have: {@link #MAX_LINES} lines at twice {@link Amounts#MAX_POUNDS}. */
    public static final String MAX_TOTAL_TEXT = "20000000000000";

    public static final String STATED_TOTAL = "statedTotal";
    public static final String COMPUTED_TOTAL = "computedTotal";

    private BudgetRules() {
    }

    public static BudgetContent check(BudgetInput input) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        List<ContributionInput> lines = input.contributions();
        List<Contribution> checked = new ArrayList<>();
        boolean amountsKnown = false;
        long staffSum = 0;
        long delegatedSum = 0;
        if (lines == null || lines.isEmpty()) {
            violations.add(new Violation("contributions", "at least one contribution line is required"));
        } else if (lines.size() > MAX_LINES) {
            violations.add(new Violation("contributions", "at most " + MAX_LINES + " lines are allowed; "
                    + lines.size() + " were given"));
        } else {
            amountsKnown = true;
            Map<String, Integer> firstLineOfKey = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                String at = "contributions[" + i + "]";
                ContributionInput line = lines.get(i);
                if (line == null) {
                    violations.add(new Violation(at, "must be an object with partner, staff and delegated"));
                    amountsKnown = false;
                    continue;
                }
                Partner partner = partner(at, line.partner(), violations);
                String description = trimToNull(line.description());
                if (description != null && line.description().length() > MAX_DESCRIPTION) {
                    violations.add(new Violation(at + ".description", "must be at most " + MAX_DESCRIPTION
                            + " characters; it has " + line.description().length()));
                }
                PlainText.problem(description).ifPresent(m -> violations.add(new Violation(at + ".description", m)));
                if (partner == Partner.OTHER && description == null) {
                    violations.add(new Violation(at + ".description",
                            "is required for an OTHER contribution: say what it is, e.g. \"Strengthening Families\""));
                }
                if (partner != null && (partner != Partner.OTHER || description != null)) {
                    Integer first = firstLineOfKey.putIfAbsent(Contribution.key(partner, description), i);
                    if (first != null) {
                        violations.add(partner == Partner.OTHER
                                ? new Violation(at + ".description", "OTHER \"" + description
                                + "\" is already given in contributions[" + first + "]; each OTHER line needs a different description")
                                : new Violation(at + ".partner", partner + " is already given in contributions[" + first
                                + "]; give one line per partner (OTHER may repeat with different descriptions)"));
                    }
                }
                RawNumber staffRaw = RawNumber.orAbsent(line.staff());
                RawNumber delegatedRaw = RawNumber.orAbsent(line.delegated());
                if (staffRaw.absent() && delegatedRaw.absent()) {
                    violations.add(new Violation(at, "gives neither staff nor delegated; give at least one (0 for none)"));
                    amountsKnown = false;
                    continue;
                }
                Long staff = staffRaw.absent() ? Long.valueOf(0) : Amounts.wholePounds(at + ".staff", staffRaw, violations);
                Long delegated = delegatedRaw.absent() ? Long.valueOf(0)
                        : Amounts.wholePounds(at + ".delegated", delegatedRaw, violations);
                if (staff == null || delegated == null) {
                    amountsKnown = false;
                    continue;
                }
                RawNumber totalRaw = RawNumber.orAbsent(line.total());
                if (!totalRaw.absent()) {
                    Long lineTotal = Amounts.wholePounds(at + ".total", totalRaw, violations);
                    if (lineTotal != null && lineTotal != staff + delegated) {
                        violations.add(new Violation(at + ".total", "stated line total " + Figures.pounds(lineTotal)
                                + " differs from staff + delegated = " + Figures.pounds(staff + delegated)));
                    }
                }
                staffSum += staff;
                delegatedSum += delegated;
                if (partner != null) {
                    checked.add(new Contribution(partner, description, staff, delegated));
                }
            }
        }

        Long statedTotal = null;
        RawNumber statedRaw = RawNumber.orAbsent(input.statedTotal());
        if (!statedRaw.absent()) {
            statedTotal = Amounts.wholePounds(STATED_TOTAL, statedRaw, violations);
        }
        String headline = null;
        if (statedTotal != null && amountsKnown) {
            long computed = staffSum + delegatedSum;
            if (statedTotal != computed) {
                headline = totalMismatch(statedTotal, computed);
                violations.add(new Violation(STATED_TOTAL, headline));
                figures.put(STATED_TOTAL, statedTotal);
                figures.put(COMPUTED_TOTAL, computed);
            }
        }
        String source = source(input.source(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidContentException(violations, figures, headline);
        }
        return new BudgetContent(checked, statedTotal, source, Boolean.TRUE.equals(input.synthetic()));
    }

    /** "stated total 1,223,757 differs from the computed total 1,234,757 by 11,000". */
    public static String totalMismatch(long stated, long computed) {
        return "stated total " + Figures.pounds(stated) + " differs from the computed total " + Figures.pounds(computed)
                + " by " + Figures.pounds(Math.abs(stated - computed));
    }

    private static Partner partner(String at, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(at + ".partner", "is required; one of " + Partner.allowed()));
            return null;
        }
        Optional<Partner> partner = Partner.parse(text);
        if (partner.isEmpty()) {
            violations.add(new Violation(at + ".partner", "\"" + PlainText.abbreviate(text) + "\" is not a partner; use one of "
                    + Partner.allowed()));
            return null;
        }
        return partner.get();
    }

    static String source(String text, List<Violation> violations) {
        String source = trimToNull(text);
        if (source != null && text.length() > MAX_SOURCE) {
            violations.add(new Violation("source", "must be at most " + MAX_SOURCE + " characters; it has " + text.length()));
        }
        PlainText.problem(source).ifPresent(m -> violations.add(new Violation("source", m)));
        return source;
    }

    static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
