package org.yjhub.performance.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Array;
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
 * any missing head (revision 0, "nothing yet") with {@code INSERT ... ON CONFLICT DO NOTHING} and then takes
 * {@code SELECT ... FOR UPDATE} on all of them in one ordered statement, so that concurrent writers of the same
 * aggregate queue up (each sees the revision its predecessor committed) and overlapping bulk loads cannot deadlock.
 * Runs on the transaction's own connection (plain JDBC, one statement whatever the number of keys).
 */
@ApplicationScoped
public class HeadLocks {

    /** The head table, its period column and the revision table of each aggregate. Constants, never client input. */
    public enum Aggregate {
        RETURN("kpi_return", "quarter", "kpi_return_revision"),
        TARGETS("kpi_targets", "financial_year", "kpi_targets_revision");

        final String head;
        final String period;
        final String revisions;

        Aggregate(String head, String period, String revisions) {
            this.head = head;
            this.period = period;
            this.revisions = revisions;
        }
    }

    public record Key(String team, String period) {
    }

    /** A locked head: the current revision (0 when none) and the id of that revision's row (null when none). */
    public record Head(Key key, long revision, Long latestRevisionId) {
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
            Array teams = c.createArrayOf("varchar", distinct.stream().map(Key::team).toArray());
            Array periods = c.createArrayOf("varchar", distinct.stream().map(Key::period).toArray());
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + aggregate.head + " (team, " + aggregate.period
                    + ", revision) SELECT k.team, k.period, 0 FROM unnest(?::varchar[], ?::varchar[]) AS k(team, period) "
                    + "ORDER BY k.team, k.period ON CONFLICT (team, " + aggregate.period + ") DO NOTHING")) {
                insert.setArray(1, teams);
                insert.setArray(2, periods);
                insert.executeUpdate();
            }
            // Lock first; under READ COMMITTED a writer that waited here sees the head its predecessor committed. The
            // revision ids are read by a second statement: a join inside the locking statement would still return the
            // joined rows of the older snapshot.
            Map<Key, Long> revisions = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT h.team, h." + aggregate.period + ", h.revision FROM "
                    + aggregate.head + " h JOIN unnest(?::varchar[], ?::varchar[]) AS k(team, period) ON h.team = k.team AND h."
                    + aggregate.period + " = k.period ORDER BY h.team, h." + aggregate.period + " FOR UPDATE OF h")) {
                select.setArray(1, teams);
                select.setArray(2, periods);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        revisions.put(new Key(rs.getString(1), rs.getString(2)), rs.getLong(3));
                    }
                }
            }
            Map<Key, Long> latestIds = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT r.team, r." + aggregate.period + ", r.id FROM "
                    + aggregate.head + " h JOIN unnest(?::varchar[], ?::varchar[]) AS k(team, period) ON h.team = k.team AND h."
                    + aggregate.period + " = k.period JOIN " + aggregate.revisions + " r ON r.team = h.team AND r."
                    + aggregate.period + " = h." + aggregate.period + " AND r.revision = h.revision")) {
                select.setArray(1, teams);
                select.setArray(2, periods);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        latestIds.put(new Key(rs.getString(1), rs.getString(2)), rs.getLong(3));
                    }
                }
            }
            Map<Key, Head> heads = new HashMap<>();
            revisions.forEach((key, revision) -> heads.put(key, new Head(key, revision, latestIds.get(key))));
            heads.values().stream().filter(h -> h.exists() && h.latestRevisionId() == null).findAny().ifPresent(h -> {
                throw new IllegalStateException("head " + h.key() + " is at revision " + h.revision() + " but that revision is missing");
            });
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
