package org.yjhub.gateway.repository;

import org.yjhub.common.events.performance.GroupDefined;
import org.yjhub.gateway.domain.ComparatorGroup;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.common.period.Quarter;
import org.yjhub.gateway.domain.Actions.Action;
import org.yjhub.gateway.repository.Rows.BudgetRow;
import org.yjhub.gateway.repository.Rows.ContributionRow;
import org.yjhub.gateway.repository.Rows.InspectionRow;
import org.yjhub.gateway.repository.Rows.PlanRow;
import org.yjhub.gateway.repository.Rows.StaffingRow;
import org.yjhub.gateway.repository.Rows.TargetRow;
import org.yjhub.gateway.repository.Rows.ValueRow;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads the whole read model from its tables (V2 to V5; a comparator group from its event's data in aggregate_state), for the in-memory model at start-up and after a rebuild. */
@ApplicationScoped
public class ReadModelLoader {

    private static final TypeReference<Map<String, String>> RATINGS = new TypeReference<>() { };
    private static final TypeReference<List<ContributionRow>> CONTRIBUTIONS = new TypeReference<>() { };
    private static final TypeReference<List<String>> OWNERS = new TypeReference<>() { };
    private static final TypeReference<PlanRow> PLAN = new TypeReference<>() { };
    private static final TypeReference<GroupDefined> GROUP = new TypeReference<>() { };

    private static final int FETCH_SIZE = 2000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    /**
     * Everything the in-memory snapshot is built from, read at one point in time; the return values, by far the most
     * rows, are handed to the caller one at a time as they are read ({@code values} counts them).
     */
    public record Stored(Map<String, Long> versions, Instant newestEventTime, int values,
                        List<TargetRow> targets, List<InspectionRow> inspections, List<BudgetRow> budgets,
                        List<StaffingRow> staffing, List<ComparatorGroup> groups) {
    }


    /**
     * Reads the whole read model in one consistent snapshot (outside any JTA transaction), giving each return value to
     * {@code values} as it is read.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Stored loadAll(Consumer<ValueRow> values) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                Stored stored = load(c, values);
                c.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the read model", e);
        }
    }

    private Stored load(Connection c, Consumer<ValueRow> values) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        Instant newest = null;
        int valueCount = 0;
        List<TargetRow> targets = new ArrayList<>();
        List<InspectionRow> inspections = new ArrayList<>();
        List<BudgetRow> budgets = new ArrayList<>();
        List<StaffingRow> staffing = new ArrayList<>();
        List<ComparatorGroup> groups = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            // the driver reads a result a batch at a time (a cursor: autocommit is off) instead of holding every row of
            // ten years' values in memory at once, which would outlive young collections and grow the old generation
            s.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = s.executeQuery("SELECT aggregate_type, aggregate_id, version, event_time FROM aggregate_state")) {
                while (rs.next()) {
                    versions.put(rs.getString(1) + '\u0000' + rs.getString(2), rs.getLong(3));
                    Instant time = rs.getTimestamp(4).toInstant();
                    if (newest == null || time.isAfter(newest)) {
                        newest = time;
                    }
                }
            }
            // a few dozen quarters among tens of thousands of rows: each parsed once
            Map<String, Quarter> quarters = new HashMap<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT team, quarter, indicator, numerator, denominator, rate, synthetic FROM rm_return_value")) {
                while (rs.next()) {
                    valueCount++;
                    values.accept(new ValueRow(rs.getString(1), quarters.computeIfAbsent(rs.getString(2), Quarter::parse),
                            rs.getString(3),
                            rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBoolean(7)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT team, year, indicator, value FROM rm_target")) {
                while (rs.next()) {
                    targets.add(new TargetRow(rs.getString(1), FinancialYear.parse(rs.getString(2)), rs.getString(3),
                            rs.getBigDecimal(4)));
                }
            }
            Map<String, List<Action>> actions = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT inspection, id, reference, text, owners::text, due, due_date, "
                    + "status FROM rm_action ORDER BY inspection, position")) {
                while (rs.next()) {
                    actions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Action(rs.getString(2),
                            rs.getString(1), rs.getString(3), rs.getString(4), parse(rs.getString(5), OWNERS),
                            rs.getString(6), localDate(rs.getDate(7)), rs.getString(8)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, team, framework, published_on, published_precision, overall, "
                    + "score, ratings::text, actions, open_actions, synthetic, fieldwork_start, fieldwork_end, "
                    + "fieldwork_precision, plan::text FROM rm_inspection")) {
                while (rs.next()) {
                    int score = rs.getInt(7);
                    Integer scoreOrNull = rs.wasNull() ? null : score;
                    String plan = rs.getString(15);
                    inspections.add(new InspectionRow(rs.getString(1), rs.getString(2), rs.getString(3),
                            localDate(rs.getDate(12)), localDate(rs.getDate(13)), rs.getString(14),
                            localDate(rs.getDate(4)), rs.getString(5), rs.getString(6), scoreOrNull,
                            parse(rs.getString(8), RATINGS), rs.getInt(9), rs.getInt(10), rs.getBoolean(11),
                            plan == null ? null : parse(plan, PLAN), actions.getOrDefault(rs.getString(1), List.of())));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT team, year, staff_total, delegated_total, total, "
                    + "previous_year_total, contributions::text, synthetic FROM rm_budget")) {
                while (rs.next()) {
                    long previous = rs.getLong(6);
                    Long previousOrNull = rs.wasNull() ? null : previous;
                    budgets.add(new BudgetRow(rs.getString(1), FinancialYear.parse(rs.getString(2)), rs.getLong(3),
                            rs.getLong(4), rs.getLong(5), previousOrNull, List.copyOf(parse(rs.getString(7), CONTRIBUTIONS)),
                            rs.getBoolean(8)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT team, year, total_fte, synthetic FROM rm_staffing")) {
                while (rs.next()) {
                    staffing.add(new StaffingRow(rs.getString(1), FinancialYear.parse(rs.getString(2)), rs.getBigDecimal(3),
                            rs.getBoolean(4)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT data::text FROM aggregate_state WHERE aggregate_type = '"
                    + GroupDefined.AGGREGATE + "'")) {
                while (rs.next()) {
                    groups.add(ComparatorGroup.of(parse(rs.getString(1), GROUP)));
                }
            }
        }
        return new Stored(versions, newest, valueCount, targets, inspections, budgets, staffing, groups);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private <T> T parse(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read: " + e.getMessage(), e);
        }
    }
}
