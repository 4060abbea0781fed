package org.yjhub.inspection.domain;

/**
 * What a framework's scoring rule gives for a set of ratings: the score, the overall rating of the band it falls in,
 * and how many points the next band up is away ({@code null} in the top band, where there is no next band). All
 * three are null for a framework without a score.
 */
public record Score(Integer score, String overall, Integer pointsToNextBand) {

    public static final Score NONE = new Score(null, null, null);
}
