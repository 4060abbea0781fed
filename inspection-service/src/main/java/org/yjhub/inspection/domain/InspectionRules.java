package org.yjhub.inspection.domain;

import org.yjhub.common.text.PlainText;
import org.yjhub.inspection.domain.Framework.OverallRule.Mode;
import org.yjhub.inspection.domain.Framework.RatingValue;
import org.yjhub.inspection.domain.Framework.Standard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an inspection record against its framework and computes what the framework's rule gives. Every broken rule
 * is reported (not only the first), each against the field it concerns.
 */
public final class InspectionRules {

    private InspectionRules() {
    }

    /**
     * An inspection record as submitted: the dates as written ({@code 2021-08-10}, or {@code 2021-08} when only the
     * month is known; null or blank = not given), ratings keyed by standard id, percentages keyed by standard id.
     */
    public record RecordInput(String fieldworkStart, String fieldworkEnd, String publishedOn,
                             Map<String, String> ratings, Map<String, BigDecimal> scores, String overall) {
    }

    /**
     * The dates of a valid record; the fieldwork dates are both null or both set, with the same precision. publishedOn
     * is null when the paper gives no publication date (then there are fieldwork dates).
     */
    public record Dates(PartialDate fieldworkStart, PartialDate fieldworkEnd, PartialDate publishedOn) {

        /** The precision both fieldwork dates share; null without fieldwork dates. */
        public PartialDate.Precision fieldworkPrecision() {
            PartialDate any = fieldworkStart != null ? fieldworkStart : fieldworkEnd;
            return any == null ? null : any.precision();
        }
    }

    /** A valid record: ratings and percentages in the framework's order, and the computed score and overall. */
    public record Assessment(Dates dates, Map<String, String> ratings, Map<String, Integer> scores, Integer score,
                             String overall, Integer pointsToNextBand) {
    }

    /**
     * The result of a check. {@code assessment} is set only when there are no violations. {@code computed} is what
     * the scoring rule gives whenever the ratings could be scored (also when the record is otherwise invalid, so a
     * client whose overall disagrees learns the right one).
     */
    public record Checked(List<Violation> violations, Assessment assessment, Score computed) {
        public boolean valid() {
            return violations.isEmpty();
        }

        /** True when the supplied overall contradicts the computed one. */
        public boolean overallDisagrees() {
            return violations.stream().anyMatch(v -> v.field().equals("overall") && v.message().startsWith(DISAGREES));
        }
    }

    static final String DISAGREES = "disagrees with the framework's rule";

    public static Checked check(Framework framework, RecordInput s, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        Dates dates = checkDates(s, today, violations);
        Map<String, String> ratings = checkRatings(framework, s.ratings() == null ? Map.of() : s.ratings(), violations);
        Map<String, Integer> scores = checkScores(framework, s.scores() == null ? Map.of() : s.scores(), violations);

        Score computed = ratings != null && framework.hasScore() ? ScoringEngine.score(framework, ratings) : null;
        String overall = checkOverall(framework, s.overall(), computed, ratings != null, violations);

        if (!violations.isEmpty()) {
            return new Checked(List.copyOf(violations), null, computed);
        }
        Score score = computed == null ? Score.NONE : computed;
        return new Checked(List.of(), new Assessment(dates, ratings, scores, score.score(), overall,
                score.pointsToNextBand()), computed);
    }

    /** Only the date rules (they do not depend on the framework): for a record whose framework is unknown. */
    public static List<Violation> checkDates(RecordInput s, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        checkDates(s, today, violations);
        return List.copyOf(violations);
    }

