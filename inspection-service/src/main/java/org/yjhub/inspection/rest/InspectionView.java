package org.yjhub.inspection.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@Schema(name = "Inspection", description = """
        An inspection's latest record with its recommendations, its improvement \
        plan's record (plan, null until one is recorded) and the plan's actions. score, \
        overall and pointsToNextBand are computed by the framework's rule: score and pointsToNextBand are null for \
        frameworks without a score; pointsToNextBand is null in the top band (there is no band above); overall is \
        null for frameworks without an overall rating. correction is 0 for the record as first made and rises with \
        each correction; version is the aggregate's version (also the ETag and the event version).\s"""
        + PartialDates.IN_RESPONSES)
public record InspectionView(String id, String team, String framework,
                             @Schema(implementation = PartialDates.Fieldwork.class) String fieldworkStart,
                             @Schema(implementation = PartialDates.Fieldwork.class) String fieldworkEnd,
                             @Schema(implementation = PartialDates.Published.class) String publishedOn,
                             Map<String, String> ratings, Map<String, Integer> scores, Integer score, String overall,
                             Integer pointsToNextBand, int correction, long version,
                             List<RecommendationView> recommendations, List<ActionView> actions,
                             @Schema(nullable = true, description = "The improvement plan's record; null until one "
                                     + "is recorded") PlanView plan,
                             String source,
                             boolean synthetic, Instant createdAt, String createdBy, Instant updatedAt) {
}
