package org.yjhub.inspection.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjhub.common.bounds.Bounds;

import java.math.BigDecimal;
import java.util.Map;

@Schema(name = "InspectionRequest", description = """
        An inspection record (POST) or its full corrected record (PUT). \
        Dates: each is a full ISO date (2021-08-10) or, when the published paper gives only the month, a year-month \
        (2021-08); it is returned in the form given. fieldworkStart and fieldworkEnd are optional for every framework \
        (give both or neither, both to the day or both to the month); publishedOn is optional when the paper gives \
        none, but an inspection needs the publication date, the fieldwork dates or both. \
        ratings: one per standard of the framework (all required); scores: optional whole percentages per \
        standard where the framework takes them (hmip-cci-2009); overall: optional for hmip-youth-2018 (must agree \
        with the computed one), required for hmip-headline, absent for hmip-cci-2009.""")
public record InspectionRequest(
        @Schema(description = "Team code (GET /api/v1/teams)", examples = "milton-keynes", pattern = Bounds.SLUG, maxLength = Bounds.CODE_LENGTH)
        String team,
        @Schema(description = "Framework id (GET /api/v1/frameworks)", examples = "hmip-youth-2018", pattern = Bounds.SLUG, maxLength = Bounds.CODE_LENGTH)
        String framework,
        @Schema(description = "First day (or month) of fieldwork; optional, with fieldworkEnd. 2021-05-10, or 2021-05 "
                + "when only the month is known", pattern = PartialDates.PATTERN, maxLength = PartialDates.LENGTH, examples = "2021-05")
        String fieldworkStart,
        @Schema(description = "Last day (or month) of fieldwork, in the same form as fieldworkStart and not before it",
                pattern = PartialDates.PATTERN, maxLength = PartialDates.LENGTH, examples = "2021-05")
        String fieldworkEnd,
        @Schema(description = """
                Publication date (2021-08-10) or month (2021-08) of the report: not before the \
                fieldwork (compared by month when either is a month), not in the future (a month: not after the \
                current month). Leave it out when the paper gives none (Merton 2011 gives only the fieldwork \
                month); then the fieldwork dates are required""", pattern = PartialDates.PATTERN, maxLength = PartialDates.LENGTH,
                examples = "2021-08")
        String publishedOn,
        @Schema(description = "Standard id → rating value", maxProperties = MAX_STANDARDS,
                additionalProperties = RatingValue.class) Map<String, String> ratings,
        @Schema(description = "Standard id → whole percentage 0–100 (hmip-cci-2009 only)", maxProperties = MAX_STANDARDS,
                additionalProperties = Percentage.class) Map<String, BigDecimal> scores,
        @Schema(description = "Overall rating", examples = "GOOD", pattern = Bounds.RATING, maxLength = Bounds.RATING_LENGTH)
        String overall,
        @Schema(description = "Free-text provenance", examples = "HMIP inspection report, Milton Keynes, August 2021",
                pattern = Bounds.PLAIN_TEXT, maxLength = Bounds.SOURCE_LENGTH)
        String source,
        @Schema(description = "True for made-up data (default false)") Boolean synthetic) {

    /** The most ratings or scores a record may give: one per standard, with room for larger frameworks. */
    static final int MAX_STANDARDS = 100;

    /** A rating value of the framework's scale (an unknown one is refused, 422), as the document declares it. */
    @Schema(name = "RatingValueInput", type = SchemaType.STRING, pattern = Bounds.RATING, maxLength = Bounds.RATING_LENGTH,
            examples = "GOOD")
    static final class RatingValue {
        private RatingValue() {
        }
    }

    /** A whole percentage 0–100 (the framework's scores range, checked by the service), as the document declares it. */
    @Schema(name = "Percentage", type = SchemaType.NUMBER, minimum = "0", maximum = "100", examples = "85")
    static final class Percentage {
        private Percentage() {
        }
    }
}
