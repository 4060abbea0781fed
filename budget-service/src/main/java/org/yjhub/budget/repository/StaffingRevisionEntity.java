package org.yjhub.budget.repository;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One stored revision of a team's staffing for a year; never updated once written. */
@Entity
@Table(name = "staffing_revision")
public class StaffingRevisionEntity extends TeamYearRevisionEntity {

    public BigDecimal totalFte;
    public BigDecimal statedTotalFte;

    @ElementCollection
    @CollectionTable(name = "staffing_fte", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "line_no")
    public List<StaffingFte> fte = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "staffing_headcount", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "line_no")
    public List<StaffingHeadcount> headcount = new ArrayList<>();
}
