package org.yjhub.performance.repository;

import jakarta.persistence.SequenceGenerator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reserves row ids from a pooled sequence in one statement, the way Hibernate's {@code pooled-lo} optimizer (Quarkus'
 * default) uses it: each {@code nextval} {@code v} hands out the block {@code v .. v + increment - 1}, where increment is
 * the sequence's {@code INCREMENT BY} and the entity's {@code allocationSize} (Hibernate validates that they agree).
 * Blocks never overlap whoever else draws from the sequence, so ids stay unique across instances.
 */
final class Sequences {

    /** A sequence and the block each {@code nextval} reserves; read from the entity's mapping. */
    record Pooled(String name, int increment) {

        static Pooled of(Class<?> entity) {
            try {
                SequenceGenerator generator = entity.getField("id").getAnnotation(SequenceGenerator.class);
                return new Pooled(generator.sequenceName(), generator.allocationSize());
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(entity + " has no id field", e);
            }
        }
    }

    static final Pooled RETURN_REVISION = Pooled.of(ReturnRevisionEntity.class);
    static final Pooled RETURN_VALUE = Pooled.of(ReturnValueEntity.class);

    private Sequences() {
    }

    /** {@code count} fresh ids, ascending within each block. */
    static long[] reserve(Connection c, Pooled sequence, int count) throws SQLException {
        long[] ids = new long[count];
        if (count == 0) {
            return ids;
        }
        int blocks = (count + sequence.increment() - 1) / sequence.increment();
        // the name is a constant of this class, never client input
        try (PreparedStatement ps = c.prepareStatement("SELECT nextval('" + sequence.name() + "') FROM generate_series(1, ?)")) {
            ps.setInt(1, blocks);
            try (ResultSet rs = ps.executeQuery()) {
                int i = 0;
                while (rs.next() && i < count) {
                    long low = rs.getLong(1);
                    for (long id = low; id < low + sequence.increment() && i < count; id++) {
                        ids[i++] = id;
                    }
                }
                if (i != count) {
                    throw new IllegalStateException("reserved " + i + " ids of " + count + " from " + sequence.name());
                }
            }
        }
        return ids;
    }
}
