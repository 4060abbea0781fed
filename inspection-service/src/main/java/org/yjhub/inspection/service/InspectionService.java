package org.yjhub.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.common.text.PlainText;
import org.yjhub.inspection.domain.Framework;
import org.yjhub.inspection.domain.FrameworkCatalog;
import org.yjhub.inspection.domain.ImprovementPlanRules;
import org.yjhub.inspection.domain.InspectionRules;
import org.yjhub.inspection.domain.InspectionRules.Assessment;
import org.yjhub.inspection.domain.InspectionRules.Dates;
import org.yjhub.inspection.domain.PartialDate;
import org.yjhub.inspection.domain.Violation;
import org.yjhub.inspection.repository.InspectionEntity;
import org.yjhub.inspection.repository.InspectionVersionEntity;
import org.yjhub.kit.auth.Caller;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.reference.Teams;
import org.yjhub.kit.revision.HeadLocks;

import java.time.Instant;
import java.time.LocalDate;
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
    Caller caller;

    @Inject
    InspectionReader reader;

    @Inject
    InspectionAggregate aggregate;

    @Inject
    HeadLocks heads;

    /** The result of a correction: the state, and whether it made a new version (false: identical content). */
    public record Corrected(InspectionState state, boolean changed) {
    }

    @Transactional
    public InspectionState create(InspectionCommand command) {
        Valid valid = validate(command, null);
        Dates dates = valid.assessment().dates();
        lockTeam(command.team());
        InspectionEntity.sameInspection(command.team(), dates.publishedOn(), dates.fieldworkStart(),
                dates.fieldworkEnd(), null).ifPresent(existing -> {
            throw duplicate(existing);
        });
        Instant now = aggregate.now();
        InspectionEntity head = new InspectionEntity();
        head.id = UUID.randomUUID();
        head.team = command.team();
        head.version = 1;
        head.correction = 0;
        mirror(head, dates);
        head.createdAt = now;
        head.createdBy = caller.subject();
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
    public Corrected correct(String id, InspectionCommand command, Preconditions preconditions) {
        InspectionEntity head = aggregate.lock(id);
        preconditions.checkWrite("inspection " + id, head.version);
        Valid valid = validate(command, head.team);
        InspectionVersionEntity current = InspectionVersionEntity.of(head.id, head.correction).orElseThrow();
        if (sameContent(current, valid)) {
            return new Corrected(reader.state(head), false);
        }
        Dates dates = valid.assessment().dates();
        lockTeam(head.team);
        InspectionEntity.sameInspection(head.team, dates.publishedOn(), dates.fieldworkStart(), dates.fieldworkEnd(),
                head.id).ifPresent(existing -> {
            throw duplicate(existing);
        });
        Instant now = aggregate.now();
        head.correction++;
        mirror(head, dates);
        version(head, head.correction, valid, now).persist();
        return new Corrected(aggregate.changed(head, now), true);
    }

    /**
     * Serialises the one-inspection checks of a team's writers until commit on the team's head row, created on its
     * first inspection (a row lock cannot take a row that does not exist yet; the head row can), and counts the write.
     * Read the team's inspections with a later statement: after a wait it sees what the previous writer committed.
     */
    private void lockTeam(String team) {
        HeadLocks.Key key = HeadLocks.Key.of(team);
        HeadLocks.Head head = heads.lock(InspectionEntity.TEAM_HEADS, key);
        heads.advance(InspectionEntity.TEAM_HEADS, Map.of(key, head.revision() + 1));
    }

    /** The head keeps the latest version's dates: they order the team's list and key the one-inspection rule. */
    private static void mirror(InspectionEntity head, Dates dates) {
        head.publishedOn = date(dates.publishedOn());
        head.publishedPrecision = precision(dates.publishedOn());
        head.fieldworkStart = date(dates.fieldworkStart());
        head.fieldworkEnd = date(dates.fieldworkEnd());
        head.fieldworkPrecision = fieldworkPrecision(dates);
    }

    public InspectionState get(String id) {
        return reader.head(id).map(reader::state).orElseThrow(() -> InspectionAggregate.notFound(id));
    }

    /** A team's inspections, newest publication first; 404 for an unknown team. */
    public List<InspectionState> ofTeam(String team) {
        if (team == null || team.isBlank()) {
            throw ProblemException.badRequest("query parameter team is required, e.g. ?team=milton-keynes");
        }
        teams.require(team);
        return InspectionEntity.ofTeam(team).stream().map(reader::state).toList();
    }

    /** An inspection's versions and its current version (the event version, which every change raises). */
    public record Versions(long version, List<InspectionState.Record> records) {
    }

    /** Every version of an inspection's record, oldest (correction 0) first. */
    public Versions versions(String id) {
        return reader.head(id).map(head -> new Versions(head.version, reader.versions(head)))
                .orElseThrow(() -> InspectionAggregate.notFound(id));
    }

    private record Valid(Framework framework, Assessment assessment, String source, boolean synthetic) {
    }

    /** Every rule at once: 422 listing all violations (with the computed score and overall when they disagree). */
    private Valid validate(InspectionCommand c, String existingTeam) {
        List<Violation> violations = new ArrayList<>();
        if (c.team() == null || c.team().isBlank()) {
            violations.add(new Violation("team", "is required (a team code, e.g. milton-keynes)"));
        } else if (existingTeam != null && !existingTeam.equals(c.team())) {
            violations.add(new Violation("team", "cannot be corrected: this inspection is " + existingTeam
                    + "'s; record the inspection under the right team instead"));
        } else if (!teamCatalog.exists(c.team())) {
            violations.add(new Violation("team", "'" + InspectionAggregate.abbreviate(c.team())
                    + "' is not a known team code; GET /api/v1/teams lists them"));
        }
        String source = c.source() == null || c.source().isBlank() ? null : c.source().strip();
        if (source != null && source.length() > SOURCE_MAX) {
            violations.add(new Violation("source", "is longer than " + SOURCE_MAX + " characters"));
        }
        PlainText.problem(source).ifPresent(m -> violations.add(new Violation("source", m)));
        Optional<Framework> framework = frameworks.find(c.framework());
        if (framework.isEmpty()) {
            violations.add(new Violation("framework", c.framework() == null ? "is required; one of " + frameworks.ids()
                    : "'" + InspectionAggregate.abbreviate(c.framework()) + "' is not a known framework; one of "
                    + frameworks.ids() + " (GET /api/v1/frameworks describes them)"));
            violations.addAll(InspectionRules.checkDates(submission(c), aggregate.today()));
            throw InspectionAggregate.invalid("the inspection is invalid", violations);
        }
        InspectionRules.Outcome outcome = InspectionRules.check(framework.get(), submission(c), aggregate.today());
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

    private static InspectionRules.Submission submission(InspectionCommand c) {
        return new InspectionRules.Submission(c.fieldworkStart(), c.fieldworkEnd(), c.publishedOn(), c.ratings(),
                c.scores(), c.overall());
    }

    private InspectionVersionEntity version(InspectionEntity head, int correction, Valid valid, Instant now) {
        InspectionVersionEntity v = new InspectionVersionEntity();
        v.inspectionId = head.id;
        v.correction = correction;
        v.framework = valid.framework().id();
        Dates dates = valid.assessment().dates();
        v.fieldworkStart = date(dates.fieldworkStart());
        v.fieldworkEnd = date(dates.fieldworkEnd());
        v.fieldworkPrecision = fieldworkPrecision(dates);
        v.publishedOn = date(dates.publishedOn());
        v.publishedPrecision = precision(dates.publishedOn());
        v.ratings = valid.assessment().ratings();
        v.scores = valid.assessment().scores();
        v.score = valid.assessment().score();
        v.overall = valid.assessment().overall();
        v.pointsToNextBand = valid.assessment().pointsToNextBand();
        v.source = valid.source();
        v.synthetic = valid.synthetic();
        v.recordedAt = now;
        v.recordedBy = caller.subject();
        return v;
    }

    private static LocalDate date(PartialDate d) {
        return d == null ? null : d.date();
    }

    private static String precision(PartialDate d) {
        return d == null ? null : d.precision().name();
    }

    /** The precision both fieldwork dates share (the rules make sure they do); null without fieldwork dates. */
    private static String fieldworkPrecision(Dates dates) {
        return dates.fieldworkPrecision() == null ? null : dates.fieldworkPrecision().name();
    }

    private static boolean sameContent(InspectionVersionEntity v, Valid valid) {
        Assessment a = valid.assessment();
        Dates dates = a.dates();
        return v.framework.equals(valid.framework().id())
                && Objects.equals(v.fieldworkStart, date(dates.fieldworkStart()))
                && Objects.equals(v.fieldworkEnd, date(dates.fieldworkEnd()))
                && Objects.equals(v.fieldworkPrecision, fieldworkPrecision(dates))
                && Objects.equals(v.publishedOn, date(dates.publishedOn()))
                && Objects.equals(v.publishedPrecision, precision(dates.publishedOn()))
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