    /**
     * Fieldwork dates are optional for every framework (a paper may not state them) but come as a pair; publishedOn
     * is optional too (Merton's 2011 paper gives only the fieldwork month), but a record needs one or the other. Each
     * date is a day or a month ({@link PartialDate}); the two fieldwork dates share one precision.
     * The order (fieldworkStart ≤ fieldworkEnd ≤ publishedOn) is checked between the dates that are present, by
     * month where either is known only to the month; no date may lie in the future (a month: after the current
     * month).
     */
    private static Dates checkDates(RecordInput s, LocalDate today, List<Violation> out) {
        PartialDate start = date("fieldworkStart", s.fieldworkStart(), out);
        PartialDate end = date("fieldworkEnd", s.fieldworkEnd(), out);
        PartialDate published = date("publishedOn", s.publishedOn(), out);
        if (absent(s.publishedOn()) && absent(s.fieldworkStart()) && absent(s.fieldworkEnd())) {
            out.add(new Violation("publishedOn", "is required when there are no fieldwork dates: give the date the "
                    + "inspection report was published (" + PartialDate.FORMS + "), the fieldwork dates, or both"));
        }
        if (absent(s.fieldworkStart()) != absent(s.fieldworkEnd())) {
            out.add(new Violation(absent(s.fieldworkStart()) ? "fieldworkStart" : "fieldworkEnd",
                    "give both fieldwork dates or neither"));
        }
        boolean samePrecision = start == null || end == null || start.precision() == end.precision();
        if (!samePrecision) {
            out.add(new Violation("fieldworkEnd", "is " + describe(end) + " but fieldworkStart is " + describe(start)
                    + "; give both fieldwork dates to the day (2021-05-10, 2021-05-14) or both to the month "
                    + "(2021-05, 2021-05)"));
        } else if (start != null && end != null && end.isBefore(start)) {
            out.add(new Violation("fieldworkEnd", "is before fieldworkStart (" + start + ")"));
        }
        PartialDate lastFieldwork = end != null ? end : start;
        if (lastFieldwork != null && published != null && published.isBefore(lastFieldwork)) {
            String field = end != null ? "fieldworkEnd" : "fieldworkStart";
            out.add(new Violation("publishedOn", "is before " + field + " (" + lastFieldwork + ")"
                    + (published.monthOnly() || lastFieldwork.monthOnly() ? ", compared by month" : "")
                    + "; a report is published after its fieldwork"));
        }
        future("fieldworkStart", start, today, out);
        future("fieldworkEnd", end, today, out);
        future("publishedOn", published, today, out);
        return new Dates(start, end, published);
    }

    /** The date, null when absent; a violation (naming both accepted forms) when it is in neither form. */
    private static PartialDate date(String field, String text, List<Violation> out) {
        if (absent(text)) {
            return null;
        }
        return PartialDate.parse(text).orElseGet(() -> {
            out.add(new Violation(field, "'" + PlainText.abbreviate(text) + "' is not a date in an accepted form: give "
                    + PartialDate.FORMS));
            return null;
        });
    }

    private static boolean absent(String text) {
        return text == null || text.isBlank();
    }

    private static String describe(PartialDate d) {
        return d.monthOnly() ? "a month (" + d + ")" : "a full date (" + d + ")";
    }

    private static void future(String field, PartialDate date, LocalDate today, List<Violation> out) {
        if (date != null && date.isFuture(today)) {
            out.add(new Violation(field, date.monthOnly()
                    ? "is in the future (" + date + " is after the current month, " + YearMonth.from(today) + ")"
                    : "is in the future (" + date + " is after " + today + ")"));
        }
    }

