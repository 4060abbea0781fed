package org.yjhub.performance.domain;

import java.util.List;

/** A comparator group's definition as the client sent it; any part may be missing. */
public record GroupInput(String name, String description, List<String> teams, String source) {
}
