package org.yjhub.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.common.text.PlainText;
import org.yjhub.inspection.domain.Framework;
import org.yjhub.inspection.domain.FrameworkCatalog;
import org.yjhub.inspection.domain.ImprovementPlanRules;
import org.yjhub.inspection.domain.InspectionRules.Assessment;
import org.yjhub.inspection.domain.InspectionRules.Dates;
import org.yjhub.inspection.domain.InspectionRules;
import org.yjhub.inspection.domain.PartialDate;
import org.yjhub.inspection.domain.Violation;
import org.yjhub.inspection.repository.InspectionEntity;
import org.yjhub.inspection.repository.InspectionRepository;
import org.yjhub.inspection.repository.InspectionVersionEntity;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.reference.Teams;
import org.yjhub.kit.revision.HeadLocks;
import org.yjhub.kit.revision.Outcome;
import org.yjhub.kit.revision.Written;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Inspections: recording one (validated and scored by its framework), correcting it (a new version, the previous
 * ones kept) and reading them. Every change publishes the inspection's new state.
 */
@ApplicationScoped
public class InspectionService {

    public static final int SOURCE_MAX = ImprovementPlanRules.SOURCE_MAX;

    @Inject
    FrameworkCatalog frameworks;

    @Inject
    TeamCatalog teamCatalog;

    @Inject
    Teams teams;

    @Inject
    InspectionAggregate aggregate;

    @Inject
    InspectionRepository repository;

    @Inject
    HeadLocks heads;

    @Transactional
    public InspectionState create(InspectionInput input) {
        Valid valid = validate(input, null);
        Dates dates = valid.assessment().dates();
        lockTeam(input.team());
        repository.sameInspection(input.team(), dates, null).ifPresent(existing -> {
            throw duplicate(existing);
        });
        Instant now = aggregate.now();
        InspectionEntity head = new InspectionEntity();
        head.id = UUID.randomUUID();
        head.team = input.team();
        head.version = 1;
        head.correction = 0;
        head.dates(dates);
        head.createdAt = now;
        head.createdBy = aggregate.by();
        head.updatedAt = now;
        head.persist();
        version(head, 0, valid, now).persist();
        return aggregate.publish(head);
    }

    /**
     * Records a corrected version of an inspection (correction n+1). Identical content changes nothing (no new
     * version, no event). The team cannot be corrected: record the inspection under the right team instead.
     */
    @Transactional
    public Written<InspectionState> correct(String id, InspectionInput input, Preconditions preconditions) {
        InspectionEntity head = aggregate.lock(id);
        preconditions.checkWrite("inspection " + id, head.version);
        Valid valid = validate(input, head.team);
        InspectionVersionEntity current = repository.version(head.id, head.correction).orElseThrow();
        if (sameContent(current, valid)) {
            return written(aggregate.state(head), Outcome.UNCHANGED);
        }
        Dates dates = valid.assessment().dates();
        lockTeam(head.team);
        repository.sameInspection(head.team, dates, head.id).ifPresent(existing -> {
            throw duplicate(existing);
        });
        Instant now = aggregate.now();
        head.correction++;
        head.dates(dates);
        version(head, head.correction, valid, now).persist();
        return written(aggregate.changed(head, now), Outcome.REVISED);
    }

    /**
     * Serialises the one-inspection checks of a team's writers until commit on the team's head row, created on its
     * first inspection (a row lock cannot take a row that does not exist yet; the head row can), and counts the write.
     * Read the team's inspections with a later statement: after a wait it sees what the previous writer committed.
     */
    private void lockTeam(String team) {
        HeadLocks.Key key = HeadLocks.Key.of(team);
        HeadLocks.Head head = heads.lock(InspectionRepository.TEAM_HEADS, key);
        heads.advance(InspectionRepository.TEAM_HEADS, Map.of(key, head.revision() + 1));
    }

    private static Written<InspectionState> written(InspectionState state, Outcome outcome) {
        return new Written<>(state, outcome, state.version());
    }

    public InspectionState get(String id) {
        return aggregate.head(id).map(aggregate::state).orElseThrow(() -> InspectionAggregate.notFound(id));
    }

    /** A team's inspections, newest publication first; 404 for an unknown team. */
    public List<InspectionState> ofTeam(String team) {
        if (team == null || team.isBlank()) {
            throw ProblemException.badRequest("query parameter team is required, e.g. ?team=milton-keynes");
        }
        teams.require(team);
        return repository.ofTeam(team).stream().map(aggregate::state).toList();
    }

    /** An inspection's versions and its current version (the event version, which every change raises). */
    public record Versions(long version, List<InspectionState.Record> records) {
    }

