package org.yjhub.gateway.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.common.period.Quarter;
import org.yjhub.gateway.domain.Actions.Action;
import org.yjhub.gateway.repository.Rows.BudgetRow;
import org.yjhub.gateway.repository.Rows.InspectionRow;
import org.yjhub.gateway.repository.Rows.StaffingRow;
import org.yjhub.gateway.repository.Rows.TargetRow;
import org.yjhub.gateway.repository.Rows.ValueRow;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/**
 * The read-model tables (V2 to V5), in plain JDBC on the transaction's connection. Writes run inside the event
 * applier's transaction; {@link ReadModelLoader} reads them back.
 */
@ApplicationScoped
public class ReadModelRepository {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    /**
     * Makes the stored rows of a return exactly {@code values}, in one statement: the values are upserted and the rows
     * of indicators the return no longer has are deleted (a delete and a re-insert of the same keys cannot share a
     * statement, so the two parts touch different rows).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceReturn(String team, Quarter quarter, List<ValueRow> values) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("WITH incoming AS (SELECT * FROM unnest(?::text[], ?::numeric[], "
                     + "?::numeric[], ?::numeric[], ?::boolean[]) AS v(indicator, numerator, denominator, rate, synthetic)), "
                     + "gone AS (DELETE FROM rm_return_value WHERE team = ? AND quarter = ? "
                     + "AND indicator NOT IN (SELECT indicator FROM incoming)) "
                     + "INSERT INTO rm_return_value (team, quarter, indicator, numerator, denominator, rate, synthetic) "
                     + "SELECT ?, ?, indicator, numerator, denominator, rate, synthetic FROM incoming "
                     + "ON CONFLICT (team, quarter, indicator) DO UPDATE SET numerator = excluded.numerator, "
                     + "denominator = excluded.denominator, rate = excluded.rate, synthetic = excluded.synthetic")) {
            ps.setArray(1, c.createArrayOf("text", values.stream().map(ValueRow::indicator).toArray()));
            ps.setArray(2, c.createArrayOf("text", values.stream().map(v -> v.numerator().toPlainString()).toArray()));
            ps.setArray(3, c.createArrayOf("text", values.stream().map(v -> v.denominator().toPlainString()).toArray()));
            ps.setArray(4, c.createArrayOf("text", values.stream().map(v -> v.rate().toPlainString()).toArray()));
            ps.setArray(5, c.createArrayOf("boolean", values.stream().map(ValueRow::synthetic).toArray()));
            ps.setString(6, team);
            ps.setString(7, quarter.toString());
            ps.setString(8, team);
            ps.setString(9, quarter.toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the return " + team + "/" + quarter, e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceTargets(String team, FinancialYear year, List<TargetRow> targets) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM rm_target WHERE team = ? AND year = ?")) {
                delete.setString(1, team);
                delete.setString(2, year.toString());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO rm_target (team, year, indicator, value) VALUES (?, ?, ?, ?)")) {
                for (TargetRow t : targets) {
                    insert.setString(1, t.team());
                    insert.setString(2, t.year().toString());
                    insert.setString(3, t.indicator());
                    insert.setBigDecimal(4, t.value());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the targets " + team + "/" + year, e);
        }
    }

    /** Stores an inspection's summary and replaces its plan's actions. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void putInspection(InspectionRow i) {
        update("""
                INSERT INTO rm_inspection (id, team, framework, fieldwork_start, fieldwork_end, fieldwork_precision,
                                           published_on, published_precision, overall, score, ratings, actions,
                                           open_actions, synthetic, plan)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, CAST(? AS jsonb))
                ON CONFLICT (id) DO UPDATE SET team = excluded.team, framework = excluded.framework,
                  fieldwork_start = excluded.fieldwork_start, fieldwork_end = excluded.fieldwork_end,
                  fieldwork_precision = excluded.fieldwork_precision,
                  published_on = excluded.published_on, published_precision = excluded.published_precision,
                  overall = excluded.overall, score = excluded.score,
                  ratings = excluded.ratings, actions = excluded.actions, open_actions = excluded.open_actions,
                  synthetic = excluded.synthetic, plan = excluded.plan
                """, i.id(), i.team(), i.framework(), date(i.fieldworkStart()), date(i.fieldworkEnd()),
                i.fieldworkPrecision(), date(i.publishedOn()), i.publishedPrecision(), i.overall(), i.score(),
                json(i.ratings()), i.actions(), i.openActions(), i.synthetic(), i.plan() == null ? null : json(i.plan()));
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM rm_action WHERE inspection = ?")) {
                delete.setString(1, i.id());
                delete.executeUpdate();
            }
            if (i.planActions().isEmpty()) {
                return;
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO rm_action (inspection, position, id, "
                    + "reference, text, owners, due, due_date, status) VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)")) {
                int position = 0;
                for (Action a : i.planActions()) {
                    insert.setString(1, i.id());
                    insert.setInt(2, position++);
                    insert.setString(3, a.id());
                    insert.setString(4, a.reference());
                    insert.setString(5, a.text());
                    insert.setString(6, json(a.owners()));
                    insert.setString(7, a.due());
                    insert.setDate(8, date(a.dueDate()));
                    insert.setString(9, a.status());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the actions of inspection " + i.id(), e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void putBudget(BudgetRow b) {
        update("""
                INSERT INTO rm_budget (team, year, staff_total, delegated_total, total, previous_year_total, contributions,
                                       synthetic)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
                ON CONFLICT (team, year) DO UPDATE SET staff_total = excluded.staff_total,
                  delegated_total = excluded.delegated_total, total = excluded.total,
                  previous_year_total = excluded.previous_year_total, contributions = excluded.contributions,
                  synthetic = excluded.synthetic
                """, b.team(), b.year().toString(), b.staffTotal(), b.delegatedTotal(), b.total(), b.previousYearTotal(),
                json(b.contributions()), b.synthetic());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void putStaffing(StaffingRow s) {
        update("""
                INSERT INTO rm_staffing (team, year, total_fte, synthetic) VALUES (?, ?, ?, ?)
                ON CONFLICT (team, year) DO UPDATE SET total_fte = excluded.total_fte, synthetic = excluded.synthetic
                """, s.team(), s.year().toString(), s.totalFte(), s.synthetic());
    }

    /** Empties the read model (aggregate versions included), for a rebuild from the topics. */
    @Transactional
    public void truncateAll() {
        update("TRUNCATE aggregate_state, rm_return_value, rm_target, rm_inspection, rm_action, rm_budget, rm_staffing");
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else if (p instanceof BigDecimal d) {
                    ps.setBigDecimal(i + 1, d);
                } else if (p instanceof Timestamp t) {
                    ps.setTimestamp(i + 1, t);
                } else {
                    ps.setObject(i + 1, p);
                }
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("read-model update failed: " + e.getMessage(), e);
        }
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }


    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

}
