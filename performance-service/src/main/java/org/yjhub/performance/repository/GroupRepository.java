package org.yjhub.performance.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.yjhub.kit.revision.HeadLocks;
import org.yjhub.performance.domain.ComparatorGroup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores and reads the revisions of the comparator groups. */
@ApplicationScoped
public class GroupRepository {

    /** The groups' head rows: one per code, holding the current revision. */
    public static final HeadLocks.Table HEADS = HeadLocks.Table.of("comparator_group", "code");

    public Optional<ComparatorGroup> latest(String code) {
        return GroupRevisionEntity.<GroupRevisionEntity>find("code = ?1 order by revision desc", code)
                .firstResultOptional()
                .map(r -> toDomain(r, members(List.of(r.id)).getOrDefault(r.id, List.of())));
    }

    /** The current revision of a locked head that has one; call it after {@link HeadLocks#lock}, in the same transaction. */
    public ComparatorGroup current(HeadLocks.Head head) {
        return GroupRevisionEntity.<GroupRevisionEntity>find("code = ?1 and revision = ?2", head.key().get(0), head.revision())
                .firstResultOptional()
                .map(r -> toDomain(r, members(List.of(r.id)).getOrDefault(r.id, List.of())))
                .orElseThrow(() -> new IllegalStateException("head " + head.key() + " is at revision " + head.revision()
                        + " but that revision is missing"));
    }

    /** Every group's latest revision, sorted by code. */
    public List<ComparatorGroup> allLatest() {
        List<GroupRevisionEntity> revisions = GroupRevisionEntity.list("from GroupRevisionEntity g where g.revision = "
                + "(select max(r.revision) from GroupRevisionEntity r where r.code = g.code)");
        Map<Long, List<String>> members = members(revisions.stream().map(r -> r.id).toList());
        // sorted here, not by the database, whose collation may order hyphens differently from String.compareTo
        return revisions.stream().map(r -> toDomain(r, members.getOrDefault(r.id, List.of())))
                .sorted(Comparator.comparing(ComparatorGroup::code)).toList();
    }

    /** Every revision, oldest first. */
    public List<ComparatorGroup> history(String code) {
        List<GroupRevisionEntity> revisions = GroupRevisionEntity.list("code = ?1 order by revision", code);
        Map<Long, List<String>> members = members(revisions.stream().map(r -> r.id).toList());
        return revisions.stream().map(r -> toDomain(r, members.getOrDefault(r.id, List.of()))).toList();
    }

    public void store(ComparatorGroup group) {
        GroupRevisionEntity row = new GroupRevisionEntity();
        row.code = group.code();
        row.revision = group.revision();
        row.name = group.name();
        row.description = group.description();
        row.source = group.source();
        row.definedAt = group.definedAt();
        row.definedBy = group.definedBy();
        row.persist();
        for (String team : group.teams()) {
            GroupMemberEntity member = new GroupMemberEntity();
            member.revisionId = row.id;
            member.team = team;
            member.persist();
        }
    }

    private Map<Long, List<String>> members(Collection<Long> revisionIds) {
        Map<Long, List<String>> byRevision = new LinkedHashMap<>();
        if (revisionIds.isEmpty()) {
            return byRevision;
        }
        List<GroupMemberEntity> rows = GroupMemberEntity.list("revisionId in ?1 order by id", List.copyOf(revisionIds));
        for (GroupMemberEntity m : rows) {
            byRevision.computeIfAbsent(m.revisionId, k -> new ArrayList<>()).add(m.team);
        }
        return byRevision;
    }

    private static ComparatorGroup toDomain(GroupRevisionEntity r, List<String> teams) {
        return new ComparatorGroup(r.code, r.revision, r.name, r.description, teams.stream().sorted().toList(), r.source, r.definedAt, r.definedBy);
    }
}
