package org.yjhub.inspection.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgressRequest", description = "A progress update; a field left out (or null) is unchanged. An empty "
        + "status sets the action to not rated; an empty progress clears it. At least one field is required.")
public record ProgressRequest(
        @Schema(description = "Progress so far", examples = "Protocol agreed by the board in July") String progress,
        @Schema(description = "GREEN, AMBER (alias YELLOW), RED or COMPLETE", examples = "COMPLETE") String status) {
}
