package org.yjhub.gateway.readmodel;

import org.yjhub.gateway.domain.ComparatorGroup;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.common.period.Quarter;
import org.yjhub.gateway.repository.Rows.BudgetRow;
import org.yjhub.gateway.repository.Rows.InspectionRow;
import org.yjhub.gateway.repository.Rows.StaffingRow;
import org.yjhub.gateway.repository.Rows.TargetRow;
import org.yjhub.gateway.repository.Rows.ValueRow;

import java.time.Instant;
import java.util.List;

/** An event turned into read-model rows: the aggregate's full new state. */
public sealed interface Change {

    Meta meta();

    /** Which aggregate and version this change is, and when it happened. */
    record Meta(String aggregateType, String aggregateId, long version, String type, Instant time) {

        String key() {
            return aggregateType + '\u0000' + aggregateId;
        }
    }

    /** A team's return for a quarter: replaces every value held for that team and quarter. */
    record ReturnChange(Meta meta, String team, Quarter quarter, List<ValueRow> values) implements Change {
    }

    /** A team's targets for a year: replaces every target held for that team and year. */
    record TargetsChange(Meta meta, String team, FinancialYear year, List<TargetRow> targets) implements Change {
    }

    record InspectionChange(Meta meta, InspectionRow inspection) implements Change {
    }

    record BudgetChange(Meta meta, BudgetRow budget) implements Change {
    }

    record StaffingChange(Meta meta, StaffingRow staffing) implements Change {
    }

    /** A comparator group's full new state: replaces the group held under its code. */
    record GroupChange(Meta meta, ComparatorGroup group) implements Change {
    }
}
