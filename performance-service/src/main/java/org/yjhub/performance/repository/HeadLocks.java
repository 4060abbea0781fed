package org.yjhub.performance.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-aggregate head rows ({@code kpi_return}, {@code kpi_targets}) that serialise writers. {@link #lock} creates
 * any missing head (revision 0, "nothing yet") and locks every head in one ordered
 * {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING} statement, so that concurrent writers of the same aggregate
 * queue up (each sees the revision its predecessor committed: under READ COMMITTED the conflict path waits for the
 * row's lock and then works on its latest committed version) and overlapping bulk loads cannot deadlock (rows are
 * locked in key order). Runs on the transaction's own connection (plain JDBC, one statement whatever the number of
 * keys).
 */
@ApplicationScoped
public class HeadLocks {

    /** The head table, its period column and the revision table of each aggregate. Constants, never client input. */
    public enum Aggregate {
        RETURN("kpi_return", "quarter"),
        TARGETS("kpi_targets", "financial_year");

        final String head;
        final String period;

        Aggregate(String head, String period) {
            this.head = head;
            this.period = period;
        }
    }

    public record Key(String team, String period) {
    }

    /**
     * A locked head: the current revision, 0 when there is none yet. Read the current revision's content with a later
     * statement of the same transaction: a statement's snapshot is taken when it starts, so one that had to wait for
     * the lock would not see the rows its predecessor committed meanwhile.
     */
    public record Head(Key key, long revision) {
        public boolean exists() {
            return revision > 0;
        }
    }

    @Inject
    EntityManager em;

    /** Locks the heads of the keys (creating missing ones) until the transaction ends. */
    public Map<Key, Head> lock(Aggregate aggregate, Collection<Key> keys) {
        List<Key> distinct = keys.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return em.unwrap(Session.class).doReturningWork(c -> {
            Map<Key, Head> heads = new HashMap<>();
            // the no-op update is what takes the row lock (and, after a wait, reads the committed revision)
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO " + aggregate.head + " AS h (team, "
                    + aggregate.period + ", revision) SELECT k.team, k.period, 0 FROM unnest(?::varchar[], ?::varchar[]) "
                    + "AS k(team, period) ORDER BY k.team, k.period ON CONFLICT (team, " + aggregate.period + ") DO UPDATE "
                    + "SET revision = h.revision RETURNING h.team, h." + aggregate.period + ", h.revision")) {
                upsert.setArray(1, c.createArrayOf("varchar", distinct.stream().map(Key::team).toArray()));
                upsert.setArray(2, c.createArrayOf("varchar", distinct.stream().map(Key::period).toArray()));
                try (ResultSet rs = upsert.executeQuery()) {
                    while (rs.next()) {
                        Key key = new Key(rs.getString(1), rs.getString(2));
                        heads.put(key, new Head(key, rs.getLong(3)));
                    }
                }
            }
            if (heads.size() != distinct.size()) {
                throw new IllegalStateException("locked " + heads.size() + " heads of " + distinct.size());
            }
            return heads;
        });
    }

    /** Moves locked heads to their new revisions (one statement). */
    public void advance(Aggregate aggregate, Map<Key, Long> revisions) {
        if (revisions.isEmpty()) {
            return;
        }
        List<Map.Entry<Key, Long>> entries = List.copyOf(revisions.entrySet());
        em.unwrap(Session.class).doWork(c -> update(c, aggregate, entries));
    }

    private static void update(Connection c, Aggregate aggregate, List<Map.Entry<Key, Long>> entries) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + aggregate.head + " h SET revision = k.revision FROM "
                + "unnest(?::varchar[], ?::varchar[], ?::bigint[]) AS k(team, period, revision) WHERE h.team = k.team AND h."
                + aggregate.period + " = k.period")) {
            ps.setArray(1, c.createArrayOf("varchar", entries.stream().map(e -> e.getKey().team()).toArray()));
            ps.setArray(2, c.createArrayOf("varchar", entries.stream().map(e -> e.getKey().period()).toArray()));
            ps.setArray(3, c.createArrayOf("bigint", entries.stream().map(Map.Entry::getValue).toArray()));
            int updated = ps.executeUpdate();
            if (updated != entries.size()) {
                throw new IllegalStateException("advanced " + updated + " heads of " + entries.size());
            }
        }
    }
}
