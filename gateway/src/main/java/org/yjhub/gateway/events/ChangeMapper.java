package org.yjhub.gateway.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.common.events.EventEnvelope;
import org.yjhub.common.events.budget.BudgetSubmitted;
import org.yjhub.common.events.budget.StaffingSubmitted;
import org.yjhub.common.events.inspection.InspectionChanged;
import org.yjhub.common.events.performance.GroupDefined;
import org.yjhub.common.events.performance.ReturnSubmitted;
import org.yjhub.common.events.performance.TargetsSet;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.common.period.PeriodFormatException;
import org.yjhub.common.period.Quarter;
import org.yjhub.gateway.domain.Actions.Action;
import org.yjhub.gateway.domain.ComparatorGroup;
import org.yjhub.gateway.readmodel.Change;
import org.yjhub.gateway.readmodel.Change.Meta;
import org.yjhub.gateway.repository.Rows.BudgetRow;
import org.yjhub.gateway.repository.Rows.ContributionRow;
import org.yjhub.gateway.repository.Rows.InspectionRow;
import org.yjhub.gateway.repository.Rows.PlanRow;
import org.yjhub.gateway.repository.Rows.StaffingRow;
import org.yjhub.gateway.repository.Rows.TargetRow;
import org.yjhub.gateway.repository.Rows.ValueRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the services' event payloads (the records in {@code org.yjhub.common.events}) to read-model rows. Checks what
 * the read model relies on (the id matches the payload, periods parse, one value per indicator, positive
 * denominators) so that a bad event is skipped instead of failing the transaction over and over.
 */
@ApplicationScoped
public class ChangeMapper {

    private static final Set<String> TYPES = Set.of(ReturnSubmitted.AGGREGATE, TargetsSet.AGGREGATE,
            InspectionChanged.AGGREGATE, BudgetSubmitted.AGGREGATE, StaffingSubmitted.AGGREGATE, GroupDefined.AGGREGATE);

    @Inject
    ObjectMapper mapper;

    @Inject
    IndicatorCatalog indicators;

    public boolean handles(String aggregateType) {
        return aggregateType != null && TYPES.contains(aggregateType);
    }

    /**
     * Maps an event once: every check is explicit, so a malformed event is rejected with its reason (never by catching
     * a NullPointerException).
     *
     * @return the rows for the event, or null for an aggregate type the read model does not hold
     */
    public Change toChange(EventEnvelope event) {
        if (!handles(event.aggregateType())) {
            return null;
        }
        if (event.aggregateId() == null || event.time() == null || event.data() == null || event.data().isNull()) {
            throw new MalformedEventException("event " + event.id() + " lacks its aggregate id, time or data");
        }
        Meta meta = new Meta(event.aggregateType(), event.aggregateId(), event.version(), event.type(), event.time());
        return switch (event.aggregateType()) {
            case ReturnSubmitted.AGGREGATE -> returned(meta, read(event.data(), ReturnSubmitted.class));
            case TargetsSet.AGGREGATE -> targets(meta, read(event.data(), TargetsSet.class));
            case InspectionChanged.AGGREGATE -> inspection(meta, read(event.data(), InspectionChanged.class));
            case BudgetSubmitted.AGGREGATE -> budget(meta, read(event.data(), BudgetSubmitted.class));
            case StaffingSubmitted.AGGREGATE -> staffing(meta, read(event.data(), StaffingSubmitted.class));
            case GroupDefined.AGGREGATE -> group(meta, read(event.data(), GroupDefined.class));
            default -> null;
        };
    }

