package org.yjhub.budget.domain;

/** One broken rule: the field as a JSON path ({@code contributions[2].staff}) and a message that says how to fix it. */
public record Violation(String field, String message) {
}
