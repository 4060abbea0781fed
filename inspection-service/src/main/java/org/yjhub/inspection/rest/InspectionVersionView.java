package org.yjhub.inspection.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

@Schema(name = "InspectionVersion", description = "One version of an inspection's record: correction 0 as first "
        + "recorded, then one per correction. Versions are never changed or removed.")
public record InspectionVersionView(String id, int correction, String framework, LocalDate fieldworkStart,
                                    LocalDate fieldworkEnd, LocalDate publishedOn, Map<String, String> ratings,
                                    Map<String, Integer> scores, Integer score, String overall,
                                    Integer pointsToNextBand, String source, boolean synthetic, Instant recordedAt,
                                    String recordedBy) {
}
