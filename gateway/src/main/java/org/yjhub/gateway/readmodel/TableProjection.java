package org.yjhub.gateway.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.common.events.EventEnvelope;
import org.yjhub.gateway.events.ChangeMapper;
import org.yjhub.gateway.readmodel.Change.BudgetChange;
import org.yjhub.gateway.readmodel.Change.InspectionChange;
import org.yjhub.gateway.readmodel.Change.ReturnChange;
import org.yjhub.gateway.readmodel.Change.StaffingChange;
import org.yjhub.gateway.readmodel.Change.TargetsChange;
import org.yjhub.gateway.repository.ReadModelRepository;

/**
 * Writes the read-model tables for returns, targets, inspections, budgets and staffing, inside the event applier's
 * transaction and only for events that passed its version check.
 */
@ApplicationScoped
public class TableProjection implements Projection {

    @Inject
    ChangeMapper mapper;

    @Inject
    ReadModelRepository repository;

    @Override
    public boolean handles(String aggregateType) {
        return mapper.handles(aggregateType);
    }

    @Override
    public void apply(EventEnvelope event) {
        Change change = mapper.toChange(event);
        if (change instanceof ReturnChange r) {
            repository.replaceReturn(r.team(), r.quarter(), r.values());
        } else if (change instanceof TargetsChange t) {
            repository.replaceTargets(t.team(), t.year(), t.targets());
        } else if (change instanceof InspectionChange i) {
            repository.putInspection(i.inspection());
        } else if (change instanceof BudgetChange b) {
            repository.putBudget(b.budget());
        } else if (change instanceof StaffingChange s) {
            repository.putStaffing(s.staffing());
        }
    }
}
