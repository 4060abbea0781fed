package org.yjhub.performance.domain;

/** Where a checked item sits in the request, so that a rule can name the failing field the way the client sees it. */
@FunctionalInterface
public interface Place {

    Violation violation(String field, String message);

    /** An element of a JSON array: {@code values[3].numerator}. */
    static Place element(String array, int index) {
        return (field, message) -> Violation.of(array + "[" + index + "]." + field, message);
    }

    /** A data row of a CSV file: the row number and the column name. */
    static Place row(int row) {
        return (field, message) -> Violation.atRow(row, field, message);
    }
}
