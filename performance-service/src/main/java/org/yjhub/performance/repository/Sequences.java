package org.yjhub.performance.repository;

import jakarta.persistence.SequenceGenerator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reserves row ids from pooled sequences in one statement, the way Hibernate's {@code pooled-lo} optimizer (Quarkus'
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

    /**
     * {@code countA} fresh ids from {@code a} and {@code countB} from {@code b}, ascending within each block, reserved
     * in one statement (one round trip for a write that needs both).
     */
    static long[][] reserve(Connection c, Pooled a, int countA, Pooled b, int countB) throws SQLException {
        int blocksA = blocks(a, countA);
        int blocksB = blocks(b, countB);
        List<Long> lowsA = new ArrayList<>(blocksA);
        List<Long> lowsB = new ArrayList<>(blocksB);
        // the names are constants of this class, never client input
        try (PreparedStatement ps = c.prepareStatement("SELECT 0, nextval('" + a.name() + "') FROM generate_series(1, ?) "
                + "UNION ALL SELECT 1, nextval('" + b.name() + "') FROM generate_series(1, ?)")) {
            ps.setInt(1, blocksA);
            ps.setInt(2, blocksB);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    (rs.getInt(1) == 0 ? lowsA : lowsB).add(rs.getLong(2));
                }
            }
        }
        return new long[][] {ids(a, lowsA, countA), ids(b, lowsB, countB)};
    }

    private static int blocks(Pooled sequence, int count) {
        return (count + sequence.increment() - 1) / sequence.increment();
    }

    private static long[] ids(Pooled sequence, List<Long> lows, int count) {
        long[] ids = new long[count];
        int i = 0;
        for (long low : lows) {
            for (long id = low; id < low + sequence.increment() && i < count; id++) {
                ids[i++] = id;
            }
        }
        if (i != count) {
            throw new IllegalStateException("reserved " + i + " ids of " + count + " from " + sequence.name());
        }
        return ids;
    }
}
