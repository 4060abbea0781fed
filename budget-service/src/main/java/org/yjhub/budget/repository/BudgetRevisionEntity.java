package org.yjhub.budget.repository;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** One stored revision of a team's budget for a year; never updated once written. */
@Entity
@Table(name = "budget_revision")
public class BudgetRevisionEntity extends TeamYearRevisionEntity {

    public long staffTotal;
    public long delegatedTotal;
    public long total;
    public Long statedTotal;

    @ElementCollection
    @CollectionTable(name = "budget_line", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "line_no")
    public List<BudgetLine> lines = new ArrayList<>();
}
