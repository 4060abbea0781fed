package org.yjhub.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A budget aggregate ({@code team/year}): its newest revision and the version of the last event published for it.
 * The version runs ahead of the revision when the aggregate was republished because the previous year changed.
 */
@Entity
@Table(name = "budget_head")
public class BudgetHead extends PanacheEntityBase {

    @Id
    @Column(name = "aggregate_id")
    public String aggregateId;

    @Column(nullable = false)
    public String team;

    @Column(nullable = false)
    public String year;

    @Column(nullable = false)
    public long revision;

    @Column(nullable = false)
    public long version;
}
