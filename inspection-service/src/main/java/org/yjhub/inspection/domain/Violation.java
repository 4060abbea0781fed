package org.yjhub.inspection.domain;

/** One broken rule: the request field it concerns (a path such as {@code ratings.1.4}) and why. */
public record Violation(String field, String message) {
}
