package org.yjhub.kit.problem;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.transaction.RollbackException;
import org.jboss.resteasy.reactive.server.ExceptionUnwrapStrategy;
import org.jboss.resteasy.reactive.server.UnwrapException;

/**
 * In every service, a database constraint that only fails when the transaction commits (batched inserts are flushed
 * then) reaches JAX-RS wrapped: {@code ArcUndeclaredThrowableException} → {@code RollbackException} → Hibernate's
 * {@code ConstraintViolationException}. Unwrapping them lets the kit's problem mappers see the cause, so a unique
 * constraint that stops a concurrent or stray write is a 409 problem, not a 500.
 */
@UnwrapException(value = {ArcUndeclaredThrowableException.class, RollbackException.class},
        strategy = ExceptionUnwrapStrategy.UNWRAP_IF_NO_EXACT_MATCH)
public final class CommitFailures {

    private CommitFailures() {
    }
}
