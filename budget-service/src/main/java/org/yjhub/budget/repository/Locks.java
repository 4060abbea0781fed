package org.yjhub.budget.repository;

import jakarta.persistence.EntityManager;

/**
 * Transaction-scoped PostgreSQL advisory locks: held from the call until commit or rollback, so writers of the same
 * key run one after another. Two different keys may hash alike; that only makes them wait for each other.
 */
final class Locks {

    private Locks() {
    }

    static void lock(EntityManager em, String key) {
        em.createNativeQuery("SELECT count(*) FROM pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, key)
                .getSingleResult();
    }
}
