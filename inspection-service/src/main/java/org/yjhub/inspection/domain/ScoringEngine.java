package org.yjhub.inspection.domain;

import org.yjhub.inspection.domain.Framework.Band;
import org.yjhub.inspection.domain.Framework.RatingValue;
import org.yjhub.inspection.domain.Framework.Standard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The one scoring rule, driven entirely by a framework's data: each scored standard's rating is worth its points
 * on the framework's scale; the points add up to the score; the band the score falls in gives the overall rating.
 * For HMIP's 2018 youth framework that is Outstanding 3, Good 2, Requires improvement 1, Inadequate 0, twelve
 * standards, bands 0–6 Inadequate, 7–18 Requires improvement, 19–30 Good, 31–36 Outstanding.
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    /**
     * Scores complete, valid ratings ({@link InspectionRules} checks them first).
     *
     * @throws IllegalArgumentException if a scored standard is unrated or rated with a value not on the scale
     */
    public static Score score(Framework framework, Map<String, String> ratings) {
        if (!framework.hasScore()) {
            return Score.NONE;
        }
        int total = 0;
        for (Standard standard : framework.standards()) {
            if (!standard.scored()) {
                continue;
            }
            String value = ratings.get(standard.id());
            RatingValue rating = framework.rating(value).orElseThrow(() -> new IllegalArgumentException(
                    "standard " + standard.id() + " of " + framework.id() + " is not rated on its scale: " + value));
            total += rating.points();
        }
        return forTotal(framework, total);
    }

    /**
     * The overall rating and the distance to the next band for a score.
     *
     * @throws IllegalArgumentException if the score lies outside the framework's bands
     */
    public static Score forTotal(Framework framework, int total) {
        if (!framework.hasScore()) {
            return Score.NONE;
        }
        List<Band> bands = framework.scoring().bands().stream().sorted(Comparator.comparingInt(Band::min)).toList();
        Band band = bands.stream().filter(b -> b.contains(total)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("score " + total + " is outside the bands of " + framework.id()));
        Integer toNext = bands.stream().filter(b -> b.min() > band.max()).findFirst()
                .map(next -> next.min() - total).orElse(null);
        return new Score(total, band.overall(), toNext);
    }
}
