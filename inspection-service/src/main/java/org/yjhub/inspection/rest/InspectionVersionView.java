package org.yjhub.inspection.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

@Schema(name = "InspectionVersion", description = "One version of an inspection's record: correction 0 as first "
        + "recorded, then one per correction. Versions are never changed or removed. " + PartialDates.IN_RESPONSES)
public record InspectionVersionView(String id, int correction, String framework,
                                    @Schema(implementation = PartialDates.Fieldwork.class) String fieldworkStart,
                                    @Schema(implementation = PartialDates.Fieldwork.class) String fieldworkEnd,
                                    @Schema(implementation = PartialDates.Published.class) String publishedOn,
                                    Map<String, String> ratings, Map<String, Integer> scores, Integer score,
                                    String overall, Integer pointsToNextBand, String source, boolean synthetic,
                                    Instant recordedAt, String recordedBy) {
}
