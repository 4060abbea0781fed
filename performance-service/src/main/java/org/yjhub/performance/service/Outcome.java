package org.yjhub.performance.service;

/** What a write did: the first revision, a new revision, or nothing because the content was identical. */
public enum Outcome {
    CREATED,
    REVISED,
    UNCHANGED
}
