package org.yjhub.performance.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.yjhub.kit.revision.HeadLocks;
import org.yjhub.performance.domain.Amounts;
import org.yjhub.performance.domain.KpiReturn;
import org.yjhub.performance.domain.KpiValue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores and reads KPI return revisions. Writes only ever add rows (a revision is never changed). The write path and
 * {@link #current} (which a write uses to compare against the latest revision) are set-based JDBC on the transaction's
 * connection: whatever the number of revisions, one statement reserves ids, one inserts the revisions with their
 * values, and one query reads the current revisions back, so a single return and a national bulk load alike cost a
 * handful of round trips (each a wake-up of another process) instead of an entity per row.
 */
@ApplicationScoped
public class ReturnRepository {

    /** The returns' head rows: one per (team, quarter), holding the current revision. */
    public static final HeadLocks.Table HEADS = HeadLocks.Table.of("kpi_return", "team", "quarter");

    /** Ids per IN list, well below PostgreSQL's limit on bind parameters. */
    private static final int CHUNK = 5_000;

    @Inject
    EntityManager em;

    public Optional<KpiReturn> latest(String team, String quarter) {
        Optional<ReturnRevisionEntity> head = ReturnRevisionEntity
                .<ReturnRevisionEntity>find("team = ?1 and quarter = ?2 order by revision desc", team, quarter)
                .firstResultOptional();
        return head.map(r -> toDomain(r, values(List.of(r.id)).getOrDefault(r.id, List.of())));
    }

    /** Every revision, oldest first; empty when the team has no return for the quarter. */
    public List<KpiReturn> history(String team, String quarter) {
        List<ReturnRevisionEntity> revisions = ReturnRevisionEntity.list("team = ?1 and quarter = ?2 order by revision", team, quarter);
        Map<Long, List<KpiValue>> values = values(revisions.stream().map(r -> r.id).toList());
        return revisions.stream().map(r -> toDomain(r, values.getOrDefault(r.id, List.of()))).toList();
    }

    /**
     * The current revision of each locked head that has one (revision 0 has none), keyed by the head's key, each with
     * its values in stored order: one query, whatever the number of heads. Call it after {@link HeadLocks#lock}, in the
     * same transaction (its statement then sees what the writers before it committed).
     */
    public Map<HeadLocks.Key, KpiReturn> current(Collection<HeadLocks.Head> heads) {
        List<HeadLocks.Head> existing = heads.stream().filter(HeadLocks.Head::exists).toList();
        if (existing.isEmpty()) {
            return Map.of();
        }
        Map<HeadLocks.Key, KpiReturn> current = em.unwrap(Session.class).doReturningWork(c -> read(c, existing));
        if (current.size() != existing.size()) {
            HeadLocks.Head missing = existing.stream().filter(h -> !current.containsKey(h.key())).findFirst().orElseThrow();
            throw new IllegalStateException("head " + missing.key() + " is at revision " + missing.revision()
                    + " but that revision is missing");
        }
        return current;
    }

    private static Map<HeadLocks.Key, KpiReturn> read(Connection c, List<HeadLocks.Head> heads) throws SQLException {
        Map<Long, RevisionRow> revisions = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.team, r.quarter, r.revision, r.submitted_at, "
                + "r.submitted_by, r.source, r.synthetic, v.indicator, v.numerator, v.denominator, v.rate "
                + "FROM unnest(?::varchar[], ?::varchar[], ?::bigint[]) AS k(team, quarter, revision) "
                + "JOIN kpi_return_revision r ON r.team = k.team AND r.quarter = k.quarter AND r.revision = k.revision "
                + "LEFT JOIN kpi_return_value v ON v.revision_id = r.id ORDER BY r.id, v.id")) {
            ps.setArray(1, c.createArrayOf("varchar", heads.stream().map(h -> h.key().get(0)).toArray()));
            ps.setArray(2, c.createArrayOf("varchar", heads.stream().map(h -> h.key().get(1)).toArray()));
            ps.setObject(3, heads.stream().mapToLong(HeadLocks.Head::revision).toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    RevisionRow row = revisions.get(id);
                    if (row == null) {
                        row = new RevisionRow(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getObject(5, OffsetDateTime.class),
                                rs.getString(6), rs.getString(7), rs.getBoolean(8), new ArrayList<>());
                        revisions.put(id, row);
                    }
                    String indicator = rs.getString(9);
                    if (indicator != null) {
                        row.values().add(new KpiValue(indicator, Amounts.normalise(rs.getBigDecimal(10)),
                                Amounts.normalise(rs.getBigDecimal(11)), Amounts.normalise(rs.getBigDecimal(12))));
                    }
                }
            }
        }
        Map<HeadLocks.Key, KpiReturn> result = new HashMap<>();
        for (RevisionRow r : revisions.values()) {
            result.put(HeadLocks.Key.of(r.team(), r.quarter()), new KpiReturn(r.team(), r.quarter(), r.revision(), r.values(),
                    r.submittedAt().toInstant(), r.submittedBy(), r.source(), r.synthetic()));
        }
        return result;
    }

    /** One revision as read, its values collected from the joined rows. */
    private record RevisionRow(String team, String quarter, long revision, OffsetDateTime submittedAt, String submittedBy,
                               String source, boolean synthetic, List<KpiValue> values) {
    }

    /**
     * Adds the revisions and their values: ids reserved from both tables' sequences in one statement, then one
     * statement that inserts the revisions and, in the same statement, their values ({@code INSERT ... SELECT FROM
     * unnest(...)} in data-modifying {@code WITH} parts; the values' foreign key is checked at the statement's end).
     */
    public void store(List<KpiReturn> returns) {
        if (returns.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> insert(c, returns));
    }

    private static void insert(Connection c, List<KpiReturn> returns) throws SQLException {
        int n = returns.size();
        int valueCount = returns.stream().mapToInt(r -> r.values().size()).sum();
        long[][] ids = Sequences.reserve(c, Sequences.RETURN_REVISION, n, Sequences.RETURN_VALUE, valueCount);
        long[] revisionIds = ids[0];
        long[] valueIds = ids[1];

        String[] teams = new String[n];
        String[] quarters = new String[n];
        long[] numbers = new long[n];
        String[] submittedAt = new String[n];
        String[] submittedBy = new String[n];
        String[] sources = new String[n];
        boolean[] synthetic = new boolean[n];
        long[] valueRevisionIds = new long[valueCount];
        String[] indicators = new String[valueCount];
        String[] numerators = new String[valueCount];
        String[] denominators = new String[valueCount];
        String[] rates = new String[valueCount];
        int v = 0;
        for (int i = 0; i < n; i++) {
            KpiReturn r = returns.get(i);
            teams[i] = r.team();
            quarters[i] = r.quarter();
            numbers[i] = r.revision();
            submittedAt[i] = r.submittedAt().toString();
            submittedBy[i] = r.submittedBy();
            sources[i] = r.source();
            synthetic[i] = r.synthetic();
            for (KpiValue value : r.values()) {
                valueRevisionIds[v] = revisionIds[i];
                indicators[v] = value.indicator();
                numerators[v] = value.numerator().toPlainString();
                denominators[v] = value.denominator().toPlainString();
                rates[v] = value.rate().toPlainString();
                v++;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("WITH revisions AS (INSERT INTO kpi_return_revision (id, team, quarter, "
                + "revision, submitted_at, submitted_by, source, synthetic) SELECT * FROM unnest(?::bigint[], ?::varchar[], "
                + "?::varchar[], ?::bigint[], ?::timestamptz[], ?::varchar[], ?::varchar[], ?::boolean[]) RETURNING 1), "
                + "vals AS (INSERT INTO kpi_return_value (id, revision_id, indicator, numerator, denominator, rate) "
                + "SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::numeric[], ?::numeric[], ?::numeric[]) "
                + "RETURNING 1) SELECT (SELECT count(*) FROM revisions), (SELECT count(*) FROM vals)")) {
            ps.setObject(1, revisionIds); // primitive arrays travel in binary
            ps.setArray(2, c.createArrayOf("varchar", teams));
            ps.setArray(3, c.createArrayOf("varchar", quarters));
            ps.setObject(4, numbers);
            ps.setArray(5, c.createArrayOf("varchar", submittedAt));
            ps.setArray(6, c.createArrayOf("varchar", submittedBy));
            ps.setArray(7, c.createArrayOf("varchar", sources));
            ps.setObject(8, synthetic);
            ps.setObject(9, valueIds);
            ps.setObject(10, valueRevisionIds);
            ps.setArray(11, c.createArrayOf("varchar", indicators));
            ps.setArray(12, c.createArrayOf("varchar", numerators));
            ps.setArray(13, c.createArrayOf("varchar", denominators));
            ps.setArray(14, c.createArrayOf("varchar", rates));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                check(rs.getInt(1), n, "revisions");
                check(rs.getInt(2), valueCount, "values");
            }
        }
    }

    private static void check(int inserted, int expected, String what) {
        if (inserted != expected) {
            throw new IllegalStateException("inserted " + inserted + " " + what + " of " + expected);
        }
    }

    public long countRevisions(String team, String quarter) {
        return ReturnRevisionEntity.count("team = ?1 and quarter = ?2", team, quarter);
    }

    /** Values of the revisions, read as plain rows (no managed entities: nothing to dirty-check at commit). */
    private Map<Long, List<KpiValue>> values(Collection<Long> revisionIds) {
        Map<Long, List<KpiValue>> byRevision = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(revisionIds)) {
            List<Object[]> rows = ReturnValueEntity.getEntityManager().createQuery("select v.revisionId, v.indicator, v.numerator, "
                    + "v.denominator, v.rate from ReturnValueEntity v where v.revisionId in :ids order by v.id", Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList();
            for (Object[] v : rows) {
                byRevision.computeIfAbsent((Long) v[0], k -> new ArrayList<>()).add(new KpiValue((String) v[1],
                        Amounts.normalise((BigDecimal) v[2]), Amounts.normalise((BigDecimal) v[3]), Amounts.normalise((BigDecimal) v[4])));
            }
        }
        return byRevision;
    }

    private static KpiReturn toDomain(ReturnRevisionEntity r, List<KpiValue> values) {
        return new KpiReturn(r.team, r.quarter, r.revision, values, r.submittedAt, r.submittedBy, r.source, r.synthetic);
    }

    static <T> List<List<T>> chunks(Collection<T> items) {
        List<T> all = List.copyOf(items);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