    private Change returned(Meta meta, ReturnSubmitted r) {
        require(r.team() != null && r.quarter() != null, meta, "team and quarter are required");
        Quarter quarter = quarter(meta, r.quarter());
        require(meta.aggregateId().equals(ReturnSubmitted.aggregateId(r.team(), r.quarter())), meta,
                "the aggregate id does not match team/quarter");
        List<ValueRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ReturnSubmitted.Value v : r.values() == null ? List.<ReturnSubmitted.Value>of() : r.values()) {
            require(v != null && v.indicator() != null && v.numerator() != null && v.denominator() != null, meta,
                    "every value needs indicator, numerator and denominator");
            require(seen.add(v.indicator()), meta, "indicator " + v.indicator() + " appears twice");
            require(v.denominator().signum() > 0 && v.numerator().signum() >= 0, meta,
                    "indicator " + v.indicator() + " has a negative numerator or a denominator that is not positive");
            BigDecimal rate = v.rate();
            if (rate == null) {
                Indicator indicator = indicators.find(v.indicator()).orElseThrow(() -> new MalformedEventException(
                        "event " + meta.aggregateId() + " v" + meta.version() + ": unknown indicator " + v.indicator()
                                + " without a rate"));
                rate = rate(meta, indicator, v);
            }
            rows.add(new ValueRow(r.team(), quarter, v.indicator(), v.numerator(), v.denominator(), rate, r.synthetic()));
        }
        return new Change.ReturnChange(meta, r.team(), quarter, List.copyOf(rows));
    }

    private Change targets(Meta meta, TargetsSet t) {
        require(t.team() != null && t.year() != null, meta, "team and year are required");
        FinancialYear year = year(meta, t.year());
        require(meta.aggregateId().equals(TargetsSet.aggregateId(t.team(), t.year())), meta,
                "the aggregate id does not match team/year");
        Map<String, TargetRow> rows = new LinkedHashMap<>();
        for (TargetsSet.Target target : t.targets() == null ? List.<TargetsSet.Target>of() : t.targets()) {
            require(target != null && target.indicator() != null && target.value() != null, meta,
                    "every target needs indicator and value");
            require(rows.put(target.indicator(), new TargetRow(t.team(), year, target.indicator(), target.value())) == null,
                    meta, "indicator " + target.indicator() + " appears twice");
        }
        return new Change.TargetsChange(meta, t.team(), year, List.copyOf(rows.values()));
    }

    private Change inspection(Meta meta, InspectionChanged i) {
        require(i.id() != null && i.team() != null, meta, "id and team are required");
        require(meta.aggregateId().equals(i.id()), meta, "the aggregate id does not match the inspection id");
        List<InspectionChanged.Action> actions = i.actions() == null ? List.of() : i.actions();
        int open = (int) actions.stream().filter(a -> a != null && !"COMPLETE".equalsIgnoreCase(a.status())).count();
        List<Action> planActions = new ArrayList<>(actions.size());
        for (InspectionChanged.Action a : actions) {
            if (a != null) {
                planActions.add(new Action(a.id(), i.id(), a.reference(), a.text(), owners(a), a.due(), a.dueDate(),
                        a.status()));
            }
        }
        InspectionChanged.Plan p = i.plan();
        boolean fieldwork = i.fieldworkStart() != null || i.fieldworkEnd() != null;
        return new Change.InspectionChange(meta, new InspectionRow(i.id(), i.team(), i.framework(), i.fieldworkStart(),
                i.fieldworkEnd(), !fieldwork ? null : i.fieldworkPrecision() == null ? "DAY" : i.fieldworkPrecision(),
                i.publishedOn(),
                i.publishedOn() == null ? null : i.publishedPrecision() == null ? "DAY" : i.publishedPrecision(),
                i.overall(), i.score(), i.ratings() == null ? Map.of() : new LinkedHashMap<>(i.ratings()),
                actions.size(), open, i.synthetic(),
                p == null ? null : new PlanRow(p.title(), p.status(), p.due(), p.dueDate()), planActions));
    }

    /** An event from before {@code owners} (or one without them) names its one owner in {@code owner}. */
    private static List<String> owners(InspectionChanged.Action a) {
        List<String> owners = a.owners() == null ? List.of()
                : a.owners().stream().filter(o -> o != null).toList();
        if (!owners.isEmpty()) {
            return owners;
        }
        return a.owner() == null ? List.of() : List.of(a.owner());
    }

    private Change budget(Meta meta, BudgetSubmitted b) {
        require(b.team() != null && b.year() != null, meta, "team and year are required");
        FinancialYear year = year(meta, b.year());
        require(meta.aggregateId().equals(BudgetSubmitted.aggregateId(b.team(), b.year())), meta,
                "the aggregate id does not match team/year");
        List<ContributionRow> contributions = new ArrayList<>();
        for (BudgetSubmitted.Contribution c : b.contributions() == null ? List.<BudgetSubmitted.Contribution>of() : b.contributions()) {
            require(c != null, meta, "a contribution is null");
            contributions.add(new ContributionRow(c.partner(), c.description(), c.staff(), c.delegated(), c.total()));
        }
        return new Change.BudgetChange(meta, new BudgetRow(b.team(), year, b.staffTotal(), b.delegatedTotal(),
                b.total(), b.previousYearTotal(), List.copyOf(contributions), b.synthetic()));
    }

    private Change staffing(Meta meta, StaffingSubmitted s) {
        require(s.team() != null && s.year() != null, meta, "team and year are required");
        FinancialYear year = year(meta, s.year());
        require(meta.aggregateId().equals(StaffingSubmitted.aggregateId(s.team(), s.year())), meta,
                "the aggregate id does not match team/year");
        return new Change.StaffingChange(meta, new StaffingRow(s.team(), year, s.totalFte(), s.synthetic()));
    }

    private static Change group(Meta meta, GroupDefined g) {
        require(g.code() != null && g.name() != null && g.teams() != null && !g.teams().isEmpty(), meta,
                "code, name and at least one team are required");
        require(meta.aggregateId().equals(GroupDefined.aggregateId(g.code())), meta,
                "the aggregate id does not match the group's code");
        require(g.teams().stream().allMatch(java.util.Objects::nonNull), meta, "a member team is null");
        return new Change.GroupChange(meta, ComparatorGroup.of(g));
    }

    private static Quarter quarter(Meta meta, String text) {
        try {
            return Quarter.parse(text);
        } catch (PeriodFormatException e) {
            throw malformed(meta, "the quarter cannot be read: " + e.getMessage(), e);
        }
    }

    private static FinancialYear year(Meta meta, String text) {
        try {
            return FinancialYear.parse(text);
        } catch (PeriodFormatException e) {
            throw malformed(meta, "the year cannot be read: " + e.getMessage(), e);
        }
    }

    private static BigDecimal rate(Meta meta, Indicator indicator, ReturnSubmitted.Value v) {
        try {
            return indicator.rate(v.numerator(), v.denominator());
        } catch (ArithmeticException e) {
            throw malformed(meta, "the rate of " + v.indicator() + " cannot be computed: " + e.getMessage(), e);
        }
    }

    private <T> T read(JsonNode data, Class<T> type) {
        try {
            return mapper.treeToValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("the data is not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static void require(boolean condition, Meta meta, String message) {
        if (!condition) {
            throw malformed(meta, message, null);
        }
    }

    private static MalformedEventException malformed(Meta meta, String message, Throwable cause) {
        return new MalformedEventException(meta.aggregateType() + " " + meta.aggregateId() + " v" + meta.version()
                + ": " + message, cause);
    }
}
