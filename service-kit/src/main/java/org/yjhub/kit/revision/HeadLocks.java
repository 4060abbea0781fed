package org.yjhub.kit.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serialises the writers of revisioned aggregates on their head rows (one row per aggregate holding its current
 * revision, 0 for "nothing yet"): {@link #lock} creates any missing head and locks every head it is given in one
 * ordered {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING} on the transaction's connection.
 * <p>
 * Chosen over {@code SELECT ... FOR UPDATE} (cannot lock a row that does not exist yet, so two first writes race) and
 * advisory locks (one lock-table slot per key, no revision returned): it serves a first write, a single aggregate and
 * a national bulk load alike, in one round trip, in key order (no deadlocks), and returns the revision to check.
 * <p>
 * Under READ COMMITTED a writer that waited works on the row as its predecessor committed it, so the revision returned
 * is current. Read the revision's content with a <em>later</em> statement of the same transaction: a statement's
 * snapshot is taken when it starts, so the one that had to wait would not see what its predecessor committed meanwhile.
 */
@ApplicationScoped
public class HeadLocks {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /**
     * A head table: character key columns with a unique constraint over exactly them, a bigint revision column that
     * accepts 0, and a default (or null) for every other column. Names are constants of the code, never client input.
     */
    public record Table(String name, List<String> keyColumns, String revisionColumn) {

        public Table {
            keyColumns = List.copyOf(keyColumns);
            if (keyColumns.isEmpty()) {
                throw new IllegalArgumentException("a head table needs at least one key column");
            }
            for (String identifier : concat(List.of(name, revisionColumn), keyColumns)) {
                if (!IDENTIFIER.matcher(identifier).matches()) {
                    throw new IllegalArgumentException("not a plain lower-case SQL identifier: " + identifier);
                }
            }
        }

        /** A head table whose revision column is {@code revision}. */
        public static Table of(String name, String... keyColumns) {
            return new Table(name, List.of(keyColumns), "revision");
        }
    }

    /** An aggregate's key: one value (never null) per key column of its table, in the table's order. */
    public record Key(List<String> values) {

        public Key {
            values = List.copyOf(values);
        }

        public static Key of(String... values) {
            return new Key(List.of(values));
        }

        public String get(int index) {
            return values.get(index);
        }

        @Override
        public String toString() {
            return String.join("/", values);
        }
    }

    /** A locked head: the aggregate's current revision, 0 when it has none yet. */
    public record Head(Key key, long revision) {

        public boolean exists() {
            return revision > 0;
        }
    }

    @Inject
    EntityManager em;

    /** Locks the head of one aggregate (creating it at revision 0 when missing) until the transaction ends. */
    public Head lock(Table table, Key key) {
        return lock(table, List.of(key)).get(key);
    }

    /**
     * Locks the heads of the keys (creating missing ones at revision 0) until the transaction ends, in key order.
     *
     * @return every key's head
     */
    public Map<Key, Head> lock(Table table, Collection<Key> keys) {
        List<Key> distinct = distinct(table, keys);
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return em.unwrap(Session.class).doReturningWork(c -> upsert(c, table, distinct));
    }

    /** Moves locked heads to their new revisions, in one statement. */
    public void advance(Table table, Map<Key, Long> revisions) {
        if (revisions.isEmpty()) {
            return;
        }
        List<Map.Entry<Key, Long>> entries = List.copyOf(revisions.entrySet());
        entries.forEach(e -> checkFits(table, e.getKey()));
        em.unwrap(Session.class).doWork(c -> update(c, table, entries));
    }

    private static Map<Key, Head> upsert(Connection c, Table table, List<Key> keys) throws SQLException {
        List<String> k = aliases(table);
        String columns = String.join(", ", table.keyColumns());
        // the no-op update is what takes the row lock (and, after a wait, reads the committed revision)
        String sql = "INSERT INTO " + table.name() + " AS h (" + columns + ", " + table.revisionColumn() + ") SELECT "
                + String.join(", ", k.stream().map(a -> "k." + a).toList()) + ", 0 FROM unnest("
                + String.join(", ", k.stream().map(a -> "?::varchar[]").toList()) + ") AS k(" + String.join(", ", k)
                + ") ORDER BY " + String.join(", ", k.stream().map(a -> "k." + a).toList())
                + " ON CONFLICT (" + columns + ") DO UPDATE SET " + table.revisionColumn() + " = h." + table.revisionColumn()
                + " RETURNING " + String.join(", ", table.keyColumns().stream().map(col -> "h." + col).toList())
                + ", h." + table.revisionColumn();
        Map<Key, Head> heads = new HashMap<>(keys.size() * 4 / 3 + 1);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindKeys(c, ps, table, keys);
            try (ResultSet rs = ps.executeQuery()) {
                int width = table.keyColumns().size();
                while (rs.next()) {
                    String[] values = new String[width];
                    for (int i = 0; i < width; i++) {
                        values[i] = rs.getString(i + 1);
                    }
                    Key key = Key.of(values);
                    heads.put(key, new Head(key, rs.getLong(width + 1)));
                }
            }
        }
        if (heads.size() != keys.size()) {
            throw new IllegalStateException("locked " + heads.size() + " heads of " + keys.size() + " in " + table.name());
        }
        return heads;
    }

    private static void update(Connection c, Table table, List<Map.Entry<Key, Long>> entries) throws SQLException {
        List<String> k = aliases(table);
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < k.size(); i++) {
            where.append(i == 0 ? "" : " AND ").append("h.").append(table.keyColumns().get(i)).append(" = k.").append(k.get(i));
        }
        String sql = "UPDATE " + table.name() + " h SET " + table.revisionColumn() + " = k.revision FROM unnest("
                + String.join(", ", k.stream().map(a -> "?::varchar[]").toList()) + ", ?::bigint[]) AS k("
                + String.join(", ", k) + ", revision) WHERE " + where;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindKeys(c, ps, table, entries.stream().map(Map.Entry::getKey).toList());
            ps.setArray(k.size() + 1, c.createArrayOf("bigint", entries.stream().map(Map.Entry::getValue).toArray()));
            int updated = ps.executeUpdate();
            if (updated != entries.size()) {
                throw new IllegalStateException("advanced " + updated + " heads of " + entries.size() + " in " + table.name()
                        + "; lock them first");
            }
        }
    }

    private static void bindKeys(Connection c, PreparedStatement ps, Table table, List<Key> keys) throws SQLException {
        for (int i = 0; i < table.keyColumns().size(); i++) {
            int column = i;
            ps.setArray(i + 1, c.createArrayOf("varchar", keys.stream().map(key -> key.get(column)).toArray()));
        }
    }

    private static List<Key> distinct(Table table, Collection<Key> keys) {
        List<Key> distinct = keys.stream().distinct().toList();
        distinct.forEach(key -> checkFits(table, key));
        return distinct;
    }

    private static void checkFits(Table table, Key key) {
        if (key.values().size() != table.keyColumns().size()) {
            throw new IllegalArgumentException("key " + key.values() + " does not fit " + table.name() + " " + table.keyColumns());
        }
    }

    /** Column aliases of the unnested key arrays: k1, k2, ... (never clash with the table's own names). */
    private static List<String> aliases(Table table) {
        List<String> aliases = new ArrayList<>();
        for (int i = 1; i <= table.keyColumns().size(); i++) {
            aliases.add("k" + i);
        }
        return aliases;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
