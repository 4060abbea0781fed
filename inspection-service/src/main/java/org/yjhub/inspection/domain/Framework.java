package org.yjhub.inspection.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An inspection framework as data: what is rated (standards grouped in domains), the scale each standard is rated
 * on, whether and how the ratings add up to a score, and how the overall rating arises. The scoring engine reads
 * only this; a new framework is a new data file, not new code.
 *
 * <p>The constructor checks the data's consistency (unique ids, bands that cover the whole score range without gaps
 * or overlaps, band ratings that are overall values, …) and throws {@link IllegalArgumentException} naming the fault.
 *
 * @param id                identifier used in requests, e.g. {@code hmip-youth-2018}
 * @param version           version of this framework definition
 * @param validFrom         first day inspections under it took place (informational; null if not meaningful)
 * @param validTo           last day (null while current or not meaningful)
 * @param ratingScale       the values a standard may be rated (with points where the framework scores)
 * @param scoring           how ratings add up to a score and bands; null when the framework has no score
 * @param overall           how the overall rating arises
 * @param scores            the optional per-standard percentages a record may carry; null when not accepted
 * @param notes             provenance and facts still to be confirmed
 */
public record Framework(String id, String name, String version, LocalDate validFrom, LocalDate validTo,
                        String description, List<FrameworkDomain> domains,
                        List<RatingValue> ratingScale, Scoring scoring, OverallRule overall,
                        PercentageScores scores, List<String> notes) {

    /** A group of standards (HMIP "domain"; for area-style frameworks, the one group of headline areas). */
    public record FrameworkDomain(String id, String name, List<Standard> standards) {
        public FrameworkDomain {
            standards = List.copyOf(standards);
        }
    }

    /**
     * One rated item. {@code required}: every inspection must rate it. {@code scored}: its points count towards the
     * score (a framework may add a rating that stands outside the total). An optional standard is never scored, so
     * the score range is the same for every inspection.
     */
    public record Standard(String id, String name, boolean required, boolean scored) {
    }

    /** One value of a rating scale; {@code points} is null on scales that do not score. */
    public record RatingValue(String value, String label, Integer points) {
    }

    /** An inclusive score range and the overall rating it gives. */
    public record Band(int min, int max, String overall) {
        public boolean contains(int score) {
            return score >= min && score <= max;
        }
    }

    /** How a score is formed. The one method so far adds up the points of the scored standards' ratings. */
    public record Scoring(Method method, List<Band> bands) {
        public enum Method {SUM_OF_POINTS}

        public Scoring {
            bands = List.copyOf(bands);
        }
    }

    /**
     * How the overall rating arises. {@code COMPUTED}: from the score's band (a supplied overall must agree);
     * {@code SUPPLIED}: recorded as published, required; {@code NONE}: the framework has no overall rating.
     */
    public record OverallRule(Mode mode, List<RatingValue> values) {
        public enum Mode {COMPUTED, SUPPLIED, NONE}

        public OverallRule {
            values = values == null ? List.of() : List.copyOf(values);
        }

        public Optional<RatingValue> value(String v) {
            return values.stream().filter(r -> r.value().equals(v)).findFirst();
        }
    }

    /** Per-standard whole percentages (e.g. the share of cases done well enough), each in {@code [min, max]}. */
    public record PercentageScores(int min, int max) {
    }

    public Framework {
        domains = List.copyOf(domains);
        ratingScale = ratingScale == null ? List.of() : List.copyOf(ratingScale);
        notes = notes == null ? List.of() : List.copyOf(notes);
        check(id, name, validFrom, validTo, domains, ratingScale, scoring, overall, scores);
    }

    /** Every standard, in the framework's order. */
    public List<Standard> standards() {
        List<Standard> all = new ArrayList<>();
        domains.forEach(d -> all.addAll(d.standards()));
        return all;
    }

    public Optional<Standard> standard(String standardId) {
        return standards().stream().filter(s -> s.id().equals(standardId)).findFirst();
    }

    public Optional<RatingValue> rating(String value) {
        return ratingScale.stream().filter(r -> r.value().equals(value)).findFirst();
    }

    public List<String> ratingValues() {
        return ratingScale.stream().map(RatingValue::value).toList();
    }

    public boolean hasScore() {
        return scoring != null;
    }

    /** The highest score an inspection can reach (null without a score). */
    public Integer maxScore() {
        if (scoring == null) {
            return null;
        }
        int top = ratingScale.stream().mapToInt(RatingValue::points).max().orElse(0);
        return (int) standards().stream().filter(Standard::scored).count() * top;
    }

    /** The standards' ids in order, mapped to the given ratings (ordering a map the way the framework lists them). */
    public Map<String, String> ordered(Map<String, String> ratings) {
        Map<String, String> out = new LinkedHashMap<>();
        standards().forEach(s -> {
            if (ratings.containsKey(s.id())) {
                out.put(s.id(), ratings.get(s.id()));
            }
        });
        ratings.forEach(out::putIfAbsent);
        return Collections.unmodifiableMap(out);
    }

    private static void check(String id, String name, LocalDate validFrom, LocalDate validTo,
                              List<FrameworkDomain> domains, List<RatingValue> scale, Scoring scoring,
                              OverallRule overall, PercentageScores scores) {
        require(id != null && id.matches("[a-z0-9][a-z0-9-]*"), "framework id must be a lower-case slug: " + id);
        String at = "framework " + id + ": ";
        require(name != null && !name.isBlank(), at + "name is required");
        require(validFrom == null || validTo == null || !validTo.isBefore(validFrom), at + "validTo is before validFrom");
        require(overall != null && overall.mode() != null, at + "overall.mode is required");

        Set<String> ids = new LinkedHashSet<>();
        Set<String> domainIds = new LinkedHashSet<>();
        for (FrameworkDomain d : domains) {
            require(domainIds.add(d.id()), at + "domain id used twice: " + d.id());
            require(!d.standards().isEmpty(), at + "domain " + d.id() + " has no standards");
            for (Standard s : d.standards()) {
                require(s.id() != null && !s.id().isBlank(), at + "a standard has no id");
                require(ids.add(s.id()), at + "standard id used twice: " + s.id());
                require(s.required() || !s.scored(), at + "standard " + s.id() + " is optional, so it cannot be scored");
            }
        }
        require(ids.isEmpty() == scale.isEmpty(), at + "a framework with standards needs a rating scale and vice versa");
        Set<String> values = new LinkedHashSet<>();
        for (RatingValue v : scale) {
            require(v.value() != null && v.value().matches("[A-Z][A-Z_]*"), at + "rating values are UPPER_SNAKE: " + v.value());
            require(values.add(v.value()), at + "rating value used twice: " + v.value());
        }

        if (scoring != null) {
            require(scoring.method() != null, at + "scoring.method is required");
            for (RatingValue v : scale) {
                require(v.points() != null && v.points() >= 0, at + "rating " + v.value() + " needs points (0 or more)");
            }
            int top = scale.stream().mapToInt(RatingValue::points).max().orElse(0);
            long scored = domains.stream().flatMap(d -> d.standards().stream()).filter(Standard::scored).count();
            require(scored > 0, at + "a scored framework needs scored standards");
            int max = (int) scored * top;
            List<Band> bands = new ArrayList<>(scoring.bands());
            bands.sort((a, b) -> Integer.compare(a.min(), b.min()));
            require(!bands.isEmpty(), at + "scoring needs bands");
            int expected = 0;
            for (Band b : bands) {
                require(b.min() <= b.max(), at + "band " + b.min() + "–" + b.max() + " is empty");
                require(b.min() == expected, at + (b.min() < expected ? "bands overlap at " : "bands leave a gap at ")
                        + Math.min(b.min(), expected));
                require(overall.value(b.overall()).isPresent(),
                        at + "band " + b.min() + "–" + b.max() + " gives " + b.overall() + ", which is not an overall value");
                expected = b.max() + 1;
            }
            require(expected == max + 1, at + "bands end at " + (expected - 1) + " but the highest score is " + max);
        } else {
            for (RatingValue v : scale) {
                require(v.points() == null, at + "rating " + v.value() + " has points but the framework has no scoring");
            }
        }

        switch (overall.mode()) {
            case COMPUTED -> require(scoring != null, at + "a computed overall needs scoring");
            case SUPPLIED -> require(!overall.values().isEmpty() && scoring == null,
                    at + "a supplied overall needs its values, and a framework with scoring computes its overall");
            case NONE -> require(overall.values().isEmpty() && scoring == null,
                    at + "a framework without an overall rating has no overall values and no scoring bands");
        }
        Set<String> overallValues = new LinkedHashSet<>();
        for (RatingValue v : overall.values()) {
            require(v.value() != null && v.value().matches("[A-Z][A-Z_]*"), at + "overall values are UPPER_SNAKE: " + v.value());
            require(overallValues.add(v.value()), at + "overall value used twice: " + v.value());
        }
        if (scores != null) {
            require(!ids.isEmpty(), at + "percentage scores need standards to attach to");
            require(scores.min() <= scores.max(), at + "percentage scores: min above max");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
