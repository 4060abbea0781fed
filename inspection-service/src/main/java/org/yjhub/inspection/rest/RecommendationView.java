package org.yjhub.inspection.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Recommendation", description = "A recommendation of an inspection; number is its order (1, 2, …).")
public record RecommendationView(String id, String inspection, int number, String addressee, String text,
                                 Instant createdAt, String createdBy) {
}
