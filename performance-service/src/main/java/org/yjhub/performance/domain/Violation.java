package org.yjhub.performance.domain;

/**
 * One broken rule: the field (a JSON path such as {@code values[2].numerator}, or a CSV column) and why. {@code row} is
 * the 1-based data row of a CSV file (the header is not counted), null for JSON bodies.
 */
public record Violation(Integer row, String field, String message) {

    public static Violation of(String field, String message) {
        return new Violation(null, field, message);
    }

    public static Violation atRow(int row, String field, String message) {
        return new Violation(row, field, message);
    }
}
