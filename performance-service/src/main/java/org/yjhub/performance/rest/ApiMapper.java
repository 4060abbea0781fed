package org.yjhub.performance.rest;

import org.yjhub.common.indicator.Indicator;
import org.yjhub.performance.domain.ComparatorGroup;
import org.yjhub.performance.domain.GroupInput;
import org.yjhub.performance.domain.KpiReturn;
import org.yjhub.performance.domain.KpiTargets;
import org.yjhub.performance.domain.KpiValue;
import org.yjhub.performance.domain.ReturnInput;
import org.yjhub.performance.domain.TargetInput;
import org.yjhub.performance.domain.ValueInput;
import org.yjhub.performance.rest.ApiModels.GroupRequest;
import org.yjhub.performance.rest.ApiModels.GroupRevisionView;
import org.yjhub.performance.rest.ApiModels.GroupView;
import org.yjhub.performance.rest.ApiModels.IndicatorView;
import org.yjhub.performance.rest.ApiModels.ReturnRequest;
import org.yjhub.performance.rest.ApiModels.ReturnView;
import org.yjhub.performance.rest.ApiModels.RevisionView;
import org.yjhub.performance.rest.ApiModels.TargetRequest;
import org.yjhub.performance.rest.ApiModels.TargetView;
import org.yjhub.performance.rest.ApiModels.TargetsRevisionView;
import org.yjhub.performance.rest.ApiModels.TargetsView;
import org.yjhub.performance.rest.ApiModels.ValueRequest;
import org.yjhub.performance.rest.ApiModels.ValueView;

import java.util.List;

/** Explicit mapping between the API records and the domain. */
final class ApiMapper {

    private ApiMapper() {
    }

    static ReturnInput input(ReturnRequest body) {
        return new ReturnInput(values(body.values()), body.source(), body.synthetic());
    }

    static List<ValueInput> values(List<ValueRequest> values) {
        return values == null ? null : values.stream()
                .map(v -> v == null ? null : new ValueInput(v.indicator(), v.numerator(), v.denominator(), v.rate()))
                .toList();
    }

    static List<TargetInput> targets(List<TargetRequest> targets) {
        return targets == null ? null : targets.stream()
                .map(t -> t == null ? null : new TargetInput(t.indicator(), t.value()))
                .toList();
    }

    static ReturnView view(KpiReturn r) {
        return new ReturnView(r.team(), r.quarter(), r.revision(), values(r), r.submittedAt(), r.submittedBy(), r.source(),
                r.synthetic());
    }

    static RevisionView revision(KpiReturn r) {
        return new RevisionView(r.revision(), values(r), r.submittedAt(), r.submittedBy(), r.source(), r.synthetic());
    }

    static TargetsView view(KpiTargets t) {
        return new TargetsView(t.team(), t.year(), t.revision(), targets(t), t.setAt(), t.setBy());
    }

    static TargetsRevisionView revision(KpiTargets t) {
        return new TargetsRevisionView(t.revision(), targets(t), t.setAt(), t.setBy());
    }

    static GroupInput group(GroupRequest g) {
        return new GroupInput(g.name(), g.description(), g.teams(), g.source());
    }

    static GroupView view(ComparatorGroup g) {
        return new GroupView(g.code(), g.revision(), g.name(), g.description(), g.teams(), g.source(), g.definedAt(), g.definedBy());
    }

    static GroupRevisionView revision(ComparatorGroup g) {
        return new GroupRevisionView(g.revision(), g.name(), g.description(), g.teams(), g.source(), g.definedAt(), g.definedBy());
    }

    static IndicatorView view(Indicator i) {
        return new IndicatorView(i.id(), i.name(), i.unit(), i.multiplier(), i.polarity().name(), i.window(),
                i.definitionVersion(), i.numerator(), i.denominator(), i.isPercentage(), i.isRanked(), i.source());
    }

    private static List<ValueView> values(KpiReturn r) {
        return r.values().stream().map(ApiMapper::value).toList();
    }

    private static ValueView value(KpiValue v) {
        return new ValueView(v.indicator(), v.numerator(), v.denominator(), v.displayRate(), v.rate());
    }

    private static List<TargetView> targets(KpiTargets t) {
        return t.targets().stream().map(v -> new TargetView(v.indicator(), v.value())).toList();
    }
}
