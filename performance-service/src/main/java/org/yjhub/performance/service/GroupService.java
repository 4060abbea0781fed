package org.yjhub.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.revision.HeadLocks;
import org.yjhub.kit.revision.Revisions;
import org.yjhub.kit.revision.Written;
import org.yjhub.performance.domain.ComparatorGroup;
import org.yjhub.performance.domain.GroupInput;
import org.yjhub.performance.domain.GroupRules;
import org.yjhub.performance.events.PerformanceEvents;
import org.yjhub.performance.repository.GroupRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Named comparator groups: the same revision, precondition and event rules as the returns and targets. A group is
 * checked completely before the database is touched; writers of one group serialise on its head row.
 */
@ApplicationScoped
public class GroupService {

    @Inject
    GroupRules rules;

    @Inject
    Clock clock;

    @Inject
    Revisions revisions;

    @Inject
    GroupRepository groups;

    @Inject
    PerformanceEvents events;

    @Transactional
    public Written<ComparatorGroup> define(String code, GroupInput input, Preconditions preconditions, String by) {
        requireCode(code);
        GroupRules.Checked checked = rules.check(input);
        if (!checked.valid()) {
            throw Problems.invalid("the group " + code, checked.violations(), List.of());
        }
        GroupRules.Definition d = checked.definition();
        return revisions.write(GroupRepository.HEADS, HeadLocks.Key.of(code), "the group " + code, preconditions,
                groups::current, current -> current.sameContent(d),
                revision -> new ComparatorGroup(code, revision, d.name(), d.description(), d.teams(), d.source(),
                        Instant.now(clock).truncatedTo(ChronoUnit.MICROS), by),
                next -> {
                    groups.store(next);
                    events.groupDefined(next);
                });
    }

    @Transactional
    public List<ComparatorGroup> all() {
        return groups.allLatest();
    }

    @Transactional
    public ComparatorGroup latest(String code) {
        requireCode(code);
        return groups.latest(code).orElseThrow(() -> none(code));
    }

    @Transactional
    public List<ComparatorGroup> history(String code) {
        requireCode(code);
        return Revisions.existing(groups.history(code), () -> none(code));
    }

    /** A code that cannot name a group is a malformed path, as an unparsable quarter is: 400. */
    private static void requireCode(String code) {
        GroupRules.codeProblem(code).ifPresent(m -> {
            throw ProblemException.badRequest(m);
        });
    }

    private static ProblemException none(String code) {
        return ProblemException.notFound("no comparator group with code '" + code + "'; GET /api/v1/groups lists them, and "
                + "PUT /api/v1/groups/" + code + " defines it");
    }
}
