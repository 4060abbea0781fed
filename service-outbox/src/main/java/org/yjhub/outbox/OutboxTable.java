package org.yjhub.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The relay's statements on the outbox table ({@code db/migration/V1_0__outbox.sql}), on a connection it manages. */
final class OutboxTable {

    /** An outbox row as it is published. */
    record Row(UUID id, String topic, String aggregateId, String eventType, Instant occurredAt, String payload) {
    }

    private OutboxTable() {
    }

    /**
     * Claims up to {@code limit} pending rows, oldest first, locking them for the connection's transaction and skipping
     * rows another instance holds ({@code FOR UPDATE SKIP LOCKED}) and the rows {@code excluded}.
     */
    static List<Row> claim(Connection c, Collection<UUID> excluded, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, topic, aggregate_id, event_type, occurred_at, payload "
                + "FROM outbox_event WHERE sent_at IS NULL AND id <> ALL (?) ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED")) {
            ps.setArray(1, c.createArrayOf("uuid", excluded.toArray()));
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), rs.getString(6)));
                }
                return rows;
            }
        }
    }

    /** Stamps the rows sent (in the connection's transaction, or on its own when the connection auto-commits). */
    static void markSent(Connection c, List<UUID> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_event SET sent_at = now() WHERE id = ANY (?) "
                + "AND sent_at IS NULL")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            ps.executeUpdate();
        }
    }

    static long countPending(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
