package org.yjhub.kit.revision;

/** What a write of a revisioned resource did: stored its first revision, a new revision, or nothing (identical content). */
public enum Outcome {
    CREATED,
    REVISED,
    UNCHANGED
}
