package org.yjhub.kit.revision;

/**
 * A write's result: the resource as it now is, what the write did, and the number its ETag carries (its revision, or
 * a version that runs ahead of it).
 */
public record Written<T>(T current, Outcome outcome, long version) {

    public boolean created() {
        return outcome == Outcome.CREATED;
    }

    public boolean changed() {
        return outcome != Outcome.UNCHANGED;
    }
}
