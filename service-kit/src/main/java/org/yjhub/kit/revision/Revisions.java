package org.yjhub.kit.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yjhub.kit.http.Preconditions;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One write of a revisioned aggregate whose head row holds its current revision, the same in every service: lock the
 * head ({@link HeadLocks}, created at revision 0 when missing), check the client's preconditions against the current
 * revision (412), and then either store nothing, when the content is identical to the current revision's, or store
 * the next revision (with its event) and move the head to it. A service brings only its aggregate's rules: how to read
 * the current revision, what counts as identical, and how to build and store the next one.
 */
@ApplicationScoped
public class Revisions {

    @Inject
    HeadLocks heads;

    /** An aggregate's revisions, oldest first; {@code none} (a 404) when it has none. */
    public static <T> List<T> existing(List<T> revisions, Supplier<? extends RuntimeException> none) {
        if (revisions.isEmpty()) {
            throw none.get();
        }
        return revisions;
    }

    /**
     * @param what      the aggregate, for the 412's message ("the return for milton-keynes 2019-20-Q4")
     * @param current   reads the current revision of the locked head (called only when it has one)
     * @param unchanged whether the write's content is that of the current revision
     * @param next      the next revision, given its number
     * @param store     stores the next revision and records its event, in the caller's transaction
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Written<T> write(HeadLocks.Table table, HeadLocks.Key key, String what, Preconditions preconditions,
                                Function<HeadLocks.Head, T> current, Predicate<T> unchanged, LongFunction<T> next,
                                Consumer<T> store) {
        HeadLocks.Head head = heads.lock(table, key);
        preconditions.checkWrite(what, head.revision());
        if (head.exists()) {
            T existing = current.apply(head);
            if (unchanged.test(existing)) {
                return new Written<>(existing, Outcome.UNCHANGED, head.revision());
            }
        }
        long revision = head.revision() + 1;
        T created = next.apply(revision);
        store.accept(created);
        heads.advance(table, Map.of(key, revision));
        return new Written<>(created, head.exists() ? Outcome.REVISED : Outcome.CREATED, revision);
    }
}
