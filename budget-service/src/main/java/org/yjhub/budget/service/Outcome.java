package org.yjhub.budget.service;

/** What a PUT did: created the first revision (201), added a revision (200) or found identical content (200). */
public enum Outcome {
    CREATED,
    REVISED,
    UNCHANGED
}