    /** @return the ratings in the framework's order, or null when any rating is missing, unknown or misplaced */
    private static Map<String, String> checkRatings(Framework f, Map<String, String> ratings, List<Violation> out) {
        int before = out.size();
        List<String> standardIds = f.standards().stream().map(Standard::id).toList();
        for (String key : ratings.keySet()) {
            if (f.standard(key).isEmpty()) {
                out.add(new Violation("ratings." + key, standardIds.isEmpty()
                        ? f.id() + " records an overall rating only and takes no ratings"
                        : "is not a standard of " + f.id() + "; its standards are " + standardIds));
            }
        }
        for (Standard standard : f.standards()) {
            String value = ratings.get(standard.id());
            if (value == null) {
                if (standard.required()) {
                    out.add(new Violation("ratings." + standard.id(), "is required: standard " + standard.id() + " "
                            + standard.name() + " has no rating (" + f.id() + " needs a rating for every standard)"));
                }
            } else if (f.rating(value).isEmpty()) {
                out.add(new Violation("ratings." + standard.id(), "'" + PlainText.abbreviate(value) + "' is not a rating of "
                        + f.id() + "; use one of " + f.ratingValues()));
            }
        }
        if (out.size() > before) {
            return null;
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (Standard standard : f.standards()) {
            if (ratings.containsKey(standard.id())) {
                ordered.put(standard.id(), ratings.get(standard.id()));
            }
        }
        return Collections.unmodifiableMap(ordered);
    }

    private static Map<String, Integer> checkScores(Framework f, Map<String, BigDecimal> scores, List<Violation> out) {
        if (scores.isEmpty()) {
            return Map.of();
        }
        if (f.scores() == null) {
            out.add(new Violation("scores", f.id() + " takes no percentage scores; leave scores out"));
            return Map.of();
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : scores.entrySet()) {
            String field = "scores." + e.getKey();
            BigDecimal v = e.getValue();
            if (f.standard(e.getKey()).isEmpty()) {
                out.add(new Violation(field, "is not a standard of " + f.id() + "; its standards are "
                        + f.standards().stream().map(Standard::id).toList()));
            } else if (v == null) {
                out.add(new Violation(field, "needs a whole percentage (or leave it out)"));
            } else if (v.signum() != 0 && v.stripTrailingZeros().scale() > 0) {
                out.add(new Violation(field, "must be a whole percentage, not " + v.toPlainString()));
            } else if (v.compareTo(BigDecimal.valueOf(f.scores().min())) < 0
                    || v.compareTo(BigDecimal.valueOf(f.scores().max())) > 0) {
                out.add(new Violation(field, "must be between " + f.scores().min() + " and " + f.scores().max()
                        + ", not " + v.toPlainString()));
            }
        }
        for (Standard standard : f.standards()) {
            BigDecimal v = scores.get(standard.id());
            if (v != null && (v.signum() == 0 || v.stripTrailingZeros().scale() <= 0)
                    && v.compareTo(BigDecimal.valueOf(f.scores().min())) >= 0
                    && v.compareTo(BigDecimal.valueOf(f.scores().max())) <= 0) {
                ordered.put(standard.id(), v.intValueExact());
            }
        }
        return Collections.unmodifiableMap(ordered);
    }

    private static String checkOverall(Framework f, String supplied, Score computed, boolean ratingsValid,
                                       List<Violation> out) {
        Mode mode = f.overall().mode();
        if (mode == Mode.NONE) {
            if (supplied != null) {
                out.add(new Violation("overall", f.id() + " has no overall rating; leave overall out"));
            }
            return null;
        }
        List<String> values = f.overall().values().stream().map(RatingValue::value).toList();
        if (supplied != null && f.overall().value(supplied).isEmpty()) {
            out.add(new Violation("overall", "'" + PlainText.abbreviate(supplied) + "' is not an overall rating of " + f.id()
                    + "; use one of " + values));
            return null;
        }
        if (mode == Mode.SUPPLIED) {
            if (supplied == null) {
                out.add(new Violation("overall", "is required for " + f.id() + " (it records the published overall "
                        + "rating); use one of " + values));
            }
            return supplied;
        }
        if (!ratingsValid || computed == null) {
            return null;
        }
        if (supplied != null && !supplied.equals(computed.overall())) {
            out.add(new Violation("overall", DISAGREES + ": the ratings score " + computed.score() + ", which gives "
                    + computed.overall() + ", not " + supplied));
        }
        return computed.overall();
    }
}
