package org.yjhub.kit.revision;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Head locks on a real PostgreSQL: created when missing, queued when contended, deadlock-free in batches. */
@QuarkusTest
class HeadLocksTest {

    /** A head table as the services have them: two key columns, a revision, and a column with a default. */
    private static final HeadLocks.Table HEADS = HeadLocks.Table.of("kit_test_head", "team", "period");
    private static final HeadLocks.Table SINGLE = HeadLocks.Table.of("kit_test_single_head", "id");

    @Inject
    HeadLocks locks;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void tables() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS kit_test_head (team VARCHAR(100) NOT NULL, period VARCHAR(10) NOT NULL, "
                    + "revision BIGINT NOT NULL DEFAULT 0 CHECK (revision >= 0), version BIGINT NOT NULL DEFAULT 0, "
                    + "PRIMARY KEY (team, period))");
            s.execute("CREATE TABLE IF NOT EXISTS kit_test_single_head (id VARCHAR(64) PRIMARY KEY, revision BIGINT NOT NULL)");
        }
    }

    private static String team() {
        return "team-" + UUID.randomUUID();
    }

    private long revision(HeadLocks.Table table, HeadLocks.Key key) {
        return QuarkusTransaction.requiringNew().call(() -> locks.lock(table, key).revision());
    }

    @Test
    void aMissingHeadIsCreatedAtRevisionZeroAndAnExistingOneGivesItsRevision() {
        HeadLocks.Key a = HeadLocks.Key.of(team(), "2019-20");
        HeadLocks.Key b = HeadLocks.Key.of(team(), "2020-21");
        Map<HeadLocks.Key, HeadLocks.Head> first = QuarkusTransaction.requiringNew().call(() -> {
            Map<HeadLocks.Key, HeadLocks.Head> heads = locks.lock(HEADS, List.of(a, b, a));
            locks.advance(HEADS, Map.of(a, 1L));
            return heads;
        });
        assertThat(first).hasSize(2);
        assertThat(first.get(a).exists()).isFalse();
        assertThat(first.get(b).revision()).isZero();

        assertThat(revision(HEADS, a)).isEqualTo(1);
        assertThat(revision(HEADS, b)).isZero();
    }

    @Test
    void aRolledBackLockLeavesNoHead() {
        HeadLocks.Key key = HeadLocks.Key.of(team(), "2019-20");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            locks.lock(HEADS, key);
            throw new IllegalStateException("the write is rejected");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count("kit_test_head", "team", key.get(0))).isZero();
    }

    @Test
    void concurrentFirstWritersQueueOnTheHeadAndTheSecondSeesTheFirstsRevision() throws Exception {
        HeadLocks.Key key = HeadLocks.Key.of(team(), "2019-20");
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> first = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                long seen = locks.lock(HEADS, key).revision();
                firstHoldsTheLock.countDown();
                Thread.sleep(300);
                locks.advance(HEADS, Map.of(key, seen + 1));
                return seen;
            }));
            assertThat(firstHoldsTheLock.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Long> second = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                long seen = locks.lock(HEADS, key).revision();
                locks.advance(HEADS, Map.of(key, seen + 1));
                return seen;
            }));
            assertThat(first.get(30, TimeUnit.SECONDS)).isZero();
            assertThat(second.get(30, TimeUnit.SECONDS)).as("waited for the first and saw its commit").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(revision(HEADS, key)).isEqualTo(2);
    }

    @Test
    void overlappingBatchesGivenInOppositeOrdersNeitherDeadlockNorLoseARevision() throws Exception {
        String team = team();
        List<HeadLocks.Key> keys = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            keys.add(HeadLocks.Key.of(team, String.format("p%03d", i)));
        }
        List<HeadLocks.Key> reversed = new ArrayList<>(keys);
        Collections.reverse(reversed);
        int rounds = 5;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> loads = new ArrayList<>();
            for (List<HeadLocks.Key> order : List.of(keys, reversed)) {
                loads.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        QuarkusTransaction.requiringNew().run(() -> {
                            Map<HeadLocks.Key, HeadLocks.Head> heads = locks.lock(HEADS, order);
                            Map<HeadLocks.Key, Long> next = new java.util.HashMap<>();
                            heads.forEach((k, h) -> next.put(k, h.revision() + 1));
                            locks.advance(HEADS, next);
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> load : loads) {
                load.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<HeadLocks.Key, HeadLocks.Head> after = QuarkusTransaction.requiringNew().call(() -> locks.lock(HEADS, keys));
        assertThat(after.values()).extracting(HeadLocks.Head::revision).containsOnly(2L * rounds);
    }

    @Test
    void aSingleColumnKeyWorksToo() {
        HeadLocks.Key key = HeadLocks.Key.of(UUID.randomUUID().toString());
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(locks.lock(SINGLE, key).revision()).isZero();
            locks.advance(SINGLE, Map.of(key, 7L));
        });
        assertThat(revision(SINGLE, key)).isEqualTo(7);
    }

    @Test
    void advancingAHeadThatWasNeverLockedIsABug() {
        HeadLocks.Key key = HeadLocks.Key.of(team(), "2019-20");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> locks.advance(HEADS, Map.of(key, 1L))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lock them first");
    }

    @Test
    void aKeyThatDoesNotFitTheTableIsRefused() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> locks.lock(HEADS, HeadLocks.Key.of("only-a-team"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
        assertThat(QuarkusTransaction.requiringNew().call(() -> locks.lock(HEADS, List.of()))).isEmpty();
    }

    @Test
    void tableNamesArePlainIdentifiers() {
        assertThatThrownBy(() -> HeadLocks.Table.of("kpi_return; drop table x", "team"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HeadLocks.Table.of("kpi_return")).isInstanceOf(IllegalArgumentException.class);
        assertThat(HeadLocks.Table.of("kpi_return", "team", "quarter").revisionColumn()).isEqualTo("revision");
        assertThat(HeadLocks.Key.of("milton-keynes", "2019-20-Q4")).hasToString("milton-keynes/2019-20-Q4");
    }

    private long count(String table, String column, String value) {
        try (Connection c = dataSource.getConnection();
             var ps = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE " + column + " = ?")) {
            ps.setString(1, value);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
