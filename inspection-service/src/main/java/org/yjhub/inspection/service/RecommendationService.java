package org.yjhub.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yjhub.inspection.domain.ImprovementPlanRules;
import org.yjhub.inspection.domain.ImprovementPlanRules.ProgressReport;
import org.yjhub.inspection.domain.ImprovementPlanRules.RecommendationDraft;
import org.yjhub.inspection.domain.PartialDate;
import org.yjhub.inspection.repository.InspectionEntity;
import org.yjhub.inspection.repository.RecommendationEntity;
import org.yjhub.inspection.repository.RecommendationProgressEntity;
import org.yjhub.inspection.service.InspectionState.RecommendationState;
import org.yjhub.kit.auth.Caller;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.problem.ProblemException;

import java.time.Instant;
import java.util.UUID;

/**
 * Recommendations of an inspection (added by an inspector or admin) and the progress later reported against them
 * (by the inspected team's authority, an inspector or an admin; append-only). Every change raises the inspection's
 * version and publishes its state.
 */
@ApplicationScoped
public class RecommendationService {

    @Inject
    Caller caller;

    @Inject
    InspectionReader reader;

    @Inject
    InspectionAggregate aggregate;

    /** A recommendation after a write, and whether the write changed anything. */
    public record Written(RecommendationState recommendation, boolean changed) {
    }

    @Transactional
    public RecommendationState add(String inspectionId, String addressee, String owner, String text,
                                   Preconditions preconditions) {
        InspectionEntity head = aggregate.lock(inspectionId);
        preconditions.checkWrite("inspection " + inspectionId, head.version);
        ImprovementPlanRules.Checked<RecommendationDraft> checked = ImprovementPlanRules.recommendation(addressee,
                owner, text);
        if (!checked.valid()) {
            throw InspectionAggregate.invalid("the recommendation is invalid", checked.violations());
        }
        Instant now = aggregate.now();
        RecommendationEntity r = new RecommendationEntity();
        r.id = UUID.randomUUID();
        r.inspectionId = head.id;
        r.number = (int) RecommendationEntity.countOf(head.id) + 1;
        r.addressee = checked.draft().addressee();
        r.owner = checked.draft().owner();
        r.text = checked.draft().text();
        r.createdAt = now;
        r.createdBy = caller.subject();
        r.persist();
        aggregate.changed(head, now);
        return reader.recommendation(r);
    }

    /**
     * Appends progress reported against a recommendation. A report with the date and text of one already recorded
     * appends nothing and publishes nothing ({@code changed} false).
     */
    @Transactional
    public Written addProgress(String recommendationId, String reportedOn, String text, String source) {
        RecommendationEntity r = find(recommendationId);
        InspectionEntity head = InspectionEntity.lock(r.inspectionId).orElseThrow();
        aggregate.authorisePlanWriter(head);
        PartialDate fieldwork = head.fieldworkStarted();
        ImprovementPlanRules.Checked<ProgressReport> checked = ImprovementPlanRules.recommendationProgress(reportedOn,
                text, source, fieldwork != null ? fieldwork : head.published(),
                fieldwork != null ? "the inspection's fieldwork start" : "the inspection's publication",
                aggregate.today());
        if (!checked.valid()) {
            throw InspectionAggregate.invalid("the progress report is invalid", checked.violations());
        }
        ProgressReport report = checked.draft();
        RecommendationState current = reader.recommendation(r);
        boolean repeat = ImprovementPlanRules.isRepeat(current.progress().stream()
                .map(p -> new ProgressReport(p.reportedOn(), p.text(), p.source())).toList(), report);
        if (repeat) {
            return new Written(current, false);
        }
        Instant now = aggregate.now();
        RecommendationProgressEntity p = new RecommendationProgressEntity();
        p.recommendationId = r.id;
        p.reportedOn = report.reportedOn();
        p.text = report.text();
        p.source = report.source();
        p.recordedAt = now;
        p.recordedBy = caller.subject();
        p.persist();
        aggregate.changed(head, now);
        return new Written(reader.recommendation(r), true);
    }

    public RecommendationState get(String id) {
        return reader.recommendation(find(id));
    }

    private static RecommendationEntity find(String id) {
        return InspectionReader.uuid(id).flatMap(u -> RecommendationEntity.<RecommendationEntity>findByIdOptional(u))
                .orElseThrow(() -> ProblemException.notFound("no recommendation with id '"
                        + InspectionAggregate.abbreviate(id) + "'"));
    }
}
