package org.yjhub.inspection.rest;

import org.yjhub.inspection.domain.ActionRules.ActionInput;
import org.yjhub.inspection.domain.Framework;
import org.yjhub.inspection.service.InspectionInput;
import org.yjhub.inspection.service.InspectionState.ActionState;
import org.yjhub.inspection.service.InspectionState.PlanState;
import org.yjhub.inspection.service.InspectionState.RecommendationState;
import org.yjhub.inspection.service.InspectionState;
import org.yjhub.inspection.service.PlanService;

/** Explicit mapping between the API records and the service's inputs and states. */
final class ApiMapper {

    private ApiMapper() {
    }

    static InspectionInput input(InspectionRequest r) {
        return new InspectionInput(r.team(), r.framework(), r.fieldworkStart(), r.fieldworkEnd(), r.publishedOn(),
                r.ratings(), r.scores(), r.overall(), r.source(), r.synthetic());
    }

    static ActionInput input(ActionRequest r) {
        return new ActionInput(r.reference(), r.section(), r.text(), r.owner(), r.owners(), r.due(), r.dueDate(),
                r.refersTo(), r.status(), r.progress());
    }

    static PlanService.PlanInput input(PlanRequest r) {
        return new PlanService.PlanInput(r.title(), r.status(), r.due(), r.dueDate(), r.source());
    }

    static InspectionView view(InspectionState s) {
        InspectionState.Record r = s.record();
        return new InspectionView(s.id(), s.team(), r.framework(), PartialDates.text(r.fieldworkStart()),
                PartialDates.text(r.fieldworkEnd()), PartialDates.text(r.publishedOn()), r.ratings(), r.scores(), r.score(), r.overall(), r.pointsToNextBand(),
                r.correction(), s.version(), s.recommendations().stream().map(ApiMapper::view).toList(),
                s.actions().stream().map(ApiMapper::view).toList(), s.plan() == null ? null : view(s.plan()),
                r.source(), r.synthetic(), s.createdAt(),
                s.createdBy(), s.updatedAt());
    }

    static InspectionVersionView view(String id, InspectionState.Record r) {
        return new InspectionVersionView(id, r.correction(), r.framework(), PartialDates.text(r.fieldworkStart()),
                PartialDates.text(r.fieldworkEnd()), PartialDates.text(r.publishedOn()), r.ratings(), r.scores(), r.score(), r.overall(), r.pointsToNextBand(), r.source(),
                r.synthetic(), r.recordedAt(), r.recordedBy());
    }

    static RecommendationView view(RecommendationState r) {
        return new RecommendationView(r.id(), r.inspection(), r.number(), r.addressee(), r.owner(), r.text(),
                r.progress().stream().map(p -> new RecommendationView.ProgressView(p.reportedOn(), p.text(),
                        p.source(), p.recordedAt(), p.recordedBy())).toList(), r.createdAt(), r.createdBy());
    }

    static ActionView view(ActionState a) {
        return new ActionView(a.id(), a.inspection(), a.team(), a.number(), a.recommendation(), a.reference(),
                a.section(), a.text(), a.owners(), a.owner(), a.due(), a.dueDate(), a.overdue(),
                a.refersTo().stream().map(x -> new ActionView.ReferenceView(x.reference(), x.action())).toList(),
                a.status(), a.progress(), a.open(), a.revision(), a.createdAt(), a.createdBy(), a.updatedAt(),
                a.history().stream().map(h -> new ActionView.HistoryView(h.revision(), h.at(), h.by(), h.status(),
                        h.submittedStatus(), h.progress())).toList());
    }

    static PlanView view(PlanState p) {
        return new PlanView(p.inspection(), p.revision(), p.title(), p.status(), p.due(), p.dueDate(), p.source(),
                p.recordedAt(), p.recordedBy());
    }

    static FrameworkView view(Framework f) {
        return new FrameworkView(f.id(), f.name(), f.version(), f.validFrom(), f.validTo(), f.description(),
                f.domains().stream().map(d -> new FrameworkView.DomainView(d.id(), d.name(), d.standards().stream()
                        .map(s -> new FrameworkView.StandardView(s.id(), s.name(), s.required(), s.scored()))
                        .toList())).toList(),
                f.ratingScale().stream().map(ApiMapper::view).toList(),
                f.hasScore(), f.maxScore(), f.hasScore() ? f.scoring().method().name() : null,
                f.hasScore() ? f.scoring().bands().stream()
                        .map(b -> new FrameworkView.BandView(b.min(), b.max(), b.overall())).toList() : null,
                f.overall().mode().name(), f.overall().values().stream().map(ApiMapper::view).toList(),
                f.scores() == null ? null : new FrameworkView.PercentagesView(f.scores().min(), f.scores().max()),
                f.notes());
    }

    private static FrameworkView.RatingValueView view(Framework.RatingValue v) {
        return new FrameworkView.RatingValueView(v.value(), v.label(), v.points());
    }
}
