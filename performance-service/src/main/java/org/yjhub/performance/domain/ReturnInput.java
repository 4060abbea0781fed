package org.yjhub.performance.domain;

import java.util.List;

/** A return as the client sent it: the values, and the optional provenance. */
public record ReturnInput(List<ValueInput> values, String source, Boolean synthetic) {
}
