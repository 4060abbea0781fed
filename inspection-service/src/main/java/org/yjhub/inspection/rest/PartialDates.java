package org.yjhub.inspection.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjhub.inspection.domain.PartialDate;

/** The API form of a date known to the day or only to the month (see {@link PartialDate}). */
final class PartialDates {

    /** A full ISO date or a year-month, for the OpenAPI schema. */
    static final String PATTERN = "^\\d{4}-\\d{2}(-\\d{2})?$";
    /** The longest a date in that form is (2021-08-10); PartialDate refuses anything else. */
    static final int LENGTH = 10;

    static final String IN_RESPONSES = "Dates are returned in the form they were recorded: a full date (2021-08-10), "
            + "or a year-month (2021-08) when the published paper gives only the month.";

    static final String FIELDWORK = "A fieldwork date: a full date, or a year-month when only the month is known "
            + "(both fieldwork dates have the same form); null when the paper does not state the fieldwork.";

    static final String PUBLISHED = "The publication date: a full date, or a year-month when only the month is known; "
            + "null when the paper gives none (the inspection then has fieldwork dates).";

    private PartialDates() {
    }

    /** The schema of a fieldwork date in an answer, named once for every answer that carries one. */
    @Schema(name = "FieldworkDate", type = SchemaType.STRING, pattern = PATTERN, maxLength = LENGTH, description = FIELDWORK,
            examples = "2021-05")
    static final class Fieldwork {
        private Fieldwork() {
        }
    }

    /** The schema of a publication date in an answer. */
    @Schema(name = "PublicationDate", type = SchemaType.STRING, pattern = PATTERN, maxLength = LENGTH, description = PUBLISHED,
            examples = "2021-08")
    static final class Published {
        private Published() {
        }
    }

    /** {@code 2021-08-10}, {@code 2021-08} for a month, or null. */
    static String text(PartialDate date) {
        return date == null ? null : date.toString();
    }
}
