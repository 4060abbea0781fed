package org.yjhub.performance.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.revision.HeadLocks;
import org.yjhub.performance.domain.ComparatorGroup;
import org.yjhub.performance.domain.GroupRules;
import org.yjhub.performance.events.PerformanceEvents;
import org.yjhub.performance.repository.GroupRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Named comparator groups: the same revision, precondition and event rules as the returns and targets. A group is
 * checked completely before the database is touched; writers of one group serialise on its head row.
 */
@ApplicationScoped
public class GroupService {

    @Inject
    TeamCatalog catalog;

    @Inject
    Clock clock;

    @Inject
    HeadLocks heads;

    @Inject
    GroupRepository groups;

    @Inject
    PerformanceEvents events;

    private GroupRules rules;

    @PostConstruct
    void init() {
        rules = new GroupRules(catalog);
    }

    public record Result(ComparatorGroup current, Outcome outcome) {
    }

    @Transactional
    public Result define(String code, GroupRules.Submission submission, Preconditions preconditions, String by) {
        requireCode(code);
        GroupRules.Outcome checked = rules.check(submission);
        if (!checked.valid()) {
            throw Problems.invalid("the group " + code, checked.violations(), List.of());
        }
        GroupRules.Definition d = checked.definition();
        HeadLocks.Key key = HeadLocks.Key.of(code);
        HeadLocks.Head head = heads.lock(GroupRepository.HEADS, key);
        preconditions.checkWrite("the group " + code, head.revision());
        if (head.exists()) {
            ComparatorGroup current = groups.current(head);
            if (current.sameContent(d)) {
                return new Result(current, Outcome.UNCHANGED);
            }
        }
        ComparatorGroup next = new ComparatorGroup(code, head.revision() + 1, d.name(), d.description(), d.teams(), d.source(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS), by);
        groups.store(next);
        heads.advance(GroupRepository.HEADS, Map.of(key, next.revision()));
        events.groupDefined(next);
        return new Result(next, head.exists() ? Outcome.REVISED : Outcome.CREATED);
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
        List<ComparatorGroup> history = groups.history(code);
        if (history.isEmpty()) {
            throw none(code);
        }
        return history;
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
