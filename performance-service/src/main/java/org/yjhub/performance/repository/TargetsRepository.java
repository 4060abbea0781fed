package org.yjhub.performance.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.yjhub.kit.revision.HeadLocks;
import org.yjhub.performance.domain.KpiTargets;
import org.yjhub.performance.domain.TargetValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores and reads the revisions of a team's targets for a year. */
@ApplicationScoped
public class TargetsRepository {

    /** The targets' head rows: one per (team, financial year), holding the current revision. */
    public static final HeadLocks.Table HEADS = HeadLocks.Table.of("kpi_targets", "team", "financial_year");

    public Optional<KpiTargets> latest(String team, String year) {
        return TargetsRevisionEntity
                .<TargetsRevisionEntity>find("team = ?1 and financialYear = ?2 order by revision desc", team, year)
                .firstResultOptional()
                .map(r -> toDomain(r, values(List.of(r.id)).getOrDefault(r.id, List.of())));
    }

    /** The current revision of a locked head that has one; call it after {@link HeadLocks#lock}, in the same transaction. */
    public KpiTargets current(HeadLocks.Head head) {
        return TargetsRevisionEntity.<TargetsRevisionEntity>find("team = ?1 and financialYear = ?2 and revision = ?3",
                        head.key().get(0), head.key().get(1), head.revision())
                .firstResultOptional()
                .map(r -> toDomain(r, values(List.of(r.id)).getOrDefault(r.id, List.of())))
                .orElseThrow(() -> new IllegalStateException("head " + head.key() + " is at revision " + head.revision()
                        + " but that revision is missing"));
    }

    /** Every revision, oldest first. */
    public List<KpiTargets> history(String team, String year) {
        List<TargetsRevisionEntity> revisions = TargetsRevisionEntity.list("team = ?1 and financialYear = ?2 order by revision", team, year);
        Map<Long, List<TargetValue>> values = values(revisions.stream().map(r -> r.id).toList());
        return revisions.stream().map(r -> toDomain(r, values.getOrDefault(r.id, List.of()))).toList();
    }

    public void store(KpiTargets targets) {
        TargetsRevisionEntity row = new TargetsRevisionEntity();
        row.team = targets.team();
        row.financialYear = targets.year();
        row.revision = targets.revision();
        row.setAt = targets.setAt();
        row.setBy = targets.setBy();
        row.persist();
        for (TargetValue t : targets.targets()) {
            TargetValueEntity value = new TargetValueEntity();
            value.revisionId = row.id;
            value.indicator = t.indicator();
            value.value = t.value();
            value.persist();
        }
    }

    public long countRevisions(String team, String year) {
        return TargetsRevisionEntity.count("team = ?1 and financialYear = ?2", team, year);
    }

    private Map<Long, List<TargetValue>> values(Collection<Long> revisionIds) {
        Map<Long, List<TargetValue>> byRevision = new LinkedHashMap<>();
        if (revisionIds.isEmpty()) {
            return byRevision;
        }
        List<TargetValueEntity> rows = TargetValueEntity.list("revisionId in ?1 order by id", List.copyOf(revisionIds));
        for (TargetValueEntity v : rows) {
            byRevision.computeIfAbsent(v.revisionId, k -> new ArrayList<>()).add(new TargetValue(v.indicator, v.value));
        }
        return byRevision;
    }

    private static KpiTargets toDomain(TargetsRevisionEntity r, List<TargetValue> targets) {
        return new KpiTargets(r.team, r.financialYear, r.revision, targets, r.setAt, r.setBy);
    }
}
