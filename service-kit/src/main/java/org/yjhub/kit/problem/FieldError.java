package org.yjhub.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One validation failure: the field (a JSON path such as {@code values[2].numerator}) and why; {@code row} for CSV. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(Integer row, String field, String message) {

    public static FieldError of(String field, String message) {
        return new FieldError(null, field, message);
    }

    public static FieldError atRow(int row, String field, String message) {
        return new FieldError(row, field, message);
    }
}
