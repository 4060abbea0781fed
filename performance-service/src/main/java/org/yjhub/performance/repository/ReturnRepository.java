package org.yjhub.performance.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;
import org.yjhub.performance.domain.Amounts;
import org.yjhub.performance.domain.KpiReturn;
import org.yjhub.performance.domain.KpiValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores and reads KPI return revisions. Writes only ever add rows (a revision is never changed); with sequence ids
 * and {@code quarkus.hibernate-orm.jdbc.statement-batch-size} the inserts of a bulk load go out in JDBC batches
 * (all revisions first, then all values, so each batch holds one table).
 */
@ApplicationScoped
public class ReturnRepository {

    /** Ids per IN list, well below PostgreSQL's limit on bind parameters. */
    private static final int CHUNK = 5_000;

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

    /** The revisions with these row ids, keyed by id. */
    public Map<Long, KpiReturn> byIds(Collection<Long> ids) {
        Map<Long, KpiReturn> result = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            List<ReturnRevisionEntity> revisions = ReturnRevisionEntity.<ReturnRevisionEntity>find("id in ?1", chunk)
                    .withHint(HibernateHints.HINT_READ_ONLY, true).list();
            Map<Long, List<KpiValue>> values = values(chunk);
            revisions.forEach(r -> result.put(r.id, toDomain(r, values.getOrDefault(r.id, List.of()))));
        }
        return result;
    }

    /** Adds the revisions (and their values) in batches. */
    public void store(List<KpiReturn> returns) {
        List<ReturnRevisionEntity> rows = new ArrayList<>(returns.size());
        for (KpiReturn r : returns) {
            ReturnRevisionEntity row = new ReturnRevisionEntity();
            row.team = r.team();
            row.quarter = r.quarter();
            row.revision = r.revision();
            row.submittedAt = r.submittedAt();
            row.submittedBy = r.submittedBy();
            row.source = r.source();
            row.synthetic = r.synthetic();
            row.persist();
            rows.add(row);
        }
        for (int i = 0; i < returns.size(); i++) {
            Long revisionId = rows.get(i).id;
            for (KpiValue v : returns.get(i).values()) {
                ReturnValueEntity value = new ReturnValueEntity();
                value.revisionId = revisionId;
                value.indicator = v.indicator();
                value.numerator = v.numerator();
                value.denominator = v.denominator();
                value.rate = v.rate();
                value.persist();
            }
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
