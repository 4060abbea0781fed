package org.yjhub.inspection.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "Recommendation", description = "A recommendation of an inspection; number is its order (1, 2, …). "
        + "addressee and/or owner as the report writes them; progress: what was reported against it, oldest first.")
public record RecommendationView(String id, String inspection, int number,
                                 @Schema(nullable = true, examples = "Buckinghamshire Youth Offending Service Board")
                                 String addressee,
                                 @Schema(nullable = true, examples = "YJS Manager") String owner,
                                 String text, List<ProgressView> progress, Instant createdAt, String createdBy) {

    @Schema(name = "RecommendationProgress", description = "Progress reported against a recommendation: the date of "
            + "the report that gave it, its text and source, and who recorded it when.")
    public record ProgressView(LocalDate reportedOn, String text, @Schema(nullable = true) String source,
                               Instant recordedAt, String recordedBy) {
    }
}