    /** Every version of an inspection's record, oldest (correction 0) first. */
    public Versions versions(String id) {
        return aggregate.head(id).map(head -> new Versions(head.version, aggregate.versions(head)))
                .orElseThrow(() -> InspectionAggregate.notFound(id));
    }

    private record Valid(Framework framework, Assessment assessment, String source, boolean synthetic) {
    }

    /** Every rule at once: 422 listing all violations (with the computed score and overall when they disagree). */
    private Valid validate(InspectionInput c, String existingTeam) {
        List<Violation> violations = new ArrayList<>();
        if (c.team() == null || c.team().isBlank()) {
            violations.add(new Violation("team", "is required (a team code, e.g. milton-keynes)"));
        } else if (existingTeam != null && !existingTeam.equals(c.team())) {
            violations.add(new Violation("team", "cannot be corrected: this inspection is " + existingTeam
                    + "'s; record the inspection under the right team instead"));
        } else if (!teamCatalog.exists(c.team())) {
            violations.add(new Violation("team", "'" + PlainText.abbreviate(c.team())
                    + "' is not a known team code; GET /api/v1/teams lists them"));
        }
        String source = c.source() == null || c.source().isBlank() ? null : c.source().strip();
        if (source != null && c.source().length() > SOURCE_MAX) {
            violations.add(new Violation("source", "is longer than " + SOURCE_MAX + " characters"));
        }
        PlainText.problem(source).ifPresent(m -> violations.add(new Violation("source", m)));
        Optional<Framework> framework = frameworks.find(c.framework());
        if (framework.isEmpty()) {
            violations.add(new Violation("framework", c.framework() == null ? "is required; one of " + frameworks.ids()
                    : "'" + PlainText.abbreviate(c.framework()) + "' is not a known framework; one of "
                    + frameworks.ids() + " (GET /api/v1/frameworks describes them)"));
            violations.addAll(InspectionRules.checkDates(recordInput(c), aggregate.today()));
            throw InspectionAggregate.invalid("the inspection is invalid", violations);
        }
        InspectionRules.Checked outcome = InspectionRules.check(framework.get(), recordInput(c), aggregate.today());
        violations.addAll(outcome.violations());
        if (!violations.isEmpty()) {
            ProblemException problem = InspectionAggregate.invalid("the inspection is invalid", violations);
            if (outcome.overallDisagrees()) {
                problem.with("computedScore", outcome.computed().score())
                        .with("computedOverall", outcome.computed().overall());
            }
            throw problem;
        }
        return new Valid(framework.get(), outcome.assessment(), source, Boolean.TRUE.equals(c.synthetic()));
    }

    private static InspectionRules.RecordInput recordInput(InspectionInput c) {
        return new InspectionRules.RecordInput(c.fieldworkStart(), c.fieldworkEnd(), c.publishedOn(), c.ratings(),
                c.scores(), c.overall());
    }

    private InspectionVersionEntity version(InspectionEntity head, int correction, Valid valid, Instant now) {
        InspectionVersionEntity v = new InspectionVersionEntity();
        v.inspectionId = head.id;
        v.correction = correction;
        v.framework = valid.framework().id();
        v.dates(valid.assessment().dates());
        v.ratings = valid.assessment().ratings();
        v.scores = valid.assessment().scores();
        v.score = valid.assessment().score();
        v.overall = valid.assessment().overall();
        v.pointsToNextBand = valid.assessment().pointsToNextBand();
        v.source = valid.source();
        v.synthetic = valid.synthetic();
        v.recordedAt = now;
        v.recordedBy = aggregate.by();
        return v;
    }

    private static boolean sameContent(InspectionVersionEntity v, Valid valid) {
        Assessment a = valid.assessment();
        return v.framework.equals(valid.framework().id())
                && v.hasDates(a.dates())
                && Objects.equals(v.ratings, a.ratings())
                && Objects.equals(v.scores, a.scores())
                && Objects.equals(v.overall, a.overall())
                && Objects.equals(v.source, valid.source())
                && v.synthetic == valid.synthetic();
    }

    /** 409 naming the inspection that is the same one: by its publication date, or by its fieldwork without one. */
    private static ProblemException duplicate(InspectionEntity existing) {
        PartialDate published = existing.published();
        String which = published != null
                ? "published " + (published.monthOnly() ? "in " : "on ") + published
                : "with fieldwork " + existing.fieldworkStarted() + " to " + existing.fieldworkEnded()
                + " and no publication date";
        return ProblemException.conflict("team " + existing.team + " already has an inspection " + which + " ("
                        + existing.id + "); correct that one with PUT /api/v1/inspections/" + existing.id)
                .with("existing", existing.id.toString());
    }
}
