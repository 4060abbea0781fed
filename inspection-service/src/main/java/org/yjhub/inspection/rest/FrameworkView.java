package org.yjhub.inspection.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Framework", description = """
        An inspection framework, as data: its standards (grouped in domains), the \
        rating values with their points, whether it has a score and its bands, how the overall rating arises \
        (COMPUTED from the score's band, SUPPLIED as published, or NONE), and whether it takes percentage scores. \
        Fieldwork dates are optional under every framework.""")
public record FrameworkView(String id, String name, String version, LocalDate validFrom, LocalDate validTo,
                            String description, List<DomainView> domains,
                            List<RatingValueView> ratingValues, boolean hasScore, Integer maxScore,
                            String scoringMethod, List<BandView> bands, String overallMode,
                            List<RatingValueView> overallValues, PercentagesView scores, List<String> notes) {

    @Schema(name = "FrameworkDomain")
    public record DomainView(String id, String name, List<StandardView> standards) {
    }

    @Schema(name = "FrameworkStandard", description = "required: every inspection rates it; scored: its points count "
            + "towards the score.")
    public record StandardView(String id, String name, boolean required, boolean scored) {
    }

    @Schema(name = "RatingValue", description = "points is null where the framework does not score.")
    public record RatingValueView(String value, String label, Integer points) {
    }

    @Schema(name = "ScoreBand", description = "An inclusive score range and the overall rating it gives.")
    public record BandView(int min, int max, String overall) {
    }

    @Schema(name = "PercentageScores", description = "The range of the optional per-standard percentages.")
    public record PercentagesView(int min, int max) {
    }
}
