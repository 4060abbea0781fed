package org.yjhub.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yjhub.common.text.PlainText;
import org.yjhub.inspection.domain.ImprovementPlanRules.ProgressReport;
import org.yjhub.inspection.domain.ImprovementPlanRules.RecommendationDraft;
import org.yjhub.inspection.domain.ImprovementPlanRules;
import org.yjhub.inspection.domain.PartialDate;
import org.yjhub.inspection.repository.InspectionEntity;
import org.yjhub.inspection.repository.InspectionRepository;
import org.yjhub.inspection.repository.RecommendationEntity;
import org.yjhub.inspection.repository.RecommendationProgressEntity;
import org.yjhub.inspection.service.InspectionState.RecommendationState;
import org.yjhub.kit.http.Preconditions;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.revision.Outcome;
import org.yjhub.kit.revision.Written;

import java.time.Instant;

/**
 * Recommendations of an inspection (added by an inspector or admin) and the progress later reported against them
 * (by the inspected team's authority, an inspector or an admin; append-only). Every change raises the inspection's
 * version and publishes its state. A recommendation has no ETag of its own: the version of its {@link Written} is the
 * inspection's.
 */
@ApplicationScoped
public class RecommendationService {

    @Inject
    InspectionAggregate aggregate;

    @Inject
    InspectionRepository repository;

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
        r.addressee = checked.draft().addressee();
        r.owner = checked.draft().owner();
        r.text = checked.draft().text();
        repository.add(head, r, now, aggregate.by());
        aggregate.changed(head, now);
        return aggregate.recommendation(r);
    }

    /**
     * Appends progress reported against a recommendation. A report with the date and text of one already recorded
     * appends nothing and publishes nothing ({@link Outcome#UNCHANGED}).
     */
    @Transactional
    public Written<RecommendationState> addProgress(String recommendationId, String reportedOn, String text, String source) {
        RecommendationEntity r = find(recommendationId);
        InspectionEntity head = aggregate.lock(r.inspectionId);
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
        RecommendationState current = aggregate.recommendation(r);
        boolean repeat = ImprovementPlanRules.isRepeat(current.progress().stream()
                .map(p -> new ProgressReport(p.reportedOn(), p.text(), p.source())).toList(), report);
        if (repeat) {
            return new Written<>(current, Outcome.UNCHANGED, head.version);
        }
        Instant now = aggregate.now();
        RecommendationProgressEntity p = new RecommendationProgressEntity();
        p.recommendationId = r.id;
        p.reportedOn = report.reportedOn();
        p.text = report.text();
        p.source = report.source();
        p.recordedAt = now;
        p.recordedBy = aggregate.by();
        p.persist();
        InspectionState state = aggregate.changed(head, now);
        return new Written<>(aggregate.recommendation(r), Outcome.REVISED, state.version());
    }

    public RecommendationState get(String id) {
        return aggregate.recommendation(find(id));
    }

    private RecommendationEntity find(String id) {
        return InspectionAggregate.uuid(id).flatMap(repository::recommendation)
                .orElseThrow(() -> ProblemException.notFound("no recommendation with id '"
                        + PlainText.abbreviate(id) + "'"));
    }
}
